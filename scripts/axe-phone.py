#!/usr/bin/env python3
"""axe-core at a phone's width: every page of a built site in headless Chromium 390 px wide.

The shared validator (../shared/validate/a11y.py) checks pages at 1280 px; layouts change below that (the
menu wraps, tables scroll), so `make check` runs this too. Run with the venv python that
../shared/validate/setup.sh prints (selenium, and axe-core as shipped by axe-playwright-python).
usage: axe-phone.py DIR [WIDTH]      exit 1 on any violation, or on a page wider than the screen
"""
import functools, http.server, os, sys, threading

import axe_playwright_python
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

root = sys.argv[1]
width = int(sys.argv[2]) if len(sys.argv) > 2 else 390
pages = sorted(
    "/" + os.path.relpath(os.path.join(folder, name), root).replace("index.html", "")
    for folder, _, names in os.walk(root) for name in names if name.endswith(".html"))


class Silent(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # the browser closing a connection early is not a finding


server = Server(("127.0.0.1", 0), functools.partial(Silent, directory=root))
threading.Thread(target=server.serve_forever, daemon=True).start()
script = open(os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js"), encoding="utf-8").read()
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={width},900"):
    options.add_argument(flag)
browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
# Headless Chromium starts no narrower than 500 px whatever --window-size says; resizing the open window is what
# gives a phone's width. The check refuses to run at any other width than the one asked for.
browser.set_window_size(width, 900)
browser.get("data:text/html,<p>width</p>")
viewport = browser.execute_script("return document.documentElement.clientWidth")
if viewport != width:
    browser.quit()
    sys.exit(f"axe-phone: the page is {viewport} px wide, not {width} px")
found = 0
try:
    for page in pages:
        browser.get(f"http://127.0.0.1:{server.server_address[1]}{page}")
        browser.execute_script(script)
        result = browser.execute_async_script(
            "const done = arguments[0]; axe.run(document, {runOnly: {type: 'tag', values: "
            "['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice']}}).then(done);")
        # WCAG 1.4.10 (reflow): nothing may make a phone's reader scroll sideways.
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            found += 1
            print(f"{page}: the page is {overflow} px wider than the {width} px screen (WCAG 1.4.10, reflow)")
        for violation in result["violations"]:
            found += 1
            print(f"{page}: [{violation['impact']}] {violation['id']}: {violation['help']} "
                  f"e.g. {violation['nodes'][0]['target']}")
finally:
    browser.quit()
    server.shutdown()
print(f"a11y at {width} px: {len(pages)} pages, {found} violations (axe-core)")
sys.exit(1 if found else 0)
