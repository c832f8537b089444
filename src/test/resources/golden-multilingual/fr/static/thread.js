(function () {
"use strict";
var opened = [];
window.addEventListener("beforeprint", function () {
opened = Array.prototype.slice.call(document.querySelectorAll("details:not([open])"));
opened.forEach(function (d) { d.open = true; });
});
window.addEventListener("afterprint", function () {
opened.forEach(function (d) { d.open = false; });
opened = [];
});
}());
