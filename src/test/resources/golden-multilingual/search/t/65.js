rostrumSearch.terms("e",{"e":"BtE","ein":"DnQDkb","einander":"DqA","energiewend":"C2Q","es":"CwA","est":"HlL","europa":"ApMBpU"});
