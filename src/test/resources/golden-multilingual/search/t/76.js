rostrumSearch.terms("v",{"v":"BtE","vielleicht":"Gkb"});
