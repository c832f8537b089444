rostrumSearch.terms("8",{"81":"hZsb"});
