rostrumSearch.terms("g",{"geld":"CwA","gestellt":"DqA"});
