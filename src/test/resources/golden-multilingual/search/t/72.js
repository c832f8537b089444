rostrumSearch.terms("r",{"russland":"DvADjT"});
