rostrumSearch.terms("c",{"c":"HlT","clair":"HnL"});
