rostrumSearch.terms("i",{"idee":"ErB","impressum":"BvM"});
