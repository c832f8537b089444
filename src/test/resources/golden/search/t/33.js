rostrumSearch.terms("3",{"3":"harDhRub","32":"cuQEtD","38":"XtL"});
