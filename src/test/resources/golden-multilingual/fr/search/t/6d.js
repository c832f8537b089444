rostrumSearch.terms("m",{"m":"Gmb","mais":"FpC","muster":"FrS"});
