(function () {
"use strict";
function list(s) { return s.split(" ").sort(function (a, b) { return b.length - a.length; }); }
var STANDARD = list("ance iqUe isme able iste eux ances iqUes ismes ables istes atrice ateur ation atrices " +
"ateurs ations logie logies usion ution usions utions ence ences ement ements ité ités if ive ifs ives eaux " +
"aux euse euses issement issements amment emment ment ments");
var IVERB = list("i ie ies ir ira irai iraIent irais irait iras irent irez iriez irions irons iront is " +
"issaIent issais issait issant issante issantes issants isse issent isses issez issiez issions issons it");
var VERB = list("ions er era erai eraIent erais erait eras erez eriez erions erons eront ez iez é ée ées és " +
"a ai aIent ais ait ant ante antes ants as asse assent asses assiez assions");
function v(c) { return c !== undefined && "aeiouyéè".indexOf(c) >= 0; }
function ends(w, s) { return w.length >= s.length && w.slice(w.length - s.length) === s; }
function longest(w, from, suffixes) {
for (var i = 0; i < suffixes.length; i++) {
if (w.length - suffixes[i].length >= from && ends(w, suffixes[i])) { return suffixes[i]; }
}
return null;
}
function region(w, from) {
for (var i = from + 1; i < w.length; i++) { if (!v(w[i]) && v(w[i - 1])) { return i + 1; } }
return w.length;
}
function after(w, p2, t, by) {
return !t ? w : w.length - t.length >= p2 ? w.slice(0, -t.length) : by ? w.slice(0, -t.length) + by : w;
}
function standard(w, pv, p1, p2) {
var s = longest(w, 0, STANDARD), t;
if (s === null) { return [w, false]; }
var at = w.length - s.length, base = w.slice(0, at), r2 = at >= p2;
if (/^(atrice|ateur|ation)s?$/.test(s)) { return [r2 ? after(base, p2, ends(base, "ic") && "ic", "iqU") : w, r2]; }
if (/^logies?$/.test(s)) { return [r2 ? base + "log" : w, r2]; }
if (/^u[st]ions?$/.test(s)) { return [r2 ? base + "u" : w, r2]; }
if (/^ences?$/.test(s)) { return [r2 ? base + "ent" : w, r2]; }
if (/^ements?$/.test(s)) {
if (at < pv) { return [w, false]; }
t = longest(base, 0, ["ièr", "Ièr", "eus", "abl", "iqU", "iv"]);
var a2 = at - (t ? t.length : 0);
if (t && t[1] === "è") { return [a2 >= pv ? base.slice(0, a2) + "i" : base, true]; }
if (t && a2 >= p2) {
base = base.slice(0, a2);
return [t === "iv" && ends(base, "at") && a2 - 2 >= p2 ? base.slice(0, -2) : base, true];
}
return [t === "eus" && a2 >= p1 ? base.slice(0, a2) + "eux" : base, true];
}
if (/^ités?$/.test(s)) {
t = longest(base, 0, ["abil", "ic", "iv"]);
return [r2 ? after(base, p2, t, t === "abil" ? "abl" : t === "ic" ? "iqU" : "") : w, r2];
}
if (/^i(f|ve|fs|ves)$/.test(s)) {
if (!r2) { return [w, false]; }
return [ends(base, "at") && at - 2 >= p2 ? after(base.slice(0, -2), p2, ends(base, "icat") && "ic", "iqU") : base, true];
}
if (s === "eaux") { return [w.slice(0, -1), true]; }
if (s === "aux") { return at >= p1 ? [base + "al", true] : [w, false]; }
if (/^euses?$/.test(s)) { return r2 ? [base, true] : at >= p1 ? [base + "eux", true] : [w, false]; }
if (/^issements?$/.test(s)) { return at < p1 || v(w[at - 1]) ? [w, false] : [base, true]; }
if (s === "amment" || s === "emment") { return [at >= pv ? base + s[0] + "nt" : w, false]; }
if (/^ments?$/.test(s)) { return [at - 1 >= pv && v(w[at - 1]) ? base : w, false]; }
return [r2 ? base : w, r2];
}
function frenchStem(word) {
var w = word.replace(/ee(s?)$/, "ée$1").replace(/ite(s?)$/, "ité$1").replace(/iere(s?)$/, "ière$1")
.replace(/ierement$/, "ièrement"), i = 0, at;
while (i < w.length) {     // u, i, y that count as consonants: U, I, Y
var c = w[i], n = w[i + 1], to = null;
at = i + 1;
if (v(c) && ((n === "u" || n === "i") && v(w[i + 2]) || n === "y")) { to = n.toUpperCase(); }
else if (c === "y" && v(n)) { to = "Y"; at = i; }
else if (c === "q" && n === "u") { to = "U"; }
if (to === null) { i++; } else { w = w.slice(0, at) + to + w.slice(at + 1); }
}
var len = w.length, pv = len;
if (len >= 3 && v(w[0]) && v(w[1]) || /^(par|col|tap)/.test(w)) { pv = 3; }
else { for (i = 1; i < len; i++) { if (v(w[i])) { pv = i + 1; break; } } }
var p1 = region(w, 0), p2 = region(w, p1), r = standard(w, pv, p1, p2), found = r[1], s;
w = r[0];
if (!found) {
s = longest(w, pv, IVERB);
if (s !== null && w.length - s.length - 1 >= pv && !v(w[w.length - s.length - 1])) {
w = w.slice(0, w.length - s.length);
found = true;
}
}
if (!found) {
s = longest(w, pv, VERB);
at = s === null ? 0 : w.length - s.length;
if (s !== null && (s !== "ions" || at >= p2)) {
if (s[0] === "a" && at - 1 >= pv && w[at - 1] === "e") { at--; }
w = w.slice(0, at);
found = true;
}
}
if (found) {
if (ends(w, "Y")) { w = w.slice(0, -1) + "i"; }
} else {
if (ends(w, "s") && w.length >= 2 && "aious".indexOf(w[w.length - 2]) < 0) { w = w.slice(0, -1); }
s = longest(w, pv, ["ion", "ière", "Ière", "ier", "Ier", "e"]);
if (s !== null) {
at = w.length - s.length;
if (s === "e") { w = w.slice(0, at); }
else if (s !== "ion") { w = w.slice(0, at) + "i"; }
else if (at >= p2 && at - 1 >= pv && (w[at - 1] === "s" || w[at - 1] === "t")) { w = w.slice(0, at); }
}
}
if (/(enn|onn|ett|ell|eill)$/.test(w)) { w = w.slice(0, -1); }
return w.replace(/[UIY]/g, function (c) { return c.toLowerCase(); }).replace(/[éè]/g, "e");
}
window.rostrumSearch.stemmer("fr", frenchStem);
}());
