rostrumSearch.terms("p",{"pas":"FpC","posee":"DqA","propos":"AtU"});
