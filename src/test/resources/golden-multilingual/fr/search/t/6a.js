rostrumSearch.terms("j",{"jan":"IoD"});
