rostrumSearch.terms("t",{"tag":"GlD","tournent":"DqA","trent":"DvI"});
