rostrumSearch.terms("c",{"c":"HlT","claire":"HnL"});
