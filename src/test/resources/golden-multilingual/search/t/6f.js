rostrumSearch.terms("o",{"ohn":"ImT"});
