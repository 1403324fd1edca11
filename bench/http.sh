#!/usr/bin/env bash
# Load one page of the packaged platform with wrk and print requests/s and latency percentiles.
#   bench/http.sh PATH [CONNECTIONS] [SECONDS]
#   bench/http.sh / 64 30
# Starts the app on 127.0.0.1:$BENCH_PORT (18080) with a throw-away embedded database under
# target/bench, warms it up, measures, stops it. Needs Debian's wrk (apt-get install wrk).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PATH_TO_LOAD="${1:?usage: bench/http.sh PATH [CONNECTIONS] [SECONDS]}"
CONNECTIONS="${2:-64}"
SECONDS_TO_RUN="${3:-30}"
THREADS="${BENCH_THREADS:-2}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

ensure_jar
rm -rf "$WORK"
start_app
URL="http://127.0.0.1:$PORT$PATH_TO_LOAD"
status=$(curl -s -o /dev/null -w '%{http_code}' "$URL")
echo "platform up in ${STARTUP_SECONDS}s; GET $PATH_TO_LOAD answers $status"

wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$URL" > /dev/null   # warm-up: JIT, caches, pool
result=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_TO_RUN}s" --latency "$URL")
echo "$result"
echo "---"
echo "$result" | awk -v path="$PATH_TO_LOAD" -v c="$CONNECTIONS" '
  /Requests\/sec/ { rps = $2 }
  /^ +50%/ { p50 = $2 } /^ +90%/ { p90 = $2 } /^ +99%/ { p99 = $2 }
  /Non-2xx/ { errors = $NF }
  END { printf "%s  %s connections: %s requests/s, p50 %s, p90 %s, p99 %s%s\n", path, c, rps, p50, p90, p99, (errors ? ", non-2xx " errors : "") }'
