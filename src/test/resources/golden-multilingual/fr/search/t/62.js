rostrumSearch.terms("b",{"beaucoup":"HlT","berlin":"BtM","bezahlt":"CzQ"});
