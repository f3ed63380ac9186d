#!/usr/bin/env bash
# Times portal and Hugo building the same reference corpus (../shared/bench) on this machine, in alternation:
# a no-change rebuild into the previous output (what CI with a kept folder and the dev loop do) and a clean
# build into an empty folder (and no .portal-cache/); then the same pages moved into three levels of nested sections
# (benchmarks/nest_corpus.py). benchmarks/compare.py turns hyperfine's and GNU time's figures into ratios.
# usage: benchmarks/run.sh [PAIRS...]     (default: 2000 10000 page pairs; the guide's figures use 2000)
#        NESTED=0 skips the nested corpus, RUNS=N sets hyperfine's runs (5)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-2000}")
[ $# -gt 0 ] || SIZES=(2000 10000)
SHARED=${SHARED:-../shared/bench}
WORK=${BENCH_DIR:-/tmp/portal-bench}
RUNS=${RUNS:-5}
SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
need=()
command -v hugo >/dev/null || need+=(hugo)
command -v hyperfine >/dev/null || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
if ((${#need[@]})); then $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null; fi

PORTAL=$(pwd)/.build/release/portal
REPO=$(pwd)
echo "portal $("$PORTAL" --version), $(hugo version | cut -d' ' -f1-2), $(nproc) cores"

# One corpus in $1 ($2 pairs), built by both generators.
bench() {
  local dir=$1 pairs=$2
  cp "$REPO/benchmarks/site.yaml" "$dir/site.yaml"
  mkdir -p "$dir/themes" && cp -r "$REPO/benchmarks/theme" "$dir/themes/bench"
  cp "$SHARED/hugo-site/hugo.yaml" "$dir/hugo.yaml" && cp -r "$SHARED/hugo-site/layouts" "$dir/layouts"
  echo "corpus: $(find "$dir/content" -name '*.md' | wc -l) Markdown files ($pairs pairs) in $dir"
  (cd "$dir"
    local portal="$PORTAL build --output $dir/out-portal" hugo="hugo --quiet --destination $dir/out-hugo"
    local clean="rm -rf $dir/out-portal $dir/.out-portal.build $dir/.portal-cache $dir/out-hugo"
    # hyperfine runs its commands one after the other in each round, so both meet the same machine. The rebuild
    # is measured twice for portal: as `portal build` runs it (front matter and Markdown from .portal-cache/) and
    # with --no-cache (every file read and rendered again, as Hugo does).
    hyperfine --warmup 1 --runs "$RUNS" --export-json "$dir/rebuild.json" -n portal "$portal" -n hugo "$hugo" \
      -n portal-no-cache "$portal --no-cache" >/dev/null
    hyperfine --runs "$RUNS" --prepare "$clean" --export-json "$dir/clean.json" -n portal "$portal" -n hugo "$hugo" >/dev/null
    # Peak memory, each tool alone, in alternation.
    : > "$dir/memory.txt"
    for round in 1 2 3; do
      /usr/bin/time -a -o "$dir/memory.txt" -f "portal %M" $portal >/dev/null
      /usr/bin/time -a -o "$dir/memory.txt" -f "hugo %M" $hugo >/dev/null
    done
    python3 "$REPO/benchmarks/compare.py" "$dir" \
      "$(find out-portal -name '*.html' | wc -l)" "$(find out-hugo -name '*.html' | wc -l)")
}

for pairs in "${SIZES[@]}"; do
  echo
  rm -rf "$WORK-$pairs" && mkdir -p "$WORK-$pairs"
  python3 "$SHARED/gen_corpus.py" "$WORK-$pairs" --pages "$pairs" >/dev/null
  bench "$WORK-$pairs" "$pairs"
done

[ "${NESTED:-1}" = 0 ] && exit 0
echo; echo "nested sections (three levels, ${SIZES[0]} pairs):"
rm -rf "$WORK-nested" && mkdir -p "$WORK-nested"
python3 "$SHARED/gen_corpus.py" "$WORK-nested" --pages "${SIZES[0]}" >/dev/null
python3 benchmarks/nest_corpus.py "$WORK-nested"
bench "$WORK-nested" "${SIZES[0]}"
