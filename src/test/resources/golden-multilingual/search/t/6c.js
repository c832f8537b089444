rostrumSearch.terms("l",{"leserdebatt":"Asc"});
