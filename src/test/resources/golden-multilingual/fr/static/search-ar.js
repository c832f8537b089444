(function () {
"use strict";
function L(s) { return s.split(" "); }
var SHAPED = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي", RUNS = "122224242444442222444444444444444224";
var V1 = L("ه ك ني نا ها هم هن كم كن هما كما كمو");
function find(w, c, list, back) {
var f = "";
list.forEach(function (s) {
if (s.length > f.length && (back ? c >= s.length && w.slice(c - s.length, c) : w.slice(c, c + s.length)) === s) { f = s; }
});
return f;
}
function cut(w, c, min, list) {
var s = find(w, c, list, true), n = typeof min === "function" ? min(s) : min[s.length - 1];
return s && w.length >= n ? [w.slice(0, c - s.length) + w.slice(c), c - s.length] : null;
}
function end(w, min, list) { return cut(w, w.length, min, list); }
function verb(w) {      // -> the word, or null when no verb suffix was found
var r = end(w, [4, 5, 6], V1), next;
if (r) {
while ((next = end(r[0], [4, 5, 6], V1))) { r = next; }
return (step2a(r[0]) || end(r[0], [4, 0, 6], L("و تمو")) || r)[0];
}
r = end(w, [0, 5], L("وا تم")) || step2a(w);
return r && r[0];
}
function step2a(w) {
return end(w, function (s) { return s.length === 1 ? 4 : s.length === 3 || /^[اوي]ن$/.test(s) ? 6 : 5; },
L("تما نا تا تن ان ون ين ت ا ن ي"));
}
function step2(w) { return end(w, [5], L("ا ي و")) || end(w, [0, 5], L("ات")) || end(w, [4], L("ت")); }
function noun(w, defined) {      // -> [word, whether the nisba ي was found where the cursor was left]
var r = end(w, [4], L("ة")), c;
if (r) {
w = r[0];
c = w.length;
} else if (!defined && (r = end(w, [4, 5, 6], L("ي ك ه نا كم ها هن هم كما هما")))) {
r = step2(w = r[0]) || [w, w.length - 1];
w = r[0];
c = r[1];
} else {
r = end(w, [6], L("ن"));
r = r && step2(w = r[0]) || !defined && end(w, [5], L("ا ي و")) || end(w, [0, 5], L("ات"));
w = r ? r[0] : w;
c = w.length;
}
r = cut(w, c, [3], L("ي"));
return r ? [r[0], 1] : [w, 0];
}
function prefixes(w, isVerb) {
var c = 0, s = find(w, 0, L("أأ أآ أؤ أا أإ"));
if (s && w.length > 3) {
w = (s === "أؤ" ? "أ" : s[1]) + w.slice(2);
c = 1;
}
var drop = function (n) { return w.slice(0, c) + w.slice(c + n); };
if (!find(w, c, L("فا وا")) && find(w, c, L("ف و")) && w.length > 3) { w = drop(1); }
s = find(w, c, L("بال كال لل ال"));
if (s && w.length > s.length + 2) { return drop(s.length); }
if (!find(w, c, L("با")) && find(w, c, L("ب بب كك")) && w.length > 3) { return drop(1); }
if (isVerb) {
if (find(w, c, L("سي ست سن سأ")) && w.length > 4) { w = drop(1); c++; }
if (find(w, c, L("يست نست تست")) && w.length > 4) { w = w.slice(0, c) + "ا" + w.slice(c + 1); }
}
return w;
}
function arabicStem(word) {
var s = find(word, 0, L("بال كال لل ال")), isVerb = !s || word.length <= s.length + 1, w = "", r;
for (var i = 0; i < word.length; i++) {      // vowel marks, tatweel, digits, shaped forms
var c = word.charCodeAt(i), at = c - 0xFE80, k = 0;
if (c >= 0x064B && c <= 0x0652 || c === 0x0640) { continue; }
if (c >= 0x0660 && c <= 0x0669) {
w += c - 0x0660;
} else if (c >= 0xFEF5 && c <= 0xFEFC) {
w += "ل" + "آأإا"[(c - 0xFEF5) >> 1];
} else if (at >= 0 && c < 0xFEF5) {
while (at >= +RUNS[k]) { at -= +RUNS[k++]; }
w += SHAPED[k];
} else {
w += word[i];
}
}
r = isVerb ? verb(w) : null;
if (r === null) {
r = noun(w, !isVerb);
w = r[0];
if (!r[1] && w.slice(-1) === "ى") { w = w.slice(0, -1) + "ي"; }
} else {
w = r;
}
w = prefixes(w, isVerb).replace(/[أإآؤئ]$/, "ء");
return w.replace(/[أإآؤئ]/g, function (c) { return "اااوي"["أإآؤئ".indexOf(c)]; });
}
window.rostrumSearch.stemmer("ar", arabicStem);
}());
