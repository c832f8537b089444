rostrumSearch.terms("f",{"fern":"Foa","forum":"ApMBpU","frag":"DqA","franz":"GmT"});
