rostrumSearch.terms("5",{"5g":"iEwD"});
