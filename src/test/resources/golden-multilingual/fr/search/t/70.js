rostrumSearch.terms("p",{"pas":"FpC","pos":"DqA","propos":"AtU"});
