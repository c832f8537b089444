(function () {
var to = document.getElementById("moved-to");
if (to) {
location.replace(to.href + location.hash);
}
})();
