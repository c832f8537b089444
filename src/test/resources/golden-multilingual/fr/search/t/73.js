rostrumSearch.terms("s",{"se":"DqA","soll":"CwQ","sprache":"ImT","stabile":"GlD","stable":"HlT"});
