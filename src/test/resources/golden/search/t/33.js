rostrumSearch.terms("3",{"3":"hcqbhRuT","32":"euIEtD","38":"ZtD"});
