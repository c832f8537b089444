(function () {
"use strict";
function list(s) { return s.split(" ").sort(function (a, b) { return b.length - a.length; }); }
var PRONOUNS = list("me se sela selo selas selos la le lo las les los nos");
var STANDARD = list("anza anzas ico ica icos icas ismo ismos able ables ible ibles ista istas oso osa osos " +
"osas amiento amientos imiento imientos adora ador ación adoras adores aciones ante antes ancia ancias " +
"logía logías ución uciones encia encias amente mente idad idades iva ivo ivas ivos");
var YVERB = list("ya ye yan yen yeron yendo yo yas yes yais yamos");
var VERB = list("en es emos aba ada ida ara iera ad ed id ase iese aste iste an aban aran ieran asen iesen " +
"aron ieron ado ido ando iendo ar er ir as abas adas idas aras ieras ases ieses abais arais ierais aseis " +
"ieseis asteis isteis ados idos amos imos aremos eremos iremos arían arías arán arás aríais aría aréis " +
"aríamos ará aré erían erías erán erás eríais ería eréis eríamos erá eré irían irías irán irás iríais iría " +
"iréis iríamos irá iré ía ían ió ías ís áis íais ábamos íamos áramos iéramos iésemos ásemos éis");
function v(c) { return c !== undefined && "aeiouáéíóúü".indexOf(c) >= 0; }
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
function gu(w, at, from) { return at >= 2 && w[at - 1] === "u" && w[at - 2] === "g" && at - 1 >= from ? at - 1 : at; }
function standard(w, p1, p2) {
var s = longest(w, 0, STANDARD);
if (s === null) { return [w, false]; }
var at = w.length - s.length, base = w.slice(0, at);
if (s === "amente") {
if (at < p1) { return [w, false]; }
var t = longest(base, 0, ["iv", "os", "ic", "ad"]);
if (t && at - t.length >= p2) { base = base.slice(0, -t.length); if (t === "iv") { base = cut(base, "at", p2); } }
return [base, true];
}
if (at < p2) { return [w, false]; }
if (/^(adoras?|ador|adores|aci[oó]n|aciones|antes?|ancias?)$/.test(s)) { return [cut(base, "ic", p2), true]; }
if (/^logías?$/.test(s)) { return [base + "log", true]; }
if (/^uci(ón|ones)$/.test(s)) { return [base + "u", true]; }
if (/^encias?$/.test(s)) { return [base + "ente", true]; }
if (s === "mente") { return [cut(base, longest(base, 0, ["ante", "able", "ible"]), p2), true]; }
if (/^idad(es)?$/.test(s)) { return [cut(base, longest(base, 0, ["abil", "ic", "iv"]), p2), true]; }
if (/^iv[ao]s?$/.test(s)) { return [cut(base, "at", p2), true]; }
return [base, true];
}
function spanishStem(word) {
var w = word.replace(/cion$/, "ción").replace(/logia(s?)$/, "logía$1"), n = w.length, pv = n, i, s, at;
if (n >= 2) {
if (!v(w[1])) { for (i = 2; i < n; i++) { if (v(w[i])) { pv = i + 1; break; } } }
else if (v(w[0])) { for (i = 2; i < n; i++) { if (!v(w[i])) { pv = i + 1; break; } } }
else if (n >= 3) { pv = 3; }
}
var p1 = region(w, 0), p2 = region(w, p1);
s = longest(w, 0, PRONOUNS);     // pronouns after an infinitive or gerund
if (s !== null) {
var before = w.slice(0, -s.length), verb = longest(before, 0, ["iendo", "yendo", "ando", "ar", "er", "ir"]);
at = verb === null ? -1 : before.length - verb.length;
if (verb !== null && at >= pv && (verb !== "yendo" || at > 0 && w[at - 1] === "u")) { w = before; }
}
var r = standard(w, p1, p2);
w = r[0];
if (!r[1]) {
s = longest(w, pv, YVERB);
at = s === null ? 0 : w.length - s.length;
if (s !== null && at > 0 && w[at - 1] === "u") {
w = w.slice(0, at);
} else {
s = longest(w, pv, VERB);
if (s !== null) {
at = w.length - s.length;
w = w.slice(0, /^(en|es|éis|emos)$/.test(s) ? gu(w, at, 0) : at);
}
}
}
s = longest(w, pv, ["os", "a", "o", "á", "í", "ó", "e", "é"]);
if (s !== null) {
at = w.length - s.length;
w = w.slice(0, s === "e" || s === "é" ? gu(w, at, pv) : at);
}
return w.replace(/[áéíóú]/g, function (c) { return "aeiou"["áéíóú".indexOf(c)]; });
}
window.rostrumSearch.stemmer("es", spanishStem);
}());
