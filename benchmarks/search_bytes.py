#!/usr/bin/env python3
"""Bytes a browser fetches for search queries, portal's search against Pagefind's, in headless Chromium.

usage: search_bytes.py portal DIR SEARCH_PAGE QUERY...      e.g. portal public /tarsene/ декларация obshtina
       search_bytes.py pagefind DIR QUERY...                DIR already indexed by `pagefind --site DIR`
Each query runs in a fresh browser (empty cache) and shows the first 10 results with their text, as both
search pages do; prints results found and the bytes of every index, script and data file served (counted at the server, so a
worker's requests count too), as sent and as gzip would send them (Pagefind's own files are already compressed).
"""
import functools, gzip, http.server, json, os, sys, threading, urllib.parse
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

mode, root = sys.argv[1], sys.argv[2]
args = sys.argv[3:]
PROBE = "/__pagefind-probe.html"
PROBE_HTML = b"""<!DOCTYPE html><html lang="bg"><head><meta charset="utf-8"><title>probe</title></head><body><script type="module">
const q = new URLSearchParams(location.search).get("q");
const pagefind = await import("/pagefind/pagefind.js");
const search = await pagefind.search(q);
await Promise.all(search.results.slice(0, 10).map(r => r.data()));
window.found = search.results.length;
</script></body></html>"""


served = []  # (path, bytes, gzip bytes) of every file the server sent, workers' requests included


class Handler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith(PROBE):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(PROBE_HTML)
            return
        path = self.translate_path(self.path)
        if os.path.isfile(path):
            body = open(path, "rb").read()
            served.append((urllib.parse.unquote(self.path.split("?")[0]), len(body), len(gzip.compress(body, 6))))
        super().do_GET()

    def log_message(self, *a):
        pass


srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=root))
threading.Thread(target=srv.serve_forever, daemon=True).start()
origin = f"http://127.0.0.1:{srv.server_address[1]}"


def browser():
    o = webdriver.ChromeOptions()
    o.binary_location = "/usr/bin/chromium"
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu"):
        o.add_argument(a)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=o)


def fetched(d, marker):
    """Bytes of the files served whose path passes `marker` since the last call (counted at the server, so a
    web worker's requests count too; bodies only, no compression, since the test server sends none)."""
    picked = [(size, zipped) for path, size, zipped in served if marker(path)]
    served.clear()
    return sum(p[0] for p in picked), sum(p[1] for p in picked), len(picked)


if mode == "portal":
    page, queries = args[0], args[1:]
    for q in queries:
        d = browser()
        served.clear()
        d.get(origin + page + "?q=" + urllib.parse.quote(q))
        WebDriverWait(d, 20).until(lambda d: d.execute_script(
            "const s = document.getElementById('search-status').textContent.trim();"
            "return s && !document.getElementById('search-results').hasAttribute('aria-busy')"))
        found = d.execute_script("return document.getElementById('search-status').textContent.trim()")
        size, zipped, count = fetched(d, lambda n: "/index/" in n or n.endswith("portal-search.js"))
        print(json.dumps({"engine": "portal", "query": q, "status": found, "files": count, "bytes": size, "gzip": zipped},
                         ensure_ascii=False))
        d.quit()
else:
    for q in args:
        d = browser()
        served.clear()
        d.get(origin + PROBE + "?q=" + urllib.parse.quote(q))
        WebDriverWait(d, 30).until(lambda d: d.execute_script("return window.found !== undefined"))
        found = d.execute_script("return window.found")
        size, zipped, count = fetched(d, lambda n: "/pagefind/" in n)
        print(json.dumps({"engine": "pagefind", "query": q, "found": found, "files": count, "bytes": size, "gzip": zipped},
                         ensure_ascii=False))
        d.quit()
srv.shutdown()
