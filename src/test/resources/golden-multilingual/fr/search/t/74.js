rostrumSearch.terms("t",{"tage":"GlD","tournent":"DqA","trent":"DvI"});
