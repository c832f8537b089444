// A redirect page (alias.ftlh): go on to the new address at once, keeping the #fragment of the
// old one (#comment-881), which the meta refresh drops.
(function () {
  var to = document.getElementById("moved-to");
  if (to) {
    location.replace(to.href + location.hash);
  }
})();
