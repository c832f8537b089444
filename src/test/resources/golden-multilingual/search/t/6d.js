rostrumSearch.terms("m",{"m":"GmT","must":"FrK"});
