#!/usr/bin/env bash
# The image stage on generated camera-like photos (benchmarks/make_photos.py: 3000×2000 JPEGs with GPS in EXIF):
# a site from `portal init` with one news bundle per photo, built once with an empty cache, then again.
# usage: benchmarks/images.sh [PHOTOS]     (default 200; needs a release build of portal)
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-200}
WORK=${BENCH_DIR:-/tmp/portal-image-bench}
PORTAL=$(pwd)/.build/release/portal
SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
command -v vips >/dev/null || { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libvips-tools >/dev/null; }

rm -rf "$WORK" && mkdir -p "$WORK"
python3 benchmarks/make_photos.py "$WORK/photos" "$COUNT"
(cd "$WORK" && "$PORTAL" init site --languages bg >/dev/null)
for photo in "$WORK"/photos/*.jpg; do
  name=$(basename "$photo" .jpg)
  mkdir -p "$WORK/site/content/news/$name"
  cp "$photo" "$WORK/site/content/news/$name/photo.jpg"
  printf -- '---\ntitle: Снимка %s\ndate: 2024-05-01\n---\nДен в дневния център.\n\n![Участници в дневния център](photo.jpg)\n' \
    "$name" > "$WORK/site/content/news/$name/index.bg.md"
done
cd "$WORK/site"
echo "photos: $COUNT, $(du -cb "$WORK"/photos/*.jpg | tail -1 | cut -f1) bytes; $(nproc) cores; libvips $(vips --version | cut -d- -f2)"
/usr/bin/time -f "first build (empty cache): %e s wall, %U s user, peak memory %M KB" "$PORTAL" build | tail -1
/usr/bin/time -f "second build (cached): %e s wall, %U s user, peak memory %M KB" "$PORTAL" build | tail -1
sum() { find public -name "$1" -printf '%s\n' | awk '{s += $1} END {print s + 0}'; }
originals=$(du -cb "$WORK"/photos/*.jpg | tail -1 | cut -f1)
echo "bytes for all $COUNT photos: sources $originals; a phone (480 px) fetches AVIF $(sum 'photo-*-480.avif'), WebP $(sum 'photo-*-480.webp'), JPEG $(sum 'photo-*-480.jpg');" \
  "a desktop (800 px) AVIF $(sum 'photo-*-800.avif'), WebP $(sum 'photo-*-800.webp'), JPEG $(sum 'photo-*-800.jpg')"
echo "cache: $(du -sb .portal-cache | cut -f1) bytes; GPS left in public/: $(for f in $(find public -name '*.jpg' -o -name '*.webp' -o -name '*.avif' | head -50); do vipsheader -a "$f" 2>/dev/null; done | grep -c GPS || true)"
