rostrumSearch.terms("o",{"ohne":"ImT","otan":"D0Q"});
