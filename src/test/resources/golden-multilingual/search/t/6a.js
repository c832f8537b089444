rostrumSearch.terms("j",{"jahr":"DvI","jan":"IoD"});
