(function () {
"use strict";
function ends(w, s) { return w.length >= s.length && w.slice(w.length - s.length) === s; }
function germanVowel(c) { return "aeiouyäöü".indexOf(c) >= 0; }
function germanRegion(w, from) {
for (var i = from + 1; i < w.length; i++) {
if (!germanVowel(w[i]) && germanVowel(w[i - 1])) { return i + 1; }
}
return w.length;
}
function longest(w, suffixes) {
for (var i = 0; i < suffixes.length; i++) { if (ends(w, suffixes[i])) { return suffixes[i]; } }
return null;
}
function germanStem(word) {
var w = word.replace(/ß/g, "ss");
var i = 0;
while (i + 2 < w.length) {
var c = w[i + 1];
if (germanVowel(w[i]) && (c === "u" || c === "y") && germanVowel(w[i + 2])) {
w = w.slice(0, i + 1) + c.toUpperCase() + w.slice(i + 2);
i += 3;
} else {
i++;
}
}
var p1 = germanRegion(w, 0);
var r1 = w.length < 3 ? w.length : Math.max(p1, 3);
var r2 = w.length < 3 ? w.length : germanRegion(w, p1);
var s = longest(w, ["ern", "em", "er", "en", "es", "e", "s"]);
if (s !== null && w.length - s.length >= r1) {
var at = w.length - s.length;
if (s === "e" || s === "en" || s === "es") {
w = w.slice(0, at);
if (ends(w, "niss")) { w = w.slice(0, -1); }
} else if (s !== "s" || at > 0 && "bdfghklmnrt".indexOf(w[at - 1]) >= 0) {
w = w.slice(0, at);
}
}
s = longest(w, ["est", "en", "er", "st"]);
if (s !== null && w.length - s.length >= r1) {
at = w.length - s.length;
if (s !== "st" || at - 1 >= 3 && "bdfghklmnt".indexOf(w[at - 1]) >= 0) { w = w.slice(0, at); }
}
s = longest(w, ["isch", "lich", "heit", "keit", "end", "ung", "ig", "ik"]);
if (s !== null && w.length - s.length >= r2) {
at = w.length - s.length;
if (s === "end" || s === "ung") {
w = w.slice(0, at);
if (ends(w, "ig") && w.length - 2 >= r2 && !(w.length > 2 && w[w.length - 3] === "e")) { w = w.slice(0, -2); }
} else if (s === "ig" || s === "ik" || s === "isch") {
if (!(at > 0 && w[at - 1] === "e")) { w = w.slice(0, at); }
} else if (s === "lich" || s === "heit") {
w = w.slice(0, at);
if ((ends(w, "er") || ends(w, "en")) && w.length - 2 >= r1) { w = w.slice(0, -2); }
} else {
w = w.slice(0, at);
var next = longest(w, ["lich", "ig"]);
if (next !== null && w.length - next.length >= r2) { w = w.slice(0, w.length - next.length); }
}
}
return w.replace(/U/g, "u").replace(/Y/g, "y");
}
window.rostrumSearch.stemmer("de", germanStem);
}());
