#!/usr/bin/env bash
# Portal pages from the page cache against nginx serving the same HTML as static files, same run.
#   bench/portal.sh [CONNECTIONS] [SECONDS]        (defaults: 64 connections, 30 s)
#   PAGE_CACHE=0 bench/portal.sh               the same with the page cache off
# Starts the packaged platform (demo data: the homepage and the article /articles/6, a 37 KB
# planning document) on 127.0.0.1:$BENCH_PORT, saves both pages, serves them from nginx on
# $BENCH_PORT+1 (gzip_static with the same gzip bytes), and loads each with wrk -H
# 'Accept-Encoding: gzip' as browsers send it. Needs wrk and nginx (apt-get install wrk nginx-light).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
CONNECTIONS="${1:-64}"
SECONDS_TO_RUN="${2:-30}"
THREADS="${BENCH_THREADS:-2}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
command -v nginx >/dev/null || { echo "nginx is missing: apt-get install nginx-light" >&2; exit 1; }

ensure_jar
rm -rf "$WORK"
start_app ${PAGE_CACHE:+--zhengtong.portal.page-cache=$PAGE_CACHE}
STATIC="$WORK/static"
NGINX_PORT=$((PORT + 1))
mkdir -p "$STATIC/articles" "$WORK/nginx"
curl -s "http://127.0.0.1:$PORT/" > "$STATIC/index.html"
curl -s "http://127.0.0.1:$PORT/articles/6" > "$STATIC/articles/6.html"
gzip -k -6 "$STATIC/index.html" "$STATIC/articles/6.html"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; }
  keepalive_requests 100000;
  gzip_static on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $STATIC;
    location = / { try_files /index.html =404; }
    location /articles/ { try_files \$uri.html =404; }
  }
}
CONF
nginx -c "$WORK/nginx/nginx.conf"
trap 'nginx -c "$WORK/nginx/nginx.conf" -s stop 2>/dev/null; stop_app' EXIT

load() { # label url
  wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -H 'Accept-Encoding: gzip' "$2" > /dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_TO_RUN}s" --latency -H 'Accept-Encoding: gzip' "$2" | awk -v label="$1" '
    /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 } /Non-2xx/ { errors = $NF }
    END { printf "%-28s %10s requests/s  p50 %-9s p99 %-9s%s\n", label, rps, p50, p99, (errors ? " non-2xx " errors : "") }'
}
echo "page sizes: $(wc -c < "$STATIC/index.html") B homepage, $(wc -c < "$STATIC/articles/6.html") B article (gzip $(wc -c < "$STATIC/articles/6.html.gz") B)"
echo "cache answers: $(curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT/articles/6" | grep -i '^x-cache' | tr -d '\r')"
load "platform /" "http://127.0.0.1:$PORT/"
load "nginx    /" "http://127.0.0.1:$NGINX_PORT/"
load "platform /articles/6" "http://127.0.0.1:$PORT/articles/6"
load "nginx    /articles/6" "http://127.0.0.1:$NGINX_PORT/articles/6"
