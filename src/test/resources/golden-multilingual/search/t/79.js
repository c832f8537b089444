rostrumSearch.terms("y",{"yvetta":"EvB"});
