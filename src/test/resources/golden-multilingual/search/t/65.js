rostrumSearch.terms("e",{"e":"BtE","ein":"DnQDkb","einand":"DqA","energiew":"C2Q","es":"CwA","est":"HlL","europa":"ApMBpU"});
