rostrumSearch.terms("b",{"beaucoup":"HlL","beitreten":"DyQ","berlin":"BtE","bezahlt":"CzA"});
