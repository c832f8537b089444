rostrumSearch.terms("l",{"l":"DvABoB","la":"D0Q","le":"ArU","lecteurs":"ArU","lointaine":"FpC"});
