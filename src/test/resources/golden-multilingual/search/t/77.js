rostrumSearch.terms("w",{"wenn":"Gkb","wer":"C2Q","wird":"DnQDjT"});
