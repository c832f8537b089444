rostrumSearch.terms("t",{"tag":"Gkb"});
