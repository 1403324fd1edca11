#!/usr/bin/env bash
# Portal pages from the page cache against nginx serving the same HTML as static files, same run.
#   bench/portal.sh [CONNECTIONS] [SECONDS]        (defaults: 64 connections, 30 s)
#   PAGE_CACHE=0 bench/portal.sh               the same with the page cache off
#   BENCH_JAR=/tmp/before.jar bench/portal.sh   another build (the one before a change), as it is
#   BENCH_WORK=target/bench/articles-1000000 KEEP_DATA=1 bench/portal.sh
#                                              against the data of bench/search.sh (10^6 articles),
#                                              loading the newest generated article
# Starts the packaged platform (demo data: the homepage and the article /articles/6, a 37 KB
# planning document) on 127.0.0.1:$BENCH_PORT, saves both pages, serves them from nginx on
# $BENCH_PORT+1 (gzip_static with the same gzip bytes), and loads each with wrk, with
# 'Accept-Encoding: gzip' as browsers send it and without (as curl and many bots ask), one after
# the other in the same run; prints the load average next to each figure, since the machine may
# be shared. Needs wrk and nginx (apt-get install wrk nginx-light).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
CONNECTIONS="${1:-64}"
SECONDS_TO_RUN="${2:-30}"
THREADS="${BENCH_THREADS:-2}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
command -v nginx >/dev/null || { echo "nginx is missing: apt-get install nginx-light" >&2; exit 1; }

if [ -n "${BENCH_JAR:-}" ]; then
  JAR="$(cd "$(dirname "$BENCH_JAR")" && pwd)/$(basename "$BENCH_JAR")"
else
  ensure_jar
fi
if [ -z "${KEEP_DATA:-}" ]; then
  rm -rf "$WORK"
fi
start_app ${PAGE_CACHE:+--zhengtong.portal.page-cache=$PAGE_CACHE}
ARTICLE="${BENCH_ARTICLE:-6}"
if [ -n "${KEEP_DATA:-}" ] && [ -z "${BENCH_ARTICLE:-}" ]; then
  # The newest article of the generated channel, if there is one.
  ARTICLE=$(curl -s "http://127.0.0.1:$PORT/columns/bench" | grep -o 'href="/articles/[0-9]*"' | head -1 | grep -o '[0-9]*' || echo 6)
fi
echo "sitemap.xml lists $(curl -s "http://127.0.0.1:$PORT/sitemap.xml" | grep -o "<sitemap>" | wc -l) files; article page /articles/$ARTICLE"
STATIC="$WORK/static"
NGINX_PORT=$((PORT + 1))
mkdir -p "$STATIC/articles" "$WORK/nginx"
curl -s "http://127.0.0.1:$PORT/" > "$STATIC/index.html"
rm -f "$STATIC/index.html.gz" "$STATIC/articles/"*.gz
curl -s "http://127.0.0.1:$PORT/articles/$ARTICLE" > "$STATIC/articles/$ARTICLE.html"
gzip -k -6 "$STATIC/index.html" "$STATIC/articles/$ARTICLE.html"
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

load() { # label url [wrk header…]
  local label="$1" url="$2"
  shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$@" "$url" > /dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_TO_RUN}s" --latency "$@" "$url" | awk -v label="$label" -v load="$(cut -d' ' -f1 /proc/loadavg)" '
    /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 } /Non-2xx/ { errors = $NF }
    END { printf "%-36s %10s requests/s  p50 %-9s p99 %-9s load %s%s\n", label, rps, p50, p99, load, (errors ? " non-2xx " errors : "") }'
}
echo "page sizes: $(wc -c < "$STATIC/index.html") B homepage, $(wc -c < "$STATIC/articles/$ARTICLE.html") B article (gzip $(wc -c < "$STATIC/articles/$ARTICLE.html.gz") B)"
for encoding in gzip identity; do
  echo "cache answers ($encoding): $(curl -s -o /dev/null -D - -H "Accept-Encoding: $encoding" "http://127.0.0.1:$PORT/articles/$ARTICLE" | grep -i -E '^(x-cache|content-encoding)' | tr -d '\r' | tr '\n' ' ')"
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for encoding in gzip identity; do
  header=(-H "Accept-Encoding: $encoding")
  load "platform /  ($encoding)" "http://127.0.0.1:$PORT/" "${header[@]}"
  load "nginx    /  ($encoding)" "http://127.0.0.1:$NGINX_PORT/" "${header[@]}"
  load "platform /articles/$ARTICLE ($encoding)" "http://127.0.0.1:$PORT/articles/$ARTICLE" "${header[@]}"
  load "nginx    /articles/$ARTICLE ($encoding)" "http://127.0.0.1:$NGINX_PORT/articles/$ARTICLE" "${header[@]}"
done
