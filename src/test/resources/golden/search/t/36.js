rostrumSearch.terms("6",{"60":"iFsTBqb"});
