rostrumSearch.terms("f",{"forum":"AoMBpc","franz":"Gmb"});
