rostrumSearch.terms("b",{"beaucoup":"HlL","beitret":"DyQ","berlin":"BtE","bezahlt":"CzA"});
