rostrumSearch.terms("o",{"ohn":"ImT","otan":"D0Q"});
