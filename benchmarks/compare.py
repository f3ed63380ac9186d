#!/usr/bin/env python3
"""Reports what benchmarks/run.sh measured in one corpus folder: median wall time, CPU time (user + system) and
peak memory of each command over the alternating rounds (GNU time's lines "name wall user system peak-KB" in
rebuild.txt and clean.txt), and the ratios of portal to Hugo.
usage: compare.py DIR PORTAL_HTML_FILES HUGO_HTML_FILES"""
import statistics
import sys
from pathlib import Path

folder = Path(sys.argv[1])
html = {"portal": int(sys.argv[2]), "hugo": int(sys.argv[3])}


def medians(phase):
    """{command name: (median wall s, median user+system s, median peak MB, runs)} of one phase."""
    runs = {}
    for line in (folder / f"{phase}.txt").read_text().splitlines():
        parts = line.split()
        if len(parts) == 5 and parts[4].isdigit():
            wall, user, system, peak = float(parts[1]), float(parts[2]), float(parts[3]), int(parts[4]) / 1024
            runs.setdefault(parts[0], []).append((wall, user + system, peak))
    return {name: tuple(statistics.median(r[i] for r in rows) for i in range(3)) + (len(rows),)
            for name, rows in runs.items()}


print("| build | portal wall | Hugo wall | ratio | portal CPU | Hugo CPU | ratio | portal peak | Hugo peak | ratio |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for phase, label in (("rebuild", "no-change rebuild into the last output"), ("clean", "clean (empty output folder)")):
    r = medians(phase)
    hw, hc, hm, _ = r["hugo"]
    for name, suffix in (("portal", ""), ("portal-no-cache", ", --no-cache")):
        if name not in r:
            continue
        pw, pc, pm, n = r[name]
        print(f"| {label}{suffix} | {pw:.3f} s | {hw:.3f} s | {pw / hw:.2f} | {pc:.3f} s | {hc:.3f} s | {pc / hc:.2f} "
              f"| {pm:.0f} MB | {hm:.0f} MB | {pm / hm:.3f} |")
print(f"medians of {r['portal'][3]} alternating rounds; HTML files written: portal {html['portal']}, Hugo {html['hugo']}")
