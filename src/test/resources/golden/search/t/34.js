rostrumSearch.terms("4",{"4":"WqKXpY","412":"TqQKsT","42":"lMrQ"});
