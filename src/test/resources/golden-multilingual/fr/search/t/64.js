rostrumSearch.terms("d",{"de":"ArU","debats":"ArU","demander":"HlT","democratie":"HlT","demokratie":"GlD","depuis":"DvI","des":"ArU","devrait":"DyQ","die":"C3A"});
