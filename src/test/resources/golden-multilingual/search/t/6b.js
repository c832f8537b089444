rostrumSearch.terms("k",{"kostet":"CwA"});
