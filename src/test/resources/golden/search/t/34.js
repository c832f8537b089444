rostrumSearch.terms("4",{"4":"UqSXpY","412":"RqYKsT","42":"lKrY"});
