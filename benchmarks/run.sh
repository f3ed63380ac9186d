#!/usr/bin/env bash
# Times portal and Hugo building the same reference corpus (../shared/bench) on this machine, then the same
# pages moved into three levels of nested sections (benchmarks/nest_corpus.py).
# usage: benchmarks/run.sh [PAIRS]     (default 2000 page pairs, the corpus the guide's figures use)
set -euo pipefail
cd "$(dirname "$0")/.."
PAIRS=${1:-2000}
SHARED=${SHARED:-../shared/bench}
WORK=${BENCH_DIR:-/tmp/portal-bench}
SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
need=()
command -v hugo >/dev/null || need+=(hugo)
command -v hyperfine >/dev/null || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
if ((${#need[@]})); then $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null; fi

PORTAL=$(pwd)/.build/release/portal
REPO=$(pwd)
echo "portal $("$PORTAL" --version), $(hugo version | cut -d' ' -f1-2), $(nproc) cores"

# One corpus in $1, built by both generators: hyperfine's times, then peak memory and pages written.
bench() {
  local dir=$1
  cp "$REPO/benchmarks/site.yaml" "$dir/site.yaml"
  mkdir -p "$dir/themes" && cp -r "$REPO/benchmarks/theme" "$dir/themes/bench"
  cp "$SHARED/hugo-site/hugo.yaml" "$dir/hugo.yaml" && cp -r "$SHARED/hugo-site/layouts" "$dir/layouts"
  echo "corpus: $(find "$dir/content" -name '*.md' | wc -l) Markdown files ($PAIRS pairs) in $dir"
  (cd "$dir"
    hyperfine --warmup 1 --runs 5 --export-markdown "$dir/times.md" \
      -n portal "$PORTAL build --output $dir/out-portal" \
      -n hugo "hugo --quiet --destination $dir/out-hugo"
    for tool in portal hugo; do
      if [ $tool = portal ]; then cmd=("$PORTAL" build --output "$dir/out-portal"); else cmd=(hugo --quiet --destination "$dir/out-hugo"); fi
      /usr/bin/time -f "$tool: peak memory %M KB, wall %e s" "${cmd[@]}" >/dev/null
    done 2>&1 | grep 'peak memory'
    echo "pages written: portal $(find out-portal -name '*.html' | wc -l) HTML files, hugo $(find out-hugo -name '*.html' | wc -l)")
}

rm -rf "$WORK" && mkdir -p "$WORK"
python3 "$SHARED/gen_corpus.py" "$WORK" --pages "$PAIRS"
bench "$WORK"

echo; echo "nested sections (three levels):"
rm -rf "$WORK-nested" && mkdir -p "$WORK-nested"
python3 "$SHARED/gen_corpus.py" "$WORK-nested" --pages "$PAIRS"
python3 benchmarks/nest_corpus.py "$WORK-nested"
bench "$WORK-nested"
