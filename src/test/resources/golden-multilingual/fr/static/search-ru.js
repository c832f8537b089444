(function () {
"use strict";
function rule(afterA, others) {
var all = (afterA + " " + others).trim().split(" ").sort(function (a, b) { return b.length - a.length; });
return [all, afterA ? " " + afterA + " " : ""];
}
var GERUND = rule("в вши вшись", "ив ивши ившись ыв ывши ывшись");
var REFLEXIVE = rule("", "ся сь");
var ADJECTIVE = rule("", "ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею");
var PARTICIPLE = rule("ем нн вш ющ щ", "ивш ывш ующ");
var VERB = rule("ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно", "ила ыла ена ейте уйте ите или ыли ей " +
"уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю");
var NOUN = rule("", "а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы " +
"ь ию ью ю ия ья я");
function v(c) { return c !== undefined && "аеиоуыэюя".indexOf(c) >= 0; }
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
function russianStem(word) {
var w = word.replace(/([ыоеу]|[шщ]и)и$/, "$1й").replace(/([ауя])ите$/, "$1йте").replace("еиш", "ейш");
var pv = w.length, i;
for (i = 0; i < w.length; i++) { if (v(w[i])) { pv = i + 1; break; } }
var p2 = Math.max(pv, region(w, region(w, 0)));
function cut(from, r) {
var s = longest(w, from, r[0]);
if (s === null) { return false; }
var at = w.length - s.length;
if (r[1].indexOf(" " + s + " ") >= 0 && !(at - 1 >= from && (w[at - 1] === "а" || w[at - 1] === "я"))) {
return false;
}
w = w.slice(0, at);
return true;
}
if (!cut(pv, GERUND)) {
cut(pv, REFLEXIVE);
if (cut(pv, ADJECTIVE)) { cut(pv, PARTICIPLE); } else if (!cut(pv, VERB)) { cut(pv, NOUN); }
}
cut(pv, [["и"], ""]);
cut(p2, [["ость", "ост"], ""]);
var s = longest(w, pv, ["ейше", "ейш", "н", "ь"]), at = s === null ? 0 : w.length - s.length;
if (s === "н") {
if (at - 1 >= pv && w[at - 1] === "н") { w = w.slice(0, at); }
} else if (s !== null) {
w = w.slice(0, at);
if (s !== "ь" && ends(w, "нн") && w.length - 2 >= pv) { w = w.slice(0, -1); }
}
return w.replace(/й/g, "и");
}
window.rostrumSearch.stemmer("ru", russianStem);
}());
