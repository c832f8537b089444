// Full-text search in the browser, over the index files under search/ (see docs/search.md). Each
// file is a script that hands its data to window.rostrumSearch, so the index loads with <script>
// elements, also from file://: no fetch, no modules, no WebAssembly. Only the files a query needs
// are loaded. Result text goes into the page as text nodes, never as markup.
(function () {
  "use strict";

  // ---- Words: the same folding, splitting and stemming as the build (org.rostrum.search)

  function fold(text) {
    return text.normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase();
  }

  var WORD = /[\p{L}\p{Nd}]+/gu;

  function words(text) {
    return (fold(text).match(WORD) || []).map(function (w) { return w.length > 40 ? w.slice(0, 40) : w; });
  }

  // The stemmers by the name the manifest gives (Stemmer.java); none for a language without one.
  // Each comes in a file of its own, search-<name>.js beside this one, loaded when the manifest
  // names it, so that a site loads only its language's stemmer.
  var STEMMERS = { none: function (w) { return w; } };
  var here = document.currentScript ? document.currentScript.src : "";

  function stem(word) {
    var chosen = store.manifest && STEMMERS[store.manifest.stemmer];
    return (chosen || STEMMERS.none)(word);
  }

  // ---- Loading index files

  var form = document.getElementById("search-form");
  var base = form ? form.getAttribute("data-index") : "";
  var store = { manifest: null, terms: {}, docs: {}, debates: {}, sets: {} };
  var pending = {};
  var loaded = [];

  window.rostrumSearch = {
    manifest: function (m) { store.manifest = m; },
    terms: function (key, terms) { store.terms[key] = terms; },
    docs: function (n, docs) { store.docs[n] = docs; },
    debates: function (n, debates) { store.debates[n] = debates; },
    set: function (term, bitmap, text) { store.sets[term] = members(bitmap, text); },
    // For tests and the curious: which index files this page has loaded, the stemmers, the decoder
    // of a capped term's set.
    loaded: loaded,
    members: function (bitmap, text) { return Array.from(members(bitmap, text)); },
    stem: stem,
    stemmers: STEMMERS,
    stemmer: function (name, fn) { STEMMERS[name] = fn; },
    words: words
  };

  function script(src) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement("script");
      element.src = src;
      element.onload = resolve;
      element.onerror = function () { reject(new Error(src)); };
      document.head.appendChild(element);
    });
  }

  function load(path) {
    if (!pending[path]) {
      pending[path] = script(base + path).then(function () { loaded.push(path); });
    }
    return pending[path];
  }

  function hex(key) {
    var bytes = new TextEncoder().encode(key);
    var out = "";
    for (var i = 0; i < bytes.length; i++) { out += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16); }
    return out;
  }

  var LAST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef";
  var MORE = "ghijklmnopqrstuvwxyz0123456789-_";

  // A term's postings: [doc, value, doc, value...] from "docDelta value" varints; with single, the
  // docs alone ("docDelta" varints).
  function decode(text, single) {
    var out = [];
    var v = 0;
    var doc = 0;
    var odd = false;
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      var more = MORE.indexOf(c);
      if (more >= 0) { v = v * 32 + more; continue; }
      v = v * 32 + LAST.indexOf(c);
      if (!odd) { doc += v; out.push(doc); } else { out.push(v); }
      odd = !odd && !single;
      v = 0;
    }
    return out;
  }

  // A capped term's every document (s/<hex>.js, DocumentSets.java): form 0 a list of gaps; else
  // bits, six a character, lowest first: 1 a bitmap, 2 + k Rice codes of gaps (ones, a zero, k bits).
  function members(form, text) {
    if (!form) { return new Set(decode(text, true)); }
    var out = new Set();
    var end = text.length * 6;
    var at = 0;
    var doc = -1;
    function bit() { var b = (LAST + MORE).indexOf(text[at / 6 | 0]) >> at % 6 & 1; at++; return b; }
    while (form === 1 && at < end) { if (bit()) { out.add(at - 1); } }
    while (form > 1) {
      for (var q = 0, one = 1; at < end && (one = bit());) { q++; }
      if (one) { break; }
      for (var low = 0, b = 0; b < form - 2; b++) { low += bit() << b; }
      doc += q * (1 << form - 2) + low + 1;
      out.add(doc);
    }
    return out;
  }

  // ---- Queries

  var MAX_PREFIX_SHARDS = 3;
  var PAGE_SIZE = 10;

  // "a b" c -> { words: [{word, stem}], phrases: [["a", "b"]] }
  function parse(q) {
    var parts = [];
    var phrases = [];
    var re = /"([^"]*)"?|([^\s"]+)/g;
    var m;
    while ((m = re.exec(q)) !== null) {
      var ws = words(m[1] !== undefined ? m[1] : m[2]);
      if (m[1] !== undefined && ws.length > 1) { phrases.push(ws); }
      ws.forEach(function (w) { parts.push(w); });
    }
    var seen = {};
    var unique = parts.filter(function (w) { return seen[w] ? false : (seen[w] = true); });
    return { words: unique.map(function (w) { return { word: w, stem: stem(w) }; }), phrases: phrases };
  }

  function shardOf(keys, term) {
    for (var n = term.length; n > 0; n--) {
      if (keys.has(term.slice(0, n))) { return term.slice(0, n); }
    }
    return null;
  }

  // The shards a query word needs: its stem's and its own, and those of longer words it starts.
  function shardsFor(keys, w) {
    var out = [];
    [shardOf(keys, w.stem), shardOf(keys, w.word)].forEach(function (k) {
      if (k !== null && out.indexOf(k) < 0) { out.push(k); }
    });
    var longer = store.manifest.keys.filter(function (k) { return k.length > w.word.length && k.indexOf(w.word) === 0; });
    if (longer.length <= MAX_PREFIX_SHARDS) { longer.forEach(function (k) { out.push(k); }); }
    return out;
  }

  // doc -> score for one query word: the stem exactly, or (scored lower) any longer word it starts;
  // .capped: its exact terms that kept only their best documents (marked "*").
  function matches(w, keys) {
    var scores = new Map();
    scores.capped = [];
    keys.forEach(function (key) {
      var terms = store.terms[key] || {};
      Object.keys(terms).forEach(function (term) {
        var exact = term === w.stem || term === w.word;
        if (!exact && !(term.length > w.word.length && term.indexOf(w.word) === 0)) { return; }
        var text = terms[term];
        if (text[0] === "*") {
          text = text.slice(1);
          if (exact) { scores.capped.push(term); }
        }
        var postings = decode(text);
        for (var i = 0; i < postings.length; i += 2) {
          var doc = postings[i];
          var value = postings[i + 1];
          var score = Math.floor(value / 8) * (exact ? 1 : 0.7);
          var before = scores.get(doc);
          if (before === undefined || before.score < score) { scores.set(doc, { score: score, kind: value % 8 }); }
        }
      });
    });
    return scores;
  }

  function filtersOf(params) {
    return { kind: params.get("kind") || "", topic: params.get("topic") || "", person: params.get("person") || "",
      year: params.get("year") || "" };
  }

  // The debate a document belongs to ([firstDoc, year, topics, people]), or null for a page.
  function debateOf(doc) {
    var m = store.manifest;
    var f = -1;
    for (var i = 0; i < m.firstDocs.length && m.firstDocs[i] <= doc; i++) { f = i; }
    if (f < 0) { return null; }
    var list = store.debates[f];
    var found = null;
    for (var j = 0; j < list.length && list[j][0] <= doc; j++) { found = list[j]; }
    return found;
  }

  function fragmentsFor(docs) {
    var m = store.manifest;
    var need = [];
    docs.forEach(function (doc) {
      var f = -1;
      for (var i = 0; i < m.firstDocs.length && m.firstDocs[i] <= doc; i++) { f = i; }
      if (f >= 0 && need.indexOf(f) < 0) { need.push(f); }
    });
    return need;
  }

  function docData(doc) {
    var per = store.manifest.docsPerFragment;
    return store.docs[Math.floor(doc / per)][doc % per];
  }

  function loadDocs(docs) {
    var per = store.manifest.docsPerFragment;
    var frags = [];
    docs.forEach(function (d) { var f = Math.floor(d / per); if (frags.indexOf(f) < 0) { frags.push(f); } });
    return Promise.all(frags.map(function (f) { return load("d/" + f + ".js"); }));
  }

  // Kind -1 (not known before its fragment is loaded) passes, to be checked by verify.
  function kindHolds(kind, filters) {
    return kind < 0 || !(filters.kind === "comments" && kind !== 3 || filters.kind === "debates" && kind > 2);
  }

  function phraseHolds(doc, phrases, filters) {
    var d = docData(doc);
    if (!kindHolds(d[0], filters)) { return false; }
    var text = " " + words([d[2], d[3], d[5]].join(" ")).join(" ") + " ";
    return phrases.every(function (p) { return text.indexOf(" " + p.join(" ") + " ") >= 0; });
  }

  // Every document matching all words (and filters), best first; phrases are checked on the text.
  // With several words and no phrase, a capped term's every document is loaded (s/): a document its
  // shard left out gets the lowest score the word kept, and its kind (-1 until known) from its
  // fragment. A phrase is checked on the best candidates only, which the shards give.
  function run(query, filters) {
    var keys = new Set(store.manifest.keys);
    var needs = query.words.map(function (w) { return shardsFor(keys, w); });
    var all = [];
    needs.forEach(function (list) { list.forEach(function (k) { if (all.indexOf(k) < 0) { all.push(k); } }); });
    var each;
    return Promise.all(all.map(function (k) { return load("t/" + hex(k) + ".js"); })).then(function () {
      each = query.words.map(function (w, i) { return matches(w, needs[i]); });
      var sets = [];
      each.forEach(function (m) {
        if (each.length > 1 && !query.phrases.length) { sets = sets.concat(m.capped); } else { m.capped = []; }
      });
      return Promise.all(sets.map(function (t) { return load("s/" + hex(t) + ".js"); }));
    }).then(function () {
      each.forEach(function (m) {
        m.low = Infinity;
        m.forEach(function (v) { m.low = Math.min(m.low, v.score); });
        m.n = m.capped.reduce(function (n, t) { return n + store.sets[t].size; }, m.size);
      });
      each.sort(function (a, b) { return a.n - b.n; });
      var hits = null;
      each.forEach(function (scores) {
        var missing = { score: scores.low, kind: -1 };
        if (hits === null) {
          hits = new Map(scores);
          scores.capped.forEach(function (t) {
            store.sets[t].forEach(function (doc) { if (!hits.has(doc)) { hits.set(doc, missing); } });
          });
          return;
        }
        var next = new Map();
        hits.forEach(function (v, doc) {
          var s = scores.get(doc) || (scores.capped.some(function (t) { return store.sets[t].has(doc); }) ? missing : 0);
          if (s) { next.set(doc, { score: v.score + s.score, kind: v.kind < 0 ? s.kind : v.kind }); }
        });
        hits = next;
      });
      var list = [];
      (hits || new Map()).forEach(function (v, doc) {
        if (!kindHolds(v.kind, filters)) { return; }
        list.push({ doc: doc, score: v.score, kind: v.kind });
      });
      list.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      if (!filters.topic && !filters.person && !filters.year) { return list; }
      var frags = fragmentsFor(list.map(function (h) { return h.doc; }));
      return Promise.all(frags.map(function (f) { return load("m/" + f + ".js"); })).then(function () {
        var m = store.manifest;
        return list.filter(function (h) {
          var d = debateOf(h.doc);
          if (d === null) { return false; }
          if (filters.year && String(d[1]) !== filters.year) { return false; }
          if (filters.topic && d[2].indexOf(m.topics.indexOf(filters.topic)) < 0) { return false; }
          if (filters.person && d[3].indexOf(m.people.indexOf(filters.person)) < 0) { return false; }
          return true;
        });
      });
    }).then(function (list) {
      var unknown = filters.kind && list.some(function (h) { return h.kind < 0; });
      return query.phrases.length || unknown ? verify(list, query.phrases, filters) : list;
    });
  }

  // Phrases (and kinds not yet known): checks the best candidates, a batch at a time, until a page is
  // full or PHRASE_CANDIDATES were checked (each needs its fragment loaded).
  var PHRASE_CANDIDATES = 20;
  function verify(list, phrases, filters) {
    var kept = [];
    var i = 0;
    function step() {
      if (i >= list.length || kept.length >= PAGE_SIZE || i >= PHRASE_CANDIDATES) { return Promise.resolve(kept); }
      var batch = list.slice(i, i + 10);
      i += batch.length;
      return loadDocs(batch.map(function (h) { return h.doc; })).then(function () {
        batch.forEach(function (h) { if (phraseHolds(h.doc, phrases, filters)) { kept.push(h); } });
        return step();
      });
    }
    return step();
  }

  // ---- Results

  // The interface's texts, from the page (search.ftlh); a plural text has a form per CLDR category.
  var STRINGS = JSON.parse((document.getElementById("search-strings") || {}).textContent || "{}");
  var lang = document.documentElement.lang || undefined;
  var plurals = new Intl.PluralRules(lang);
  var numbers = new Intl.NumberFormat(lang);
  function number(n) { return numbers.format(n); }
  function t(key, count, values) {
    var text = STRINGS[key];
    if (text && typeof text === "object") {
      text = text[plurals.select(count)] || text.other;
    }
    values = values || {};
    if (typeof count === "number") { values.count = number(count); }
    return String(text === undefined ? key : text).replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
    });
  }
  // Result kinds by their number in the index: class names, and keys of their names.
  var KINDS = ["debate", "question", "response", "comment", "page"];
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var pages = document.getElementById("search-pages");
  if (!form || !input || !list || !status || !pages) { return; }

  function longDate(iso) {
    if (!iso) { return ""; }
    try {
      return new Date(iso + "T00:00:00Z").toLocaleDateString(lang,
        { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
    } catch (e) {
      return iso;
    }
  }

  // The text around the first matched word, as text nodes with <mark> elements around matches.
  function excerpt(text, query) {
    var p = document.createElement("p");
    p.className = "summary";
    var spans = [];
    var re = /[\p{L}\p{Nd}]+/gu;
    var m;
    while ((m = re.exec(text)) !== null) {
      var w = fold(m[0]);
      var hit = query.words.some(function (q) { return stem(w) === q.stem || w.indexOf(q.word) === 0; });
      if (hit) { spans.push([m.index, m.index + m[0].length]); }
    }
    var start = 0;
    if (spans.length > 0 && spans[0][0] > 80) {
      start = text.lastIndexOf(" ", spans[0][0] - 60) + 1;
    }
    var end = Math.min(text.length, start + 260);
    if (end < text.length) { end = Math.max(text.lastIndexOf(" ", end), start + 1); }
    if (start > 0) { p.appendChild(document.createTextNode("… ")); }
    var at = start;
    spans.forEach(function (s) {
      if (s[0] < start || s[1] > end) { return; }
      p.appendChild(document.createTextNode(text.slice(at, s[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(s[0], s[1]);
      p.appendChild(mark);
      at = s[1];
    });
    p.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? " …" : "")));
    return p;
  }

  function show(hits, query, page) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var count = hits.length;
    var pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE));
    page = Math.min(Math.max(1, page), pageCount);
    var shown = hits.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    return loadDocs(shown.map(function (h) { return h.doc; })).then(function () {
      status.textContent = count === 0 ? t("search.nothing") : pageCount > 1
        ? t("search.results.paged", count, { page: number(page), pages: number(pageCount) })
        : t("search.results", count);
      shown.forEach(function (h) {
        var d = docData(h.doc);
        var li = document.createElement("li");
        li.className = "result kind-" + KINDS[d[0]];
        var heading = document.createElement("h2");
        heading.className = "result-title";
        var a = document.createElement("a");
        a.href = base.replace(/search\/$/, "") + d[1];
        a.textContent = d[2];
        heading.appendChild(a);
        li.appendChild(heading);
        var meta = document.createElement("p");
        meta.className = "meta";
        var kind = t("search.kind." + KINDS[d[0]]);
        meta.textContent = [d[3] ? t("search.by", null, { kind: kind, name: d[3] }) : kind, longDate(d[4])]
          .filter(Boolean).join(" · ");
        li.appendChild(meta);
        li.appendChild(excerpt(d[5], query));
        list.appendChild(li);
      });
      pager(page, pageCount);
    });
  }

  function pager(page, pageCount) {
    while (pages.firstChild) { pages.removeChild(pages.firstChild); }
    pages.hidden = pageCount <= 1;
    if (pageCount <= 1) { return; }
    var ul = document.createElement("ul");
    [["prev", page - 1], ["next", page + 1]].forEach(function (p) {
      if (p[1] < 1 || p[1] > pageCount) { return; }
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "?" + paramsWith({ p: String(p[1]) }).toString();
      a.textContent = t(p[0] === "next" ? "search.next" : "search.previous");
      a.rel = p[0];
      a.addEventListener("click", function (e) {
        e.preventDefault();
        navigate(paramsWith({ p: String(p[1]) }), true);
      });
      li.appendChild(a);
      ul.appendChild(li);
    });
    pages.appendChild(ul);
  }

  function currentParams() {
    var params = new URLSearchParams();
    params.set("q", input.value);
    ["kind", "topic", "person", "year"].forEach(function (name) {
      if (form.elements[name].value) { params.set(name, form.elements[name].value); }
    });
    return params;
  }

  function paramsWith(extra) {
    var params = currentParams();
    Object.keys(extra).forEach(function (k) { params.set(k, extra[k]); });
    return params;
  }

  var manifest = null;
  function ready() {
    if (!manifest) {
      manifest = load("index.js").then(function () {
        var name = store.manifest.stemmer;
        if (STEMMERS[name] || !/^[a-z]+$/.test(name)) { return null; }
        return script(here.replace(/search\.js$/, "search-" + name + ".js"));
      }).then(function () { fillFilters(); });
    }
    return manifest;
  }

  function fillFilters() {
    var m = store.manifest;
    [["topic", m.topics], ["person", m.people], ["year", m.years.slice().reverse()]].forEach(function (f) {
      var select = form.elements[f[0]];
      var wanted = select.getAttribute("data-wanted") || select.value;
      f[1].forEach(function (value) {
        var option = document.createElement("option");
        option.value = String(value);
        option.textContent = String(value);
        select.appendChild(option);
      });
      select.value = wanted;
    });
  }

  var generation = 0;
  function searchFor(params) {
    var mine = ++generation;
    var query = parse(params.get("q") || "");
    if (query.words.length === 0) {
      while (list.firstChild) { list.removeChild(list.firstChild); }
      status.textContent = "";
      pager(1, 1);
      return window.rostrumSearch.last = Promise.resolve();
    }
    status.textContent = t("search.searching");
    return window.rostrumSearch.last = ready().then(function () {
      query = parse(params.get("q") || "");   // again, now that the manifest names the stemmer
      return run(query, filtersOf(params));
    }).then(function (hits) {
      if (mine !== generation) { return null; }
      return show(hits, query, parseInt(params.get("p") || "1", 10) || 1);
    }).catch(function (e) {
      if (mine === generation) { status.textContent = t("search.failed", null, { reason: e.message }); }
    });
  }

  // Puts the query in the address (a new history entry when asked), so it can be linked and Back works.
  function navigate(params, push) {
    try {
      var url = window.location.pathname + "?" + params.toString();
      if (push) { window.history.pushState(null, "", url); } else { window.history.replaceState(null, "", url); }
    } catch (ignored) {
      // Some browsers refuse to change the address of a page opened from file://.
    }
    return searchFor(params);
  }

  function fromAddress() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    ["kind", "topic", "person", "year"].forEach(function (name) {
      var select = form.elements[name];
      select.setAttribute("data-wanted", params.get(name) || "");
      select.value = params.get(name) || "";
    });
    return searchFor(params);
  }

  var timer = null;
  input.addEventListener("focus", ready);
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { navigate(currentParams(), false); }, 150);
  });
  ["kind", "topic", "person", "year"].forEach(function (name) {
    form.elements[name].addEventListener("change", function () { navigate(currentParams(), true); });
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    navigate(currentParams(), true);
  });
  window.addEventListener("popstate", fromAddress);
  window.rostrumSearch.done = fromAddress();
}());
