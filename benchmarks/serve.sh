#!/usr/bin/env bash
# portal serve on the 2,000-pair reference corpus: edit-to-served latency (median of 100 edits of a page's body by
# default, then 10 of its title) and the server's memory after the first build and after every edit
# (benchmarks/serve_latency.py).
# usage: benchmarks/serve.sh [EDITS]      (needs a release build of portal)
set -euo pipefail
cd "$(dirname "$0")/.."
EDITS=${1:-100}
WORK=${BENCH_DIR:-/tmp/portal-serve-bench}
rm -rf "$WORK" && mkdir -p "$WORK/themes"
python3 ../shared/bench/gen_corpus.py "$WORK" --pages 2000 >/dev/null
cp benchmarks/site.yaml "$WORK/site.yaml" && cp -r benchmarks/theme "$WORK/themes/bench"
file=content/news/$(ls "$WORK/content/news" | grep -v _index | grep "\.bg\.md$" | sed -n 1p)
slug=$(basename "$file" .bg.md)
python3 benchmarks/serve_latency.py "$(pwd)/.build/release/portal" "$WORK" "$file" "/news/$slug/" "$EDITS"
EDIT=title python3 benchmarks/serve_latency.py "$(pwd)/.build/release/portal" "$WORK" "$file" "/news/$slug/" 10
