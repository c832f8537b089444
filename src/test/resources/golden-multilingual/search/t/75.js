rostrumSearch.terms("u",{"uber":"AuU","umkreis":"DqA","und":"DqA","une":"HlL","uns":"AuU"});
