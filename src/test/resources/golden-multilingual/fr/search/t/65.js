rostrumSearch.terms("e",{"e":"BpcBsA","ein":"Gmb","elle":"DtQBoB","energiewend":"C3A","est":"EoBDkD","et":"DqA","europ":"AoMBpc"});
