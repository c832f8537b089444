rostrumSearch.terms("d",{"de":"ArU","debat":"ArU","demander":"HlT","democrati":"HlT","demokrati":"GlD","depui":"DvI","des":"ArU","devrait":"DyQ","die":"C3A"});
