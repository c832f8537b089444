(function () {
"use strict";
function list(s) { return s.split(" ").sort(function (a, b) { return b.length - a.length; }); }
var ACCENTED = [["assemos", "ássemos"], ["essemos", "êssemos"], ["issemos", "íssemos"], ["avamos", "ávamos"],
["riamos", "ríamos"], ["asseis", "ásseis"], ["esseis", "ésseis"], ["isseis", "ísseis"], ["acoes", "aço~es"],
["ucoes", "uço~es"], ["encias", "ências"], ["aveis", "áveis"], ["ancia", "ância"], ["encia", "ência"],
["acao", "aça~o"], ["ucao", "uça~o"], ["avel", "ável"], ["ivel", "ível"], ["oes", "o~es"], ["aes", "a~es"],
["ao", "a~o"], ["ae", "a~e"]];
var STANDARD = list("eza ezas ico ica icos icas ismo ismos ável ível ista istas oso osa osos osas amento " +
"amentos imento imentos adora ador aça~o adoras adores aço~es ante antes ância logia logias uça~o uço~es " +
"ência ências amente mente idade idades iva ivo ivas ivos ira iras");
var VERB = list("ada ida ia aria eria iria ará ara erá era irá ava asse esse isse aste este iste ei arei erei " +
"irei am iam ariam eriam iriam aram eram iram avam em arem erem irem assem essem issem ado ido ando endo " +
"indo ara~o era~o ira~o ar er ir as adas idas ias arias erias irias arás aras erás eras irás avas es ardes " +
"erdes irdes ares eres ires asses esses isses astes estes istes is ais eis íeis aríeis eríeis iríeis áreis " +
"areis éreis ereis íreis ireis ásseis ésseis ísseis áveis ados idos ámos amos íamos aríamos eríamos " +
"iríamos áramos éramos íramos ávamos emos aremos eremos iremos ássemos êssemos íssemos imos armos ermos " +
"irmos eu iu ou ira iras");
var PLAIN = { "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "â": "a", "ê": "e", "ô": "o", "ç": "c" };
function v(c) { return c !== undefined && "aeiouáéíóúâêô".indexOf(c) >= 0; }
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
var s = longest(w, 0, STANDARD), t;
if (s === null) { return null; }
var at = w.length - s.length, base = w.slice(0, at);
if (s === "amente") {
if (at < p1) { return null; }
t = longest(base, 0, ["iv", "os", "ic", "ad"]);
if (t && at - t.length >= p2) { base = base.slice(0, -t.length); if (t === "iv") { base = cut(base, "at", p2); } }
return base;
}
if (s === "ira" || s === "iras") { return at >= pv && at > 0 && w[at - 1] === "e" ? base + "ir" : null; }
if (at < p2) { return null; }
if (/^logias?$/.test(s)) { return base + "log"; }
if (s === "uça~o" || s === "uço~es") { return base + "u"; }
if (/^ências?$/.test(s)) { return base + "ente"; }
if (s === "mente") { return cut(base, longest(base, 0, ["ante", "avel", "ível"]), p2); }
if (/^idades?$/.test(s)) { return cut(base, longest(base, 0, ["abil", "ic", "iv"]), p2); }
if (/^iv[ao]s?$/.test(s)) { return cut(base, "at", p2); }
return base;
}
function portugueseStem(word) {
var w = word, i, s, n, pv;
for (i = 0; i < ACCENTED.length; i++) {
if (ends(w, ACCENTED[i][0])) { w = w.slice(0, -ACCENTED[i][0].length) + ACCENTED[i][1]; break; }
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
var p1 = region(w, 0), p2 = region(w, p1), r = standard(w, pv, p1, p2);
if (r === null) {
s = longest(w, pv, VERB);
r = s === null ? null : w.slice(0, -s.length);
}
if (r !== null) {
w = r;
n = w.length;
if (n >= 2 && n - 1 >= pv && ends(w, "ci")) { w = w.slice(0, -1); }
} else {
s = longest(w, pv, ["os", "a", "i", "o", "á", "í", "ó"]);
if (s !== null) { w = w.slice(0, -s.length); }
}
n = w.length;
if (n > 0 && /[eéê]/.test(w[n - 1]) && n - 1 >= pv) {
w = w.slice(0, --n);
if (n >= 2 && n - 1 >= pv && (ends(w, "gu") || ends(w, "ci"))) { w = w.slice(0, -1); }
}
return w.replace(/~/g, "").replace(/[áéíóúâêôç]/g, function (c) { return PLAIN[c]; });
}
window.rostrumSearch.stemmer("pt", portugueseStem);
}());
