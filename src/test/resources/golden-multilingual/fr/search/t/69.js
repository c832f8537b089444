rostrumSearch.terms("i",{"ide":"ErB","impressum":"BvM"});
