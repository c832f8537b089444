rostrumSearch.terms("v",{"v":"BtM","vielleicht":"GlD"});
