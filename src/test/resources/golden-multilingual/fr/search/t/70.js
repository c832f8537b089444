rostrumSearch.terms("p",{"pas":"FpC","pose":"DqA","propo":"AtU"});
