rostrumSearch.terms("l",{"l":"DvABoB","la":"D0Q","le":"ArU","lecteur":"ArU","lointain":"FpC"});
