rostrumSearch.terms("s",{"se":"DqA","soll":"CwQ","sprach":"ImT","stabil":"GlD","stabl":"HlT"});
