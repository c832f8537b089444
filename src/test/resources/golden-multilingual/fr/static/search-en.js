(function () {
"use strict";
var EXCEPTIONS = { skis: "ski", skies: "sky", dying: "die", lying: "lie", tying: "tie", idly: "idl",
gently: "gentl", ugly: "ugli", early: "earli", only: "onli", singly: "singl", sky: "sky", news: "news",
howe: "howe", atlas: "atlas", cosmos: "cosmos", bias: "bias", andes: "andes" };
var AFTER_1A = { inning: 1, outing: 1, canning: 1, herring: 1, earring: 1, proceed: 1, exceed: 1, succeed: 1 };
function isVowel(c) { return c === "a" || c === "e" || c === "i" || c === "o" || c === "u" || c === "y"; }
function ends(w, s) { return w.length >= s.length && w.slice(w.length - s.length) === s; }
function hasVowel(w, from, to) {
for (var i = from; i < to; i++) { if (isVowel(w[i])) { return true; } }
return false;
}
function region(w, from) {
for (var i = from + 1; i < w.length; i++) {
if (!isVowel(w[i]) && isVowel(w[i - 1])) { return i + 1; }
}
return w.length;
}
function shortSyllable(w, end) {
if (end === 2) { return isVowel(w[0]) && !isVowel(w[1]); }
if (end < 3) { return false; }
var c = w[end - 1];
return !isVowel(w[end - 3]) && isVowel(w[end - 2]) && !isVowel(c) && c !== "w" && c !== "x" && c !== "Y";
}
function englishStem(word) {
if (word.length <= 2) { return word; }
if (Object.prototype.hasOwnProperty.call(EXCEPTIONS, word)) { return EXCEPTIONS[word]; }
var w = "";
for (var i = 0; i < word.length; i++) {
w += word[i] === "y" && (i === 0 || isVowel(word[i - 1])) ? "Y" : word[i];
}
var r1 = /^(gener|commun|arsen)/.test(w) ? w.match(/^(gener|commun|arsen)/)[0].length : region(w, 0);
var r2 = region(w, r1);
if (ends(w, "sses")) { w = w.slice(0, -2); }
else if (ends(w, "ied") || ends(w, "ies")) { w = w.slice(0, w.length > 4 ? -2 : -1); }
else if (ends(w, "us") || ends(w, "ss")) { /* unchanged */ }
else if (ends(w, "s") && hasVowel(w, 0, w.length - 2)) { w = w.slice(0, -1); }
if (Object.prototype.hasOwnProperty.call(AFTER_1A, w)) { return w; }
if (ends(w, "eedly") || ends(w, "eed")) {
var k = ends(w, "eedly") ? 5 : 3;
if (w.length - k >= r1) { w = w.slice(0, w.length - k + 2); }
} else {
var cut = ends(w, "ingly") ? 5 : ends(w, "edly") ? 4 : ends(w, "ing") ? 3 : ends(w, "ed") ? 2 : 0;
if (cut > 0 && hasVowel(w, 0, w.length - cut)) {
w = w.slice(0, w.length - cut);
var n = w.length;
if (ends(w, "at") || ends(w, "bl") || ends(w, "iz")) { w += "e"; }
else if (n >= 2 && w[n - 1] === w[n - 2] && "bdfgmnprt".indexOf(w[n - 1]) >= 0) { w = w.slice(0, -1); }
else if (r1 >= n && shortSyllable(w, n)) { w += "e"; }
}
}
var last = w[w.length - 1];
if ((last === "y" || last === "Y") && w.length > 2 && !isVowel(w[w.length - 2])) { w = w.slice(0, -1) + "i"; }
var m = w.length;
last = w[m - 1];
if (last === "e" && (m - 1 >= r2 || m - 1 >= r1 && !shortSyllable(w, m - 1))) { w = w.slice(0, -1); }
else if (last === "l" && m - 1 >= r2 && m > 1 && w[m - 2] === "l") { w = w.slice(0, -1); }
return w.replace(/Y/g, "y");
}
window.rostrumSearch.stemmer("en", englishStem);
}());
