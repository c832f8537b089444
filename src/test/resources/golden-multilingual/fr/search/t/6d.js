rostrumSearch.terms("m",{"m":"Gmb","mai":"FpC","muster":"FrS"});
