rostrumSearch.terms("r",{"rassembl":"ArU","rejoindr":"DyQ","russi":"D0Q","russland":"GlD"});
