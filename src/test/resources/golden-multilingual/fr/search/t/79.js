rostrumSearch.terms("y",{"yvet":"EuR"});
