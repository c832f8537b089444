rostrumSearch.terms("r",{"rassemble":"ArU","rejoindre":"DyQ","russie":"D0Q","russland":"GlD"});
