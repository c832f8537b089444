(function () {
"use strict";
function list(s) { return s.split(" ").sort(function (a, b) { return b.length - a.length; }); }
var PRONOUNS = list("ci gli la le li lo mi ne si ti vi sene gliela gliele glieli glielo gliene mela mele meli " +
"melo mene tela tele teli telo tene cela cele celi celo cene vela vele veli velo vene");
var STANDARD = list("anza anze ico ici ica ice iche ichi ismo ismi abile abili ibile ibili ista iste isti oso " +
"osi osa ose mente atrice atrici ante anti azione azioni atore atori logia logie uzione uzioni usione usioni " +
"enza enze amento amenti imento imenti amente ità ivo ivi iva ive");
var VERB = list("ammo ando ano are arono asse assero assi assimo ata ate ati ato ava avamo avano avate avi avo " +
"emmo enda ende endi endo erai eranno ere erebbe erebbero erei eremmo eremo ereste eresti erete erono essero " +
"ete eva evamo evano evate evi evo iamo immo irai iranno ire irebbe irebbero irei iremmo iremo ireste iresti " +
"irete irono isca iscano isce isci isco iscono issero ita ite iti ito iva ivamo ivano ivate ivi ivo ono uta " +
"ute uti uto ar ir");
function v(c) { return c !== undefined && "aeiouà".indexOf(c) >= 0; }
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
function cut(w, s, p2) { return s && ends(w, s) && w.length - s.length >= p2 ? w.slice(0, -s.length) : w; }
function standard(w, pv, p1, p2) {
var s = longest(w, 0, STANDARD);
if (s === null) { return [w, false]; }
var at = w.length - s.length, base = w.slice(0, at), t;
if (s === "amente") {
if (at < p1) { return [w, false]; }
t = longest(base, 0, ["abil", "iv", "os", "ic"]);
if (t && at - t.length >= p2) { base = base.slice(0, -t.length); if (t === "iv") { base = cut(base, "at", p2); } }
return [base, true];
}
if (at < (/^[ai]ment[oi]$/.test(s) ? pv : p2)) { return [w, false]; }
if (/^(azion[ei]|atore|atori)$/.test(s)) { return [cut(base, "ic", p2), true]; }
if (/^logi[ae]$/.test(s)) { return [base + "log", true]; }
if (/^u[zs]ion[ei]$/.test(s)) { return [base + "u", true]; }
if (/^enz[ae]$/.test(s)) { return [base + "ente", true]; }
if (s === "ità") { return [cut(base, longest(base, 0, ["abil", "ic", "iv"]), p2), true]; }
if (/^iv[oiae]$/.test(s)) {
t = cut(base, "at", p2);
return [t === base ? base : cut(t, "ic", p2), true];
}
return [base, true];
}
function italianStem(word) {
var w = word.replace(/qu/g, "qU"), i = 0, n, s, pv, p1, p2, at;
while (i + 2 < w.length) {   // u and i between vowels; the vowel after one cannot start the next
if (v(w[i]) && (w[i + 1] === "u" || w[i + 1] === "i") && v(w[i + 2])) {
w = w.slice(0, i + 1) + w[i + 1].toUpperCase() + w.slice(i + 2);
i += 3;
} else {
i++;
}
}
n = w.length;
pv = n;
if (n >= 2) {
if (!v(w[0]) && v(w[1])) {
pv = n >= 3 ? 3 : n;
} else {
for (i = 2; i < n; i++) { if (v(w[i]) !== v(w[1])) { pv = i + 1; break; } }
}
}
p1 = region(w, 0);
p2 = region(w, p1);
if (ends(w, "ita") && n - 3 >= p2) { w = w.slice(0, -1) + "à"; }
s = longest(w, 0, PRONOUNS);     // pronouns after a gerund or an infinitive
if (s !== null) {
var before = w.slice(0, -s.length), verb = longest(before, 0, ["ando", "endo", "ar", "er", "ir"]);
if (verb !== null && before.length - verb.length >= pv) { w = verb.length === 2 ? before + "e" : before; }
}
var r = standard(w, pv, p1, p2);
w = r[0];
if (!r[1]) {
s = longest(w, pv, VERB);
if (s !== null) { w = w.slice(0, -s.length); }
}
n = w.length;
if (n > pv && "aeioà".indexOf(w[n - 1]) >= 0) {
w = w.slice(0, --n);
if (n > pv && w[n - 1] === "i") { w = w.slice(0, --n); }
}
if (n - 2 >= pv && w[n - 1] === "h" && (w[n - 2] === "c" || w[n - 2] === "g")) { w = w.slice(0, -1); }
return w.replace(/[IU]/g, function (c) { return c.toLowerCase(); }).replace(/à/g, "a");
}
window.rostrumSearch.stemmer("it", italianStem);
}());
