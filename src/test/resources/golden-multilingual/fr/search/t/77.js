rostrumSearch.terms("w",{"wen":"GlD","wer":"C3A","wird":"GlD"});
