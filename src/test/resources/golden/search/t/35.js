rostrumSearch.terms("5",{"5g":"iGwD"});
