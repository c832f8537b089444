rostrumSearch.terms("1",{"1":"T2JhHqDBtT","11":"RsA","15":"XtL","16":"je8QEsDErT","18":"RqYjVsT","19":"iGsD","1940s":"C3Q"});
