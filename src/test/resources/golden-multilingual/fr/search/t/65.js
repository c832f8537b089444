rostrumSearch.terms("e",{"e":"BtM","ein":"Gmb","ell":"DtQBoB","energiewend":"C3A","es":"CwQ","est":"EoBDkD","et":"DqA","europa":"AoMBpc"});
