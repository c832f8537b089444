rostrumSearch.terms("1",{"1":"V2JhHqDBtT","11":"TrY","15":"ZtD","16":"kA8IEsDErT","18":"TqQjVsT","19":"iIsD","1940s":"E3I"});
