rostrumSearch.terms("i",{"ide":"ErZ","impressum":"BvE","ist":"ErZ"});
