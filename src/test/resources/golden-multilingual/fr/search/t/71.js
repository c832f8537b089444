rostrumSearch.terms("q",{"question":"DqA"});
