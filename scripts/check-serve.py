#!/usr/bin/env python3
"""`portal serve` in headless Chromium, as an editor uses it: a page open in the browser reloads by itself after
a save; a broken file shows an accessible dialog (focus on it, its text readable) over the last good page, and
the dialog goes away by itself once the file is fixed; a stylesheet change is swapped in without a reload.

usage: check-serve.py PORTAL SITE_DIR     exit 1 on any failed expectation
Works on a copy of SITE_DIR (never edits the sources); run it with the venv python of ../shared/validate/setup.sh.
"""
import os, re, shutil, subprocess, sys, tempfile, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

portal, source = sys.argv[1], sys.argv[2]
work = tempfile.mkdtemp(prefix="portal-check-serve-")
site = os.path.join(work, "site")
shutil.copytree(source, site, ignore=shutil.ignore_patterns("public", ".portal-cache", ".build", ".git", "Tests", "Sources"))
page_file = os.path.join(site, "content", "za-nas.bg.md")
original = open(page_file, encoding="utf-8").read()

server = subprocess.Popen([portal, "serve", "--source", site, "--port", "0"], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
origin = None
for line in server.stdout:
    match = re.search(r"serving (http://\S+)", line)
    if match:
        origin = match.group(1).rstrip("/")
        break
failures = []


def expect(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


opts = webdriver.ChromeOptions()
opts.binary_location = "/usr/bin/chromium"
for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
    opts.add_argument(a)
drv = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
try:
    assert origin, "the server did not start"
    drv.get(origin + "/za-nas/")
    WebDriverWait(drv, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
    # A marker on the window survives nothing but the same document: gone after a reload.
    drv.execute_script("window.portalCheck = 1")
    expect(drv.find_elements(By.CSS_SELECTOR, 'script[src="/__portal/live.js"]'), "the live-reload script is missing")

    # Save an edit: the open page reloads by itself and shows it.
    write(page_file, original + "\nПроверка на живото презареждане.\n")
    WebDriverWait(drv, 20).until(lambda d: "Проверка на живото презареждане." in d.page_source)
    expect(drv.execute_script("return window.portalCheck") is None, "the page changed without a reload")

    # Break the file: the last good page stays, and a dialog says what is wrong, with focus on it.
    write(page_file, "---\ntitle: [счупено\n---\nТекст.\n")
    WebDriverWait(drv, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, '[role="alertdialog"]'))
    dialog = drv.find_element(By.CSS_SELECTOR, '[role="alertdialog"]')
    expect("content/za-nas.bg.md:" in dialog.text and "invalid YAML" in dialog.text, f"dialog text: {dialog.text!r}")
    expect(drv.execute_script("return document.activeElement.getAttribute('role')") == "alertdialog",
           "focus did not move to the dialog")
    labelled = drv.execute_script(
        "var d = document.querySelector('[role=alertdialog]');"
        "return document.getElementById(d.getAttribute('aria-labelledby')).textContent")
    expect("could not be built" in labelled, f"the dialog's name: {labelled!r}")
    expect("Проверка на живото презареждане." in drv.page_source, "the last good page is no longer shown")
    expect(drv.execute_script("return document.querySelector('main').closest('[inert]') !== null"),
           "the page behind the dialog can still be reached")
    drv.find_element(By.TAG_NAME, "body").send_keys("\ue00c")  # Escape closes it, focus goes back
    expect(not drv.find_elements(By.CSS_SELECTOR, '[role="alertdialog"]'), "Escape did not close the dialog")
    expect(drv.execute_script("return document.querySelector('main').closest('[inert]') === null"),
           "the page stayed inert after the dialog closed")
    # Broken again: the dialog comes back, and this time the fix below must take it away by itself.
    write(page_file, "---\ntitle: [счупено отново\n---\nТекст.\n")
    WebDriverWait(drv, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, '[role="alertdialog"]'))

    # Fix it: the dialog goes away by itself and the fixed page is shown.
    write(page_file, original + "\nПоправено.\n")
    WebDriverWait(drv, 20).until(lambda d: "Поправено." in d.page_source)
    expect(not drv.find_elements(By.CSS_SELECTOR, '[role="alertdialog"]'), "the dialog stayed after the fix")

    # A stylesheet change is swapped in place: same document, new rule applied.
    drv.execute_script("window.portalCheck = 2")
    css = os.path.join(site, "themes", "naso", "static", "css", "style.css")
    if os.path.exists(css):
        write(css, open(css, encoding="utf-8").read() + "\nbody { outline: 3px solid rgb(1, 2, 3); }\n")
        WebDriverWait(drv, 20).until(
            lambda d: d.execute_script("return getComputedStyle(document.body).outlineColor") == "rgb(1, 2, 3)")
        expect(drv.execute_script("return window.portalCheck") == 2, "a stylesheet change reloaded the page")
    else:
        failures.append(f"no stylesheet at {css} to change")
except Exception as error:  # a wait that timed out, or the server gone
    failures.append(f"{type(error).__name__}: {error}")
finally:
    drv.quit()
    server.terminate()
    server.wait(timeout=10)
    shutil.rmtree(work, ignore_errors=True)

if failures:
    print(f"check-serve: {len(failures)} failure(s)")
    sys.exit(1)
print("check-serve: reload after a save, the problems dialog and its recovery, stylesheet swap: all passed")
