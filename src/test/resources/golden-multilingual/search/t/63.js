rostrumSearch.terms("c",{"c":"HlL","clair":"HnD"});
