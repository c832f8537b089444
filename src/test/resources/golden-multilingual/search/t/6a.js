rostrumSearch.terms("j",{"jahren":"DvI","jan":"IoD"});
