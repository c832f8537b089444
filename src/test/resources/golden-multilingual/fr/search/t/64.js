rostrumSearch.terms("d",{"de":"Auc","debat":"ArU","demand":"HlT","democrat":"HlT","demokrat":"GlD","depuis":"DvI","devr":"DyQ","di":"C3A"});
