#!/usr/bin/env python3
"""Reports what benchmarks/run.sh measured in one corpus folder: median wall time and CPU time (hyperfine's JSON),
peak memory (GNU time, median of three runs each) and the ratios of portal to Hugo.
usage: compare.py DIR PORTAL_HTML_FILES HUGO_HTML_FILES"""
import json
import statistics
import sys
from pathlib import Path

folder = Path(sys.argv[1])
html = {"portal": int(sys.argv[2]), "hugo": int(sys.argv[3])}


def cpu(result):
    """User + system time: the median of the runs where hyperfine lists them, else its mean (hyperfine < 1.16)."""
    user, system = result["user"], result["system"]
    if isinstance(user, list):
        return statistics.median(u + s for u, s in zip(user, system))
    return user + system


def runs(name):
    """{command name: (median wall, user+system)} of one hyperfine export."""
    results = json.loads((folder / f"{name}.json").read_text())["results"]
    return {r["command"]: (statistics.median(r["times"]), cpu(r)) for r in results}


memory = {}
for line in (folder / "memory.txt").read_text().split("\n"):
    parts = line.split()
    if len(parts) == 2 and parts[1].isdigit():
        memory.setdefault(parts[0], []).append(int(parts[1]) / 1024)
peak = {tool: statistics.median(values) for tool, values in memory.items()}

print(f"| build | portal wall | Hugo wall | ratio | portal CPU | Hugo CPU | ratio |")
print(f"| --- | --- | --- | --- | --- | --- | --- |")
for name, label in (("rebuild", "no-change rebuild into the last output"), ("clean", "clean (empty output folder)")):
    r = runs(name)
    (pw, pc), (hw, hc) = r["portal"], r["hugo"]
    print(f"| {label} | {pw:.3f} s | {hw:.3f} s | {pw / hw:.2f} | {pc:.3f} s | {hc:.3f} s | {pc / hc:.2f} |")
    if "portal-no-cache" in r:
        nw, nc = r["portal-no-cache"]
        print(f"| {label}, --no-cache | {nw:.3f} s | {hw:.3f} s | {nw / hw:.2f} | {nc:.3f} s | {hc:.3f} s | {nc / hc:.2f} |")
print(f"peak memory (median of 3): portal {peak['portal']:.0f} MB, Hugo {peak['hugo']:.0f} MB, "
      f"ratio {peak['portal'] / peak['hugo']:.2f}")
print(f"HTML files written: portal {html['portal']}, Hugo {html['hugo']}")
