rostrumSearch.terms("e",{"e":"BtM","eine":"GlD","eines":"GlD","elle":"DtQBoB","energiewende":"C3A","es":"CwQ","est":"EoBDkD","et":"DqA","europa":"AoMBpc"});
