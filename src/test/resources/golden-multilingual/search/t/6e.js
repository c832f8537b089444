rostrumSearch.terms("n",{"nato":"D0Q","nicht":"Foa"});
