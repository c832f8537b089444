rostrumSearch.terms("r",{"rassembl":"ArU","rejoindr":"DyQ","russ":"D0Q","russland":"GlD"});
