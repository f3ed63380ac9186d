#!/usr/bin/env bash
# Serves a built site with nginx on 127.0.0.1 (as a static host would) and crawls it:
# every page answers 200 at its clean URL, every internal link resolves, a missing path gets the
# site's 404 page with status 404, and aliases and page/1/ redirect to their targets.
# usage: scripts/check-hosting.sh [PORTAL_BINARY]      exit 1 on any failure
set -euo pipefail
cd "$(dirname "$0")/.."
PORTAL=${1:-.build/release/portal}
SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
need=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v curl >/dev/null 2>&1 || need+=(curl)
if ((${#need[@]})); then
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
PORT=${HOSTING_PORT:-18080}
WORK=$(mktemp -d)
trap '[ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null; rm -rf "$WORK"' EXIT

"$PORTAL" build --output "$WORK/site" --base-url "http://127.0.0.1:$PORT/" >/dev/null
cat > "$WORK/nginx.conf" <<CONF
daemon on;
pid $WORK/nginx.pid;
error_log $WORK/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $WORK/tmp;
  proxy_temp_path $WORK/tmp;
  fastcgi_temp_path $WORK/tmp;
  uwsgi_temp_path $WORK/tmp;
  scgi_temp_path $WORK/tmp;
  server {
    listen 127.0.0.1:$PORT;
    root $WORK/site;
    charset utf-8;
    error_page 404 /404.html;
    location / { try_files \$uri \$uri/ =404; }
  }
}
CONF
mkdir -p "$WORK/tmp"
chmod -R a+rX "$WORK"   # nginx's workers run as an unprivileged user
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK" 2>/dev/null
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done

base="http://127.0.0.1:$PORT"
fail=0; pages=0; links=0; redirects=0
status() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base$1"; }

# Every built page at its clean URL.
while IFS= read -r file; do
  path="/${file#"$WORK/site/"}"; path="${path%index.html}"
  code=$(status "$path")
  if [ "$code" = 200 ]; then pages=$((pages + 1)); else echo "hosting: $path answered $code"; fail=1; fi
done < <(find "$WORK/site" -name '*.html' ! -name 404.html | sort)

# Every internal link and asset the pages name.
while IFS= read -r path; do
  code=$(status "$path")
  if [ "$code" = 200 ]; then links=$((links + 1)); else echo "hosting: link $path answered $code"; fail=1; fi
done < <(grep -rhoE '(href|src)="/[^"#]*' "$WORK/site" --include='*.html' | sed -E 's/^(href|src)="//' | sort -u)

# A missing path: status 404 and the site's own 404 page.
body=$(curl -s -w '\n%{http_code}' "$base/nyama-takava-stranitsa/")
if [ "$(tail -n1 <<<"$body")" != 404 ] || ! grep -q 'hreflang="en"' <<<"$body"; then
  echo "hosting: a missing path did not get the 404 page with status 404"; fail=1
fi

# Redirects: _redirects entries and page/1/ answer 200 with a refresh to their target.
check_redirect() {
  local from=$1 to=$2 page
  page=$(curl -s --max-time 5 "$base$from")
  if ! grep -q "http-equiv=\"refresh\" content=\"0; url=$to\"" <<<"$page"; then
    echo "hosting: $from does not redirect to $to"; fail=1; return
  fi
  [ "$(status "$to")" = 200 ] || { echo "hosting: redirect target $to is not 200"; fail=1; return; }
  redirects=$((redirects + 1))
}
if [ -f "$WORK/site/_redirects" ]; then
  while read -r from to _; do check_redirect "$from" "$to"; done < "$WORK/site/_redirects"
fi
while IFS= read -r file; do
  path="/${file#"$WORK/site/"}"; path="${path%index.html}"
  check_redirect "$path" "${path%page/1/}"
done < <(find "$WORK/site" -path '*/page/1/index.html' | sort)

echo "hosting (nginx): $pages pages 200, $links internal links 200, 404 page served, $redirects redirects; $([ $fail = 0 ] && echo ok || echo FAILED)"
exit $fail
