rostrumSearch.terms("t",{"tages":"GlD","tournent":"DqA","trente":"DvI"});
