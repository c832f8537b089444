rostrumSearch.terms("t",{"tage":"Gkb"});
