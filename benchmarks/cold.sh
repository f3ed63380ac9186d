#!/usr/bin/env bash
# Times --no-cache rebuilds that find none of their files in the page cache, against the same rebuild right after,
# for two or more portal binaries (or `hugo`) on one corpus, in alternation: medians of wall time, CPU and peak memory.
# A machine that reclaims idle file pages (this one pages out what was not touched for a minute or so), or the first
# build after a pause, starts like this. The kernel is told to drop the pages of the content, the output and portal's
# work folder (posix_fadvise DONTNEED, after they were written back), which is what that reclaim leaves behind.
# usage: benchmarks/cold.sh CORPUS_DIR ROUNDS PORTAL_BINARY|hugo...   (CORPUS_DIR as benchmarks/run.sh prepares it;
#        for hugo, with its hugo.yaml and layouts/ copied in)
set -euo pipefail
[ $# -ge 3 ] || { sed -n '2,8p' "$0"; exit 2; }
corpus=$1 runs=$2; shift 2
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cd "$corpus"
command_of() {  # the build command of tool number $1
  local tool=${tools[$1 - 1]}
  if [ "$tool" = hugo ]; then echo "hugo --quiet --destination out-cold$1"; else echo "$tool build --no-cache --output out-cold$1"; fi
}
drop_pages() {
  sync
  python3 - "$@" <<'PY'
import os, sys
for root in sys.argv[1:]:
    for folder, _, files in os.walk(root):
        for name in files:
            try: descriptor = os.open(os.path.join(folder, name), os.O_RDONLY)
            except OSError: continue
            os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
            os.close(descriptor)
PY
}
tools=("$@")
for number in $(seq "$#"); do for warm in 1 2; do $(command_of "$number") >/dev/null 2>&1; done; done
for round in $(seq "$runs"); do
  order=($(seq "$#")); ((round % 2)) || order=($(seq "$#" -1 1))
  for number in "${order[@]}"; do
    drop_pages content "out-cold$number" ".out-cold$number.build"
    /usr/bin/time -a -o "$log" -f "$number cold %e %U %S %M" $(command_of "$number") >/dev/null
    /usr/bin/time -a -o "$log" -f "$number warm %e %U %S %M" $(command_of "$number") >/dev/null
  done
done
python3 - "$log" "$@" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
for number, tool in enumerate(sys.argv[2:], 1):
    for kind in ("cold", "warm"):
        runs = [r for r in rows if r[0] == str(number) and r[1] == kind]
        wall = [float(r[2]) for r in runs]
        print(f"{tool[-20:]:>20} {kind}: wall {statistics.median(wall):.2f} s ({min(wall):.2f}-{max(wall):.2f}), "
              f"CPU {statistics.median(float(r[3]) + float(r[4]) for r in runs):.2f} s, "
              f"peak {statistics.median(int(r[5]) for r in runs) / 1024:.1f} MB")
PY
