rostrumSearch.terms("h",{"heut":"ErZ"});
