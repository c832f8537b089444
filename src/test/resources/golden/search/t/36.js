rostrumSearch.terms("6",{"60":"iHsLBqb"});
