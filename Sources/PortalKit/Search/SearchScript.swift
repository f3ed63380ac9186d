/// The search page's client script, written to `/portal-search.js` when the site has search: it reads `?q=`,
/// fetches only the index shards and page records a query needs, ranks the pages and shows them with the
/// matched words marked. Plain JavaScript with no dependencies, about 4 KB gzipped.
///
/// Its word rules repeat ``SearchFolding`` and ``SearchTerms`` step for step; change both together
/// (`scripts/check-search.py` in `make check` runs real queries through it in Chromium).
enum SearchScript {
    static let source = #"""
/* portal's search client: reads ?q=, looks the words up in the index beside the search page, lists the pages
   found. Its word rules are those of portal's Sources/PortalKit/Search (SearchFolding, SearchTerms). */
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var list = document.getElementById("search-results");  // holds the data-* messages and the results' <ol>
  var status = document.getElementById("search-status");
  if (!form || !list || !status || !window.fetch || !window.Map) return;
  var input = form.elements.q;
  var base = list.getAttribute("data-index");
  var shown = 10;

  var LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ь": "y", "ю": "yu", "я": "ya",
    "ё": "yo", "э": "e", "ы": "y", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ѝ": "i"
  };
  var FOLDS = [["sht", "st"], ["zh", "j"], ["ts", "c"], ["x", "h"], ["q", "ia"], ["y", "i"]];
  var ENDINGS = ["iata", "iat", "ite", "ata", "ota", "oto", "ove", "eve", "ia", "ie", "at", "ta", "to", "te",
    "a", "e", "i", "o", "u"];
  var WORD = /[\p{L}\p{N}\p{M}]+/gu, MARK = /\p{M}/gu, CYRILLIC = /[\u0400-\u04FF]/;
  var stop = new Set();

  function say(key, n) { return (list.getAttribute("data-" + key) || "").replace("{n}", String(n)); }
  function size(s) { return Array.from(s).length; }
  function unique(items) { return items.filter(function (x, i) { return items.indexOf(x) === i; }); }
  function replaceAll(s, from, to) { return s.split(from).join(to); }
  function noMarks(s) { return s.normalize("NFD").replace(MARK, "").normalize("NFC"); }
  function fold(s) {
    FOLDS.forEach(function (f) { s = replaceAll(s, f[0], f[1]); });
    while (s.indexOf("ii") >= 0) s = replaceAll(s, "ii", "i");
    return s;
  }
  function bgStem(s) {
    for (var i = 0; i < ENDINGS.length; i++) {
      var e = ENDINGS[i];
      if (s.length - e.length >= 3 && s.slice(-e.length) === e) return s.slice(0, -e.length);
    }
    return s;
  }
  function endsWith(s, list) { return list.some(function (e) { return s.slice(-e.length) === e; }); }
  function enStem(w) {
    var n = w.length;
    if (n > 4 && endsWith(w, ["ies"])) return w.slice(0, -3) + "y";
    if (n > 4 && endsWith(w, ["es"]) && endsWith(w.slice(0, -2), ["s", "x", "z", "ch", "sh"])) return w.slice(0, -2);
    if (n > 3 && endsWith(w, ["s"]) && !endsWith(w, ["ss", "us", "is"])) return w.slice(0, -1);
    if (n > 5 && endsWith(w, ["ing"])) return w.slice(0, -3);
    if (n > 4 && endsWith(w, ["ed"])) return w.slice(0, -2);
    return w;
  }
  function cyrillicForms(w) {
    w = w.normalize("NFC");
    return (w.indexOf("ъ") >= 0 ? ["a", "u", "y"] : ["a"]).map(function (hard) {
      var out = "";
      for (var ch of w) out += ch === "ъ" ? hard : (LATIN.hasOwnProperty(ch) ? LATIN[ch] : ch);
      return noMarks(out);
    });
  }
  function words(text) { return (text.match(WORD) || []).map(function (w) { return w.toLowerCase(); }); }
  function long(t) { return size(t) >= 2; }
  // The terms the index stores for a word of a page (SearchTerms.indexTerms).
  function indexTerms(w) {
    if (size(w) < 2 || stop.has(w)) return [];
    if (CYRILLIC.test(w)) return unique(cyrillicForms(w).map(function (f) { return bgStem(fold(f)); }).filter(long));
    return [enStem(noMarks(w.normalize("NFC")))].filter(long);
  }
  // The terms a query word may begin: as English, and as Bulgarian in either alphabet.
  function queryTerms(w) {
    if (size(w) < 2 || stop.has(w)) return [];
    var latin = CYRILLIC.test(w) ? cyrillicForms(w)[0] : noMarks(w.normalize("NFC"));
    var terms = [enStem(latin), bgStem(fold(latin))];
    if (latin.indexOf("ju") >= 0) terms.push(bgStem(fold(replaceAll(latin, "ju", "iu"))));
    return unique(terms.filter(long));
  }
  function shardFile(term) {
    return Array.from(term).slice(0, 2).map(function (c) {
      return /[a-z0-9]/.test(c) ? c : "_" + c.codePointAt(0).toString(16);
    }).join("");
  }

  var cache = new Map();
  function load(path) {
    if (!cache.has(path)) {
      cache.set(path, fetch(base + path).then(function (r) {
        if (!r.ok) throw new Error(path + ": " + r.status);
        return r.json();
      }));
    }
    return cache.get(path);
  }

  var meta = null;
  function lookup(terms, shards) {
    var found = new Map();
    terms.forEach(function (cand) {
      var shard = shards.get(shardFile(cand));
      if (!shard) return;
      Object.keys(shard).forEach(function (term) {
        if (term.lastIndexOf(cand, 0) !== 0) return;
        var p = shard[term], factor = term === cand ? 1 : 0.8;
        for (var i = 0; i < p.length; i += 2) {
          var w = p[i + 1] * factor;
          if (!(found.get(p[i]) >= w)) found.set(p[i], w);
        }
      });
    });
    return found;
  }

  function rank(groups, shards) {
    var maps = groups.map(function (g) { return lookup(g, shards); }), scores = new Map(), any = false;
    var every = maps.length ? Array.from(maps[0].keys()).filter(function (d) {
      return maps.every(function (m) { return m.has(d); });
    }) : [];
    if (!every.length && maps.length > 1) {
      any = true;
      maps.forEach(function (m) { m.forEach(function (w, d) { every.push(d); }); });
    }
    every.forEach(function (d) {
      var score = 0;
      maps.forEach(function (m) { if (m.has(d)) score += m.get(d) * Math.log(1 + meta.n / m.size); });
      scores.set(d, score);
    });
    var docs = Array.from(scores.keys()).sort(function (a, b) { return scores.get(b) - scores.get(a) || a - b; });
    return { docs: docs, any: any && docs.length > 0 };
  }

  // Text with the words that match the query marked, as DOM nodes (never as HTML: queries are untrusted).
  function marked(text, groups, into) {
    var terms = [].concat.apply([], groups), last = 0, m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) {
      var hit = indexTerms(m[0].toLowerCase()).some(function (t) {
        return terms.some(function (c) { return t.lastIndexOf(c, 0) === 0; });
      });
      if (!hit) continue;
      into.appendChild(document.createTextNode(text.slice(last, m.index)));
      var mark = document.createElement("mark");
      mark.textContent = m[0];
      into.appendChild(mark);
      last = m.index + m[0].length;
    }
    into.appendChild(document.createTextNode(text.slice(last)));
  }

  function snippet(text, groups) {
    var probe = document.createElement("p");
    marked(text, groups, probe);
    var first = probe.querySelector("mark"), start = 0;
    if (first) {
      var before = 0;
      for (var n = probe.firstChild; n && n !== first; n = n.nextSibling) before += n.textContent.length;
      start = Math.max(0, before - 80);
      if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    }
    var end = Math.min(text.length, start + 240);
    if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
    var p = document.createElement("p");
    p.className = "search-snippet";
    marked((start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : ""), groups, p);
    return p;
  }

  function item(doc, groups) {
    var li = document.createElement("li"), a = document.createElement("a");
    a.href = doc.u;
    marked(doc.t, groups, a);
    li.appendChild(a);
    var about = [doc.s, doc.d].filter(Boolean).join(" · ");
    if (about) {
      var p = document.createElement("p");
      p.className = "search-meta";
      p.textContent = about;
      li.appendChild(p);
    }
    if (doc.x) li.appendChild(snippet(doc.x, groups));
    return li;
  }

  var run = 0, moreButton = null;
  function show(found, from, groups, token) {
    var slice = found.slice(from, from + shown);
    return Promise.all(slice.map(function (d) { return load("d/" + d + ".json"); })).then(function (docs) {
      if (token !== run) return null;
      var items = docs.map(function (doc) { return item(doc, groups); });
      var ol = list.querySelector("ol") || list.appendChild(document.createElement("ol"));
      items.forEach(function (li) { ol.appendChild(li); });
      if (moreButton) { moreButton.remove(); moreButton = null; }
      if (from + shown < found.length) {
        moreButton = document.createElement("button");
        moreButton.type = "button";
        moreButton.className = "search-more button";
        moreButton.textContent = say("more");
        moreButton.addEventListener("click", function () {
          var had = moreButton === document.activeElement;
          show(found, from + shown, groups, token).then(function (added) {
            // The button is gone after the last results: focus goes to the first new one, not to the page top.
            if (had && !moreButton && added && added[0]) added[0].querySelector("a").focus();
          });
        });
        list.appendChild(moreButton);
      }
      return items;
    });
  }

  function search(query) {
    var token = ++run;
    var groups = words(query.slice(0, 200)).slice(0, 12);
    list.textContent = "";
    if (moreButton) { moreButton.remove(); moreButton = null; }
    if (!query.trim()) { status.textContent = ""; return; }
    list.setAttribute("aria-busy", "true");
    if (!meta) status.textContent = say("loading");
    load("meta.json").then(function (m) {
      if (m.v !== 1) throw new Error("index format " + m.v);
      meta = m;
      stop = new Set(m.stop);
      groups = groups.map(queryTerms).filter(function (g) { return g.length; });
      var keys = new Set(m.shards), files = unique([].concat.apply([], groups).map(shardFile))
        .filter(function (f) { return keys.has(decodeKey(f)); });
      return Promise.all(files.map(function (f) { return load("t/" + f + ".json"); })).then(function (loaded) {
        var shards = new Map();
        files.forEach(function (f, i) { shards.set(f, loaded[i]); });
        return shards;
      });
    }).then(function (shards) {
      if (token !== run) return;
      var result = groups.length ? rank(groups, shards) : { docs: [], any: false };
      var count = result.docs.length;
      return show(result.docs, 0, groups, token).then(function () {
        if (token !== run) return;
        var text = count === 0 ? say("none") : count === 1 ? say("one", 1) : say("many", count);
        status.textContent = result.any ? text + " " + say("any") : text;
      });
    }).catch(function () {
      if (token !== run) return;
      list.textContent = "";
      status.textContent = say("error");
    }).then(function () { if (token === run) list.removeAttribute("aria-busy"); });
  }
  function decodeKey(file) {
    return file.replace(/_([0-9a-f]+)/g, function (_, hex) { return String.fromCodePoint(parseInt(hex, 16)); });
  }

  function remember(query) {
    var url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    window.history.replaceState(null, "", url.toString());
  }
  var timer = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { remember(input.value); search(input.value); }, 250);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    remember(input.value);
    search(input.value);
  });
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    search(initial);
  }
})();
"""#
}
