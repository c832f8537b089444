rostrumSearch.terms("k",{"kostet":"CwQ"});
