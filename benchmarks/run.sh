#!/usr/bin/env bash
# Times portal and Hugo building the same reference corpus (../shared/bench) on this machine.
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

rm -rf "$WORK" && mkdir -p "$WORK"
python3 "$SHARED/gen_corpus.py" "$WORK" --pages "$PAIRS"
cp benchmarks/site.yaml "$WORK/site.yaml"
mkdir -p "$WORK/themes" && cp -r benchmarks/theme "$WORK/themes/bench"
cp "$SHARED/hugo-site/hugo.yaml" "$WORK/hugo.yaml" && cp -r "$SHARED/hugo-site/layouts" "$WORK/layouts"
PORTAL=$(pwd)/.build/release/portal
files=$(find "$WORK/content" -name '*.md' | wc -l)
echo "corpus: $files Markdown files ($PAIRS pairs) in $WORK"
echo "portal $("$PORTAL" --version), $(hugo version | cut -d' ' -f1-2), $(nproc) cores"

cd "$WORK"
hyperfine --warmup 1 --runs 5 --export-markdown "$WORK/times.md" \
  -n portal "$PORTAL build --output $WORK/out-portal" \
  -n hugo "hugo --quiet --destination $WORK/out-hugo"
for tool in portal hugo; do
  if [ $tool = portal ]; then cmd=("$PORTAL" build --output "$WORK/out-portal"); else cmd=(hugo --quiet --destination "$WORK/out-hugo"); fi
  /usr/bin/time -f "$tool: peak memory %M KB, wall %e s" "${cmd[@]}" >/dev/null
done 2>&1 | grep 'peak memory'
echo "pages written: portal $(find out-portal -name '*.html' | wc -l) HTML files, hugo $(find out-hugo -name '*.html' | wc -l)"
