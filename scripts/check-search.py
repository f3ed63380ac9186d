#!/usr/bin/env python3
"""Runs real queries through each language's search page in headless Chromium (Selenium), as a reader would.

usage: check-search.py PUBLIC_DIR     exit 1 on any failed expectation
Run it with the venv python of ../shared/validate/setup.sh (it has selenium). Checks Cyrillic, Latin-typed
Bulgarian, inflected and English queries, the live region, the <mark>s, a query with markup shown as text,
a query with no words, and a missing index (a polite message, not a blank page).
"""
import functools, http.server, os, sys, threading, urllib.parse
import axe_playwright_python
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

root = sys.argv[1]
BROKEN = "/__broken-search/"


class Handler(http.server.SimpleHTTPRequestHandler):
    """The built site, plus the Bulgarian search page at BROKEN with its index pointing nowhere."""

    def do_GET(self):
        if self.path.startswith(BROKEN):
            html = open(os.path.join(root, "tarsene", "index.html"), encoding="utf-8").read()
            body = html.replace('data-index="/tarsene/index/"', 'data-index="/no-such-index/"').encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def log_message(self, *args):
        pass


srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=root))
threading.Thread(target=srv.serve_forever, daemon=True).start()
origin = f"http://127.0.0.1:{srv.server_address[1]}"

opts = webdriver.ChromeOptions()
opts.binary_location = "/usr/bin/chromium"
for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=390,900"):
    opts.add_argument(a)
drv = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
drv.set_window_size(390, 900)  # headless Chromium starts no narrower than 500 px whatever --window-size says
failures = []


def search(page, query):
    """Opens PAGE?q=QUERY and waits until the live region reports; returns (status, result URLs)."""
    drv.get(origin + page + "?q=" + urllib.parse.quote(query))
    WebDriverWait(drv, 10).until(
        lambda d: d.find_element(By.ID, "search-status").text.strip()
        and d.find_element(By.ID, "search-results").get_attribute("aria-busy") is None)
    status = drv.find_element(By.ID, "search-status").text.strip()
    links = [a.get_attribute("href")[len(origin):] for a in drv.find_elements(By.CSS_SELECTOR, "#search-results li > a")]
    return status, links


def expect(page, query, url, within=5):
    status, links = search(page, query)
    ok = url in links[:within]
    print(f"{'ok  ' if ok else 'FAIL'} {page}?q={query}: {status} top: {links[:3]}")
    if not ok:
        failures.append(f"{page}?q={query}: {url} not in the first {within} results {links[:within]}")
    return status, links


try:
    bg, en = "/tarsene/", "/en/search/"
    declaration_bg = "/deklaratsii/co-resp-declaration/"
    for query in ["декларация", "декларации", "Декларацията", "deklaratsia", "deklaraciq", "deklaratsiya", "деклар"]:
        expect(bg, query, declaration_bg)
    for query in ["община", "общини", "obshtina", "obstina", "stolichna obshtina"]:
        expect(bg, query, "/novini/sreshta-sas-stolichna-obshtina/")
    expect(bg, "ЕАСПД", "/proekti/co-resp/", within=10)
    expect(bg, "uchastie", "/novini/uchastie-na-naso-v-nay-golyamoto-sabitie-v/", within=10)
    expect(bg, "sabitie", "/novini/uchastie-na-naso-v-nay-golyamoto-sabitie-v/", within=10)
    expect(bg, "subitie", "/novini/uchastie-na-naso-v-nay-golyamoto-sabitie-v/", within=10)
    expect(bg, "vizhan", "/novini/kreativen-tiymbilding-za-ekipa-na-asr-vizhan/", within=5)
    expect(bg, "vijan", "/novini/kreativen-tiymbilding-za-ekipa-na-asr-vizhan/", within=5)
    expect(en, "declaration", "/en/declarations/co-resp-declaration/")
    expect(en, "declarations", "/en/declarations/co-resp-declaration/")
    expect(en, "easpd", "/en/news/easpd-forum-of-employment/", within=10)

    # The live region, the marks, and the query kept in the box.
    status, _ = search(bg, "декларация")
    region = drv.find_element(By.ID, "search-status")
    if region.get_attribute("role") != "status" or region.get_attribute("aria-live") != "polite":
        failures.append("the result count is not in a polite live region")
    marks = [m.text for m in drv.find_elements(By.CSS_SELECTOR, "#search-results mark")]
    if not any(m.lower().startswith("деклар") for m in marks):
        failures.append(f"no <mark> around the matched word: {marks[:5]}")
    if drv.find_element(By.ID, "search-input").get_attribute("value") != "декларация":
        failures.append("the query is not shown in the search box")
    if not any(ch.isdigit() for ch in status):
        failures.append(f"the live region does not give the count: {status!r}")

    # axe-core on a page showing results (the validators' own run sees the search pages empty).
    drv.execute_script(open(os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js"), encoding="utf-8").read())
    res = drv.execute_async_script(
        "const done = arguments[0]; axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice']}}).then(done);")
    for v in res["violations"]:
        failures.append(f"axe on the results: {v['id']}: {v['help']} e.g. {v['nodes'][0]['target']}")
    print(f"ok   axe on the results: {len(res['violations'])} violations")

    # Latin-typed Bulgarian finds the Cyrillic words, marked.
    search(bg, "obshtina")
    marks = [m.text.lower() for m in drv.find_elements(By.CSS_SELECTOR, "#search-results mark")]
    if not any(m.startswith("общин") for m in marks):
        failures.append(f"'obshtina' did not mark 'община': {marks[:5]}")

    # Markup in a query is text: no element is made from it, no script runs.
    hostile = '<img src=x onerror="window.hacked=1"><b>декларация</b> "\' &amp;'
    status, _ = search(bg, hostile)
    if drv.execute_script("return window.hacked === 1") or drv.find_elements(By.CSS_SELECTOR, "main img[src=x], #search-results b"):
        failures.append("markup in the query became part of the page")
    if drv.find_element(By.ID, "search-input").get_attribute("value") != hostile:
        failures.append("the query with markup was not kept as typed")
    print(f"ok   markup query: {status}")

    for query in ["🙂🙂", "!!!", "x" * 3000]:
        status, links = search(bg, query)
        if links:
            failures.append(f"{query[:20]!r} found pages: {links[:3]}")
        print(f"ok   {query[:20]!r}: {status}")

    # A missing index: a polite message and the sections to browse.
    drv.get(origin + BROKEN + "?q=" + urllib.parse.quote("декларация"))
    WebDriverWait(drv, 10).until(lambda d: d.find_element(By.ID, "search-status").text.strip())
    status = drv.find_element(By.ID, "search-status").text.strip()
    browse = drv.find_elements(By.CSS_SELECTOR, ".search-browse a")
    if "сайта" not in status and "раздел" not in status or not browse:
        failures.append(f"a missing index gave {status!r} and {len(browse)} links to browse")
    print(f"ok   missing index: {status}")
finally:
    drv.quit()
    srv.shutdown()

for f in failures:
    print("FAIL", f)
print(f"search: {len(failures)} failures")
sys.exit(1 if failures else 0)
