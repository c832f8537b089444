rostrumSearch.terms("d",{"das":"Asc","demander":"HlL","democrati":"HlL","demokrati":"Gkb","der":"DyQ","die":"CsQBoQBmR","dreißig":"DvI"});
