rostrumSearch.terms("d",{"das":"Asc","demand":"HlL","democrati":"HlL","demokrati":"Gkb","der":"DyQ","die":"CsQBoQBmR","dreissig":"DvI"});
