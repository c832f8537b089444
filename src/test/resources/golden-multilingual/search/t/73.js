rostrumSearch.terms("s",{"sammelt":"Asc","seit":"DvI","soll":"CwA","sollt":"DyQ","sprach":"ImT","stabil":"Gkb","stabl":"HlL"});
