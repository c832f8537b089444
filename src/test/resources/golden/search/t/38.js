rostrumSearch.terms("8",{"81":"hXtD"});
