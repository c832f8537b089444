(function () {
"use strict";
var data = window.rostrumCommentParts;
var list = document.querySelector("script[data-comment-parts]");
if (!data || !list) {
return;
}
function follow() {
var hash = location.hash;
if (hash.indexOf("#comment-") !== 0) {
return;
}
var fragment;
try {
fragment = decodeURIComponent(hash.slice("#comment-".length));
} catch (malformed) {
return;
}
if (document.getElementById("comment-" + fragment)) {
return;
}
for (var n = 0; n < data.fragments.length; n++) {
if (data.fragments[n].indexOf(fragment) >= 0) {
location.replace(new URL(data.pages[n], list.src).href + hash);
return;
}
}
}
follow();
window.addEventListener("hashchange", follow);
}());
