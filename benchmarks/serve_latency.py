#!/usr/bin/env python3
"""Edit-to-served latency of `portal serve`: writes a content file with a new marker, then asks the server for the
page until the marker is in it; the median of several edits, and the server's resident memory after the first
build and after every edit.

usage: serve_latency.py PORTAL SITE_DIR CONTENT_FILE PAGE_URL_PATH [EDITS]
       EDIT=title puts the marker in the page's title (a front matter edit) instead of appending it to the body.
"""
import os, re, statistics, subprocess, sys, time, urllib.request

portal, site, content, page = sys.argv[1:5]
edits = int(sys.argv[5]) if len(sys.argv) > 5 else 20
server = subprocess.Popen([portal, "serve", "--source", site, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
url = None
for line in server.stdout:
    match = re.search(r"serving (http://\S+)", line)
    if match:
        url = match.group(1).rstrip("/")
        break
assert url, "the server did not start"


def rss_mb():
    for line in open(f"/proc/{server.pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024


def fetch():
    with urllib.request.urlopen(url + page) as response:
        return response.read().decode()


original = open(os.path.join(site, content), encoding="utf-8").read()
after_first = rss_mb()
times, memory = [], []
try:
    for i in range(edits):
        marker = f"portal-edit-{i}-{time.time_ns()}"
        started = time.perf_counter()
        with open(os.path.join(site, content), "w", encoding="utf-8") as f:
            if os.environ.get("EDIT") == "title":
                f.write(re.sub(r'^title: "?([^"\n]*)"?$', lambda m: f'title: "{m.group(1)} {marker}"', original, count=1, flags=re.M))
            else:
                f.write(original + f"\n{marker}\n")
        while marker not in fetch():
            time.sleep(0.002)
        times.append((time.perf_counter() - started) * 1000)
        memory.append(rss_mb())
finally:
    open(os.path.join(site, content), "w", encoding="utf-8").write(original)
    server.terminate()
    server.wait()
print(f"{os.environ.get('EDIT', 'body')} edits: {edits}; edit-to-served median {statistics.median(times):.0f} ms, min {min(times):.0f}, max {max(times):.0f}")
print(f"resident memory: {after_first:.0f} MB after the first build, {memory[len(memory)//2]:.0f} MB halfway, {memory[-1]:.0f} MB after {edits} edits")
