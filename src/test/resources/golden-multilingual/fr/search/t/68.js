rostrumSearch.terms("h",{"hui":"ErB"});
