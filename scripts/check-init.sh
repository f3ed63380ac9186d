#!/usr/bin/env bash
# A newcomer's first minutes: `portal init` for bg,en and for bg,en,de, built at once and checked by the world's
# validators (Nu Html Checker, feeds and sitemap, links, axe-core at 1280 and 390 px); bad input exits 1 and
# writes nothing.
# usage: scripts/check-init.sh [PORTAL_BINARY] [VALIDATE_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
PORTAL=$(cd "$(dirname "${1:-.build/release/portal}")" && pwd)/$(basename "${1:-.build/release/portal}")
VALIDATE=$(cd "${2:-../shared/validate}" && pwd)
PYTHON="$(bash "$VALIDATE/setup.sh" | tail -n 1)/bin/python"
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
fail() { echo "init: $*"; exit 1; }
cd "$WORK"

for languages in bg,en bg,en,de; do
  site="site-${languages//,/-}"
  "$PORTAL" init "$site" --languages "$languages" --title 'Сдружение "Пример"' >/dev/null || fail "init $languages"
  (cd "$site" && "$PORTAL" build >/dev/null 2>"$WORK/warnings") || fail "the $languages site did not build"
  [ ! -s "$WORK/warnings" ] || fail "the $languages site built with warnings: $(cat "$WORK/warnings")"
  bash "$VALIDATE/check-html.sh" "$site/public" >/dev/null || fail "Nu Html Checker on $languages"
  python3 "$VALIDATE/check-feeds.py" "$site/public" >/dev/null || fail "feeds on $languages"
  bash "$VALIDATE/check-links.sh" "$site/public" >/dev/null 2>&1 || fail "links on $languages"
  A11Y_MAX=1000 "$PYTHON" "$VALIDATE/a11y.py" "$site/public" >/dev/null 2>&1 || fail "axe at 1280 px on $languages"
  "$PYTHON" "$REPO/scripts/axe-phone.py" "$site/public" 390 >/dev/null 2>&1 || fail "axe at 390 px on $languages"
done

for bad in "--languages bg,xx" "--languages bg,en,bg" "--base-url example.org"; do
  set +e; "$PORTAL" init bad $bad >/dev/null 2>"$WORK/err"; code=$?; set -e
  [ $code = 1 ] || fail "'init $bad' exited $code, not 1"
  grep -q '^error: ' "$WORK/err" || fail "'init $bad' printed no error"
  [ ! -e bad ] || fail "'init $bad' left a folder behind"
done
set +e; "$PORTAL" init site-bg-en >/dev/null 2>&1; code=$?; set -e
[ $code = 1 ] || fail "init into a site that exists exited $code, not 1"
echo "init: bg,en and bg,en,de sites build without warnings and pass Nu, feeds, links and axe at 1280 and 390 px; bad input exits 1"
