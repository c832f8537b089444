rostrumSearch.terms("m",{"m":"Gmb","mais":"FpC","must":"FrS"});
