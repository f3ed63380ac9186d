#!/usr/bin/env bash
# Search on the 2,000-pair reference corpus: index size on disk, the build time search adds, and the bytes a
# browser fetches for typical queries, beside Pagefind (PyPI pagefind-bin) on the same built site.
# usage: benchmarks/search.sh [PAIRS]     (needs a release build of portal and ../shared/validate's venv)
set -euo pipefail
cd "$(dirname "$0")/.."
PAIRS=${1:-2000}
SHARED=${SHARED:-../shared/bench}
WORK=${BENCH_DIR:-/tmp/portal-search-bench}
PORTAL=$(pwd)/.build/release/portal
PY="$(bash ../shared/validate/setup.sh | tail -n 1)/bin/python"
"$PY" -c 'import pagefind_bin' 2>/dev/null || "$PY" -m pip install -q pagefind-bin

rm -rf "$WORK" && mkdir -p "$WORK/themes"
python3 "$SHARED/gen_corpus.py" "$WORK" --pages "$PAIRS" >/dev/null
cp benchmarks/site.yaml "$WORK/site.yaml"
cp -r benchmarks/theme "$WORK/themes/bench"
# The benchmark theme plus a search page, so the index is built (make bench's theme has none, as Hugo has none).
cat > "$WORK/themes/bench/templates/search.mustache" <<'T'
{{<base}}{{$main}}<h1 id="t">{{page.title}}</h1>
<form id="search-form" role="search" aria-labelledby="t" action="{{page.url}}"><label for="q">{{i18n.searchLabel}}</label>
<input id="q" type="search" name="q"><button>{{i18n.searchButton}}</button></form>
<p id="search-status" role="status" aria-live="polite"></p>
<div id="search-results" data-index="{{search.index}}" data-none="{{i18n.searchNone}}" data-one="{{i18n.searchOne}}" data-many="{{i18n.searchMany}}" data-any="{{i18n.searchAnyWord}}" data-more="{{i18n.searchMore}}" data-error="{{i18n.searchError}}"></div>
<script src="{{search.script}}" defer></script>{{/main}}{{/base}}
T
cd "$WORK"
echo "portal build with search (3 runs):"
for i in 1 2 3; do "$PORTAL" build --output "$WORK/out" --timings | grep -E "^built|search index"; done
echo "index on disk: bg $(du -sb out/tarsene/index | cut -f1) bytes in $(find out/tarsene/index -type f | wc -l) files," \
  "en $(du -sb out/en/search/index | cut -f1) bytes in $(find out/en/search/index -type f | wc -l) files;" \
  "script $(wc -c < out/portal-search.js) bytes ($(gzip -9c out/portal-search.js | wc -c) gzipped)"
rm -rf out-pf && cp -r out out-pf
echo "pagefind: $( { /usr/bin/time -f '%e s' "$PY" -m pagefind_bin --site out-pf >/dev/null; } 2>&1 )," \
  "$(du -sb out-pf/pagefind | cut -f1) bytes in $(find out-pf/pagefind -type f | wc -l) files"
cd - >/dev/null
# Words of the corpus's fixed vocabulary: one Cyrillic, its Latin spelling, an inflected form, two words, English.
"$PY" benchmarks/search_bytes.py portal "$WORK/out" /tarsene/ декларация deklaratsia общини "социални услуги"
"$PY" benchmarks/search_bytes.py portal "$WORK/out" /en/search/ declaration
"$PY" benchmarks/search_bytes.py pagefind "$WORK/out-pf" декларация deklaratsia общини "социални услуги" declaration
