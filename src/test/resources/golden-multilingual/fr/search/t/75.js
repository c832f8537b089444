rostrumSearch.terms("u",{"une":"DnQEkD"});
