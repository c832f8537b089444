// A long thread is split into parts (comments/2/, comments/3/ …). An old link to a comment
// (#comment-881 or #comment-wp-881) lands on the debate page; when the comment is on another part,
// go on to that part with the same fragment, where the browser scrolls to it and marks it :target.
// comments/parts.js of the debate, loaded just before, lists which part holds which comment.
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
