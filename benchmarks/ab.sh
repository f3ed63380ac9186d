#!/usr/bin/env bash
# Compares two or more portal binaries on one corpus, builds in alternation so each round meets the same machine:
# median wall time, CPU time and peak memory (GNU time, in KB), and the median of each stage `--timings` reports.
# On a shared machine whose speed moves by a third within minutes, this is how a change is measured before it lands.
# usage: benchmarks/ab.sh CORPUS_DIR RUNS PORTAL_BINARY...     (CORPUS_DIR as benchmarks/run.sh prepares it)
# Each binary builds its own copy of the corpus (hard links, so `.portal-cache/` is its own: binaries whose cache keys
# differ would otherwise render each other's bodies again), twice first, so every timed build is a no-change rebuild.
# CLEAN=1 times clean builds instead: before each, the copy's output, work folder and cache are moved aside (into
# CORPUS_DIR/moved-aside, deleted at the end; deleting them between builds would charge the next build for the freed
# inodes, see run.sh).
set -euo pipefail
[ $# -ge 3 ] || { sed -n '2,10p' "$0"; exit 2; }
corpus=$1 runs=$2; shift 2
log=$(mktemp)
trap 'rm -f "$log"' EXIT
number=0
for binary in "$@"; do
  number=$((number + 1))
  copy="$corpus/ab$number"
  mkdir -p "$copy"
  for entry in "$corpus"/*; do  # the site's files; not the outputs, other copies or hidden work folders and caches
    case ${entry##*/} in ab[0-9]* | out* | moved-aside) continue ;; esac
    [ -e "$copy/${entry##*/}" ] || cp -al "$entry" "$copy/"
  done
  for warm in 1 2; do "$binary" build --source "$copy" --output "$copy/out" >/dev/null 2>&1; done
done
binaries=("$@")
for round in $(seq "$runs"); do
  # Every other round runs the binaries in reverse order: on this machine the same binary measured 5 % slower when it
  # always ran first in its round than when it always ran second.
  order=($(seq "$#")); ((round % 2)) || order=($(seq "$#" -1 1))
  for number in "${order[@]}"; do
    binary=${binaries[number - 1]}
    if [ "${CLEAN:-0}" = 1 ]; then
      aside=$(mkdir -p "$corpus/moved-aside" && mktemp -d "$corpus/moved-aside/XXXXXX")
      for name in out .out.build .portal-cache; do
        [ ! -e "$corpus/ab$number/$name" ] || mv "$corpus/ab$number/$name" "$aside/"
      done
    fi
    /usr/bin/time -f "$number time %e %U %S %M" -a -o "$log" \
      "$binary" build --timings --source "$corpus/ab$number" --output "$corpus/ab$number/out" 2>&1 |
      sed -n "s/^ *\(.*\): \([0-9.]*\) s$/$number stage \2 \1/p" >> "$log"
  done
done
rm -rf "$corpus/moved-aside"
python3 - "$log" "$@" <<'PY'
import statistics, sys
lines = [line.split(None, 3) for line in open(sys.argv[1])]
binaries = sys.argv[2:]
def median(values): return statistics.median(values) if values else float("nan")
print("binary".ljust(16) + "".join(f"{b[-15:]:>16}" for b in binaries))
rows = {"wall (s)": lambda r: float(r[2]), "CPU (s)": lambda r: sum(map(float, r[3].split()[:2])),
        "system (s)": lambda r: float(r[3].split()[1])}
for name, value in rows.items():
    print(name.ljust(16) + "".join(
        f"{median([value(r) for r in lines if r[0] == str(i + 1) and r[1] == 'time']):16.3f}" for i in range(len(binaries))))
print("peak (KB)".ljust(16) + "".join(
    f"{median([int(r[3].split()[2]) for r in lines if r[0] == str(i + 1) and r[1] == 'time']):16.0f}"
    for i in range(len(binaries))))
stages = []
for r in lines:
    if r[1] == "stage" and r[3].strip() not in stages: stages.append(r[3].strip())
for stage in stages:
    values = [median([float(r[2]) for r in lines if r[0] == str(i + 1) and r[1] == "stage" and r[3].strip() == stage])
              for i in range(len(binaries))]
    if max(values) >= 0.001: print(stage[:16].ljust(16) + "".join(f"{v:16.3f}" for v in values))
PY
