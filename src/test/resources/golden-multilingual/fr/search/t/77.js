rostrumSearch.terms("w",{"wenn":"GlD","wer":"C3A","wird":"GlD"});
