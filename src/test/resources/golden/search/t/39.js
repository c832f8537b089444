rostrumSearch.terms("9",{"90s":"kVtL"});
