#!/usr/bin/env bash
# Times portal and Hugo building the same reference corpus (../shared/bench) on this machine, in alternation:
# a no-change rebuild into the previous output (what CI with a kept folder and the dev loop do) and a clean
# build into an empty folder (no .portal-cache/, the previous outputs moved aside), each run timed by GNU time;
# then the same pages moved into three levels of nested sections (benchmarks/nest_corpus.py).
# benchmarks/compare.py turns the figures into medians and ratios.
# usage: benchmarks/run.sh [PAIRS...]     (default: 2000 10000 page pairs; the guide's figures use 2000)
#        NESTED=0 skips the nested corpus, RUNS=N sets the rounds (5)
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
[ -x /usr/bin/time ] || need+=(time)
if ((${#need[@]})); then $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null; fi

# Nothing is deleted while the run measures: on this machine's ext4 (no journal) the kernel skips inodes freed in the
# last minutes when it allocates new ones (`recently_deleted`), so an `rm -rf` of 5,000-50,000 files before a build
# added 1-10 s of system time to whichever generator ran next, more than either spends on its own work. Earlier
# corpora and outputs are moved into $TRASH, which is deleted when the run ends.
TRASH="$WORK-trash"
discard() { [ ! -e "$1" ] || { mkdir -p "$TRASH" && mv "$1" "$(mktemp -d "$TRASH/XXXXXX")/"; }; }
trap 'rm -rf "$TRASH"' EXIT

# The binary measured is the one `make build` makes (the Swift runtime linked in). A plain `swift build -c release`
# leaves one linked to the toolchain's shared libraries at the same path, which peaked at 64 MB on the 2,000-pair
# corpus against 56 MB, past the memory goal; so the run builds first (a second when nothing changed).
make -s build >/dev/null
PORTAL=$(pwd)/.build/release/portal
REPO=$(pwd)
echo "portal $("$PORTAL" --version), $(hugo version | cut -d' ' -f1-2), $(nproc) cores"

# Runs the named commands (keys of `commands`) in $RUNS rounds, each once per round, the order reversed every
# other round: a command that always ran in the same place measured about 5 % apart from itself, and this machine's
# speed drifts over minutes, so runs of one tool in a block (as hyperfine does) compare different machines. GNU
# time appends "name wall user system peak-KB" to $dir/$phase.txt; $prepare runs before every run.
measure() {
  local phase=$1 prepare=$2 round name
  shift 2
  : > "$dir/$phase.txt"
  for round in $(seq "$RUNS"); do
    local order=("$@")
    if ((round % 2 == 0)); then order=(); for name in "$@"; do order=("$name" "${order[@]}"); done; fi
    for name in "${order[@]}"; do
      [ -z "$prepare" ] || eval "$prepare"
      /usr/bin/time -a -o "$dir/$phase.txt" -f "$name %e %U %S %M" ${commands[$name]} >/dev/null
    done
  done
}

# Moves the outputs and portal's work folder and cache in $1 into a new folder of $1/moved-aside.
set_aside() {
  local aside name
  mkdir -p "$1/moved-aside" && aside=$(mktemp -d "$1/moved-aside/XXXXXX")
  for name in out-portal .out-portal.build .portal-cache out-hugo; do
    [ ! -e "$1/$name" ] || mv "$1/$name" "$aside/"
  done
}

# One corpus in $1 ($2 pairs), built by both generators.
bench() {
  local dir=$1 pairs=$2
  cp "$REPO/benchmarks/site.yaml" "$dir/site.yaml"
  mkdir -p "$dir/themes" && cp -r "$REPO/benchmarks/theme" "$dir/themes/bench"
  cp "$SHARED/hugo-site/hugo.yaml" "$dir/hugo.yaml" && cp -r "$SHARED/hugo-site/layouts" "$dir/layouts"
  echo "corpus: $(find "$dir/content" -name '*.md' | wc -l) Markdown files ($pairs pairs) in $dir"
  (cd "$dir"
    # The rebuild is measured twice for portal: as `portal build` runs it (front matter and Markdown from
    # .portal-cache/) and with --no-cache (every file read and rendered again, as Hugo does).
    declare -A commands=(
      [portal]="$PORTAL build --output $dir/out-portal" [hugo]="hugo --quiet --destination $dir/out-hugo"
      [portal-no-cache]="$PORTAL build --no-cache --output $dir/out-portal")
    # Warm-up: both outputs and the cache exist, and portal's work folder holds a build to patch.
    for name in portal portal hugo; do ${commands[$name]} >/dev/null; done
    measure rebuild "" portal hugo portal-no-cache
    local pages="$(find out-portal -name '*.html' | wc -l) $(find out-hugo -name '*.html' | wc -l)"
    # A clean build starts with no output and no .portal-cache/, as in CI on a fresh clone. The previous outputs
    # are moved aside, not deleted (see $TRASH above).
    measure clean "set_aside $dir" portal hugo
    discard "$dir/moved-aside"
    python3 "$REPO/benchmarks/compare.py" "$dir" $pages)
}

for pairs in "${SIZES[@]}"; do
  echo
  discard "$WORK-$pairs" && mkdir -p "$WORK-$pairs"
  python3 "$SHARED/gen_corpus.py" "$WORK-$pairs" --pages "$pairs" >/dev/null
  bench "$WORK-$pairs" "$pairs"
done

[ "${NESTED:-1}" = 0 ] && exit 0
echo; echo "nested sections (three levels, ${SIZES[0]} pairs):"
discard "$WORK-nested" && mkdir -p "$WORK-nested"
python3 "$SHARED/gen_corpus.py" "$WORK-nested" --pages "${SIZES[0]}" >/dev/null
python3 benchmarks/nest_corpus.py "$WORK-nested"
bench "$WORK-nested" "${SIZES[0]}"
