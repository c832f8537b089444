rostrumSearch.terms("g",{"geld":"CwQ"});
