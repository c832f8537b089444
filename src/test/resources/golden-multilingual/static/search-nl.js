(function () {
"use strict";
function v(c) { return c !== undefined && "aeiouyè".indexOf(c) >= 0; }
function ends(w, s) { return w.length >= s.length && w.slice(w.length - s.length) === s; }
function longest(w, suffixes) {
for (var i = 0; i < suffixes.length; i++) { if (ends(w, suffixes[i])) { return suffixes[i]; } }
return null;
}
function region(w, from) {
for (var i = from + 1; i < w.length; i++) { if (!v(w[i]) && v(w[i - 1])) { return i + 1; } }
return w.length;
}
function undouble(w) { return /(kk|dd|tt)$/.test(w) ? w.slice(0, -1) : w; }
function enEnding(w, at, r1) {
return at >= r1 && at > 0 && !v(w[at - 1]) && !ends(w.slice(0, at), "gem") ? undouble(w.slice(0, at)) : w;
}
function eEnding(w, r1) {
var at = w.length - 1;
return at >= r1 && at > 0 && w[at] === "e" && !v(w[at - 1]) ? [undouble(w.slice(0, at)), true] : [w, false];
}
function dutchStem(word) {
var w = word.replace(/^y/, "Y"), i = 0, s, at, r;
while (i + 1 < w.length) {   // i between vowels, y after a vowel; the vowel after an i cannot start the next
if (v(w[i]) && w[i + 1] === "i" && v(w[i + 2])) {
w = w.slice(0, i + 1) + "I" + w.slice(i + 2);
i += 3;
} else if (v(w[i]) && w[i + 1] === "y") {
w = w.slice(0, i + 1) + "Y" + w.slice(i + 2);
i += 2;
} else {
i++;
}
}
var p1 = region(w, 0), r1 = Math.max(p1, Math.min(3, w.length)), r2 = region(w, p1);
if (w.length < 3) { r1 = r2 = w.length; }
s = longest(w, ["heden", "ene", "en", "se", "s"]);
if (s !== null) {
at = w.length - s.length;
if (s === "heden") {
if (at >= r1) { w = w.slice(0, at) + "heid"; }
} else if (s[0] === "e") {
w = enEnding(w, at, r1);
} else if (at >= r1 && at > 0 && !v(w[at - 1]) && w[at - 1] !== "j") {
w = w.slice(0, at);
}
}
r = eEnding(w, r1);
w = r[0];
var eFound = r[1];
if (ends(w, "heid") && w.length - 4 >= r2 && !ends(w.slice(0, -4), "c")) {
w = w.slice(0, -4);
if (ends(w, "en")) { w = enEnding(w, w.length - 2, r1); }
}
s = longest(w, ["lijk", "baar", "end", "ing", "bar", "ig"]);
at = s === null ? -1 : w.length - s.length;
if (s !== null && at >= r2) {
var base = w.slice(0, at);
if (s === "end" || s === "ing") {
w = ends(base, "ig") && at - 2 >= r2 && !ends(base.slice(0, -2), "e") ? base.slice(0, -2) : undouble(base);
} else if (s === "ig") {
w = ends(base, "e") ? w : base;
} else if (s === "lijk") {
w = eEnding(base, r1)[0];
} else if (s === "baar" || eFound) {
w = base;
}
}
var n = w.length;      // -aa-, -ee-, -oo-, -uu- between consonants at the end
if (n >= 4 && !v(w[n - 1]) && w[n - 1] !== "I" && w[n - 2] === w[n - 3] && "aeou".indexOf(w[n - 2]) >= 0 &&
!v(w[n - 4])) {
w = w.slice(0, n - 2) + w.slice(n - 1);
}
return w.replace(/[YI]/g, function (c) { return c.toLowerCase(); });
}
window.rostrumSearch.stemmer("nl", dutchStem);
}());
