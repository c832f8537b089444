rostrumSearch.terms("m",{"m":"GmT","muster":"FrK"});
