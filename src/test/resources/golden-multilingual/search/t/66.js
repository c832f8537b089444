rostrumSearch.terms("f",{"fern":"Foa","forum":"ApMBpU","frage":"DqA","franz":"GmT"});
