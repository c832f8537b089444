rostrumSearch.terms("u",{"uber":"AuU","umkreisen":"DqA","un":"AuU","und":"DqA","une":"HlL"});
