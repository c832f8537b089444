rostrumSearch.terms("y",{"yvetta":"EuR"});
