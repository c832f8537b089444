// Search in the browser, over search-index.js (the same data as search-index.json), without a server.
(function () {
  "use strict";
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var data = window.ROSTRUM_SEARCH_INDEX;
  if (!input || !list || !status) { return; }
  if (!data) { status.textContent = "The search index could not be loaded."; return; }
  var root = document.querySelector('link[rel="stylesheet"]').getAttribute("href").replace(/static\/style\.css$/, "");

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var docs = data.debates.map(function (d) {
    var topics = d[4].map(function (i) { return data.topics[i]; });
    var people = d[5].map(function (i) { return data.people[i]; });
    return { title: d[0], href: d[1], date: d[2], summary: d[3], topics: topics, people: people,
      text: fold([d[0], d[3], topics.join(" "), people.join(" ")].join(" ")) };
  });

  // "2019-01-28" (or a date-time) as a calendar date in the page's language: "January 28, 2019".
  function longDate(iso) {
    var day = iso.slice(0, 10);
    try {
      return new Date(day + "T00:00:00Z").toLocaleDateString(document.documentElement.lang || undefined,
        { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
    } catch (e) {
      return day;
    }
  }

  function search(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (words.length === 0) { status.textContent = ""; return; }
    var hits = docs.filter(function (d) {
      return words.every(function (w) { return d.text.indexOf(w) >= 0; });
    });
    status.textContent = hits.length === 0 ? "No debates found." : hits.length === 1 ? "1 debate found." : hits.length + " debates found.";
    hits.slice(0, 100).forEach(function (d) {
      var li = document.createElement("li");
      var heading = document.createElement("h2");
      heading.className = "result-title";
      var a = document.createElement("a");
      a.href = root + d.href;
      a.textContent = d.title;
      heading.appendChild(a);
      li.appendChild(heading);
      var meta = document.createElement("p");
      meta.className = "meta";
      var parts = [longDate(d.date)];
      if (d.topics.length) { parts.push(d.topics.join(", ")); }
      if (d.people.length) { parts.push("With " + d.people.join(", ")); }
      meta.textContent = parts.join(" · ");
      li.appendChild(meta);
      if (d.summary) {
        var p = document.createElement("p");
        p.className = "summary";
        p.textContent = d.summary;
        li.appendChild(p);
      }
      list.appendChild(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) { input.value = params.get("q"); search(input.value); }
  input.addEventListener("input", function () { search(input.value); });
  input.form.addEventListener("submit", function (e) {
    e.preventDefault();
    search(input.value);
    try {
      var url = new URL(window.location.href);
      url.searchParams.set("q", input.value);
      window.history.replaceState(null, "", url.toString());
    } catch (ignored) {
      // Some browsers refuse to change the address of a page opened from file://.
    }
  });
}());
