#!/usr/bin/env bash
# Startup time and idle memory of the packaged platform (the embedded PostgreSQL is a separate
# process and is not counted).
#   bench/startup.sh [RUNS]
# Prints, per run: seconds until /actuator/health is UP (first run on an empty data directory,
# so it includes creating the database), Spring's own "Started … in" figure, and after 30 s idle
# the JVM's resident memory (RSS) and heap in use.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

RUNS="${1:-3}"
IDLE="${BENCH_IDLE_SECONDS:-30}"
ensure_jar
rm -rf "$WORK"
printf '%-4s %-16s %-14s %-12s %-12s %-12s\n' run data-directory healthy-after spring-says rss-idle heap-used
for run in $(seq 1 "$RUNS"); do
  state=$([ "$run" = 1 ] && echo empty || echo existing)
  start_app
  healthy=$STARTUP_SECONDS
  spring=$(grep -o 'Started ZhengtongApplication in [0-9.]* seconds' "$WORK/app.log" | grep -o '[0-9.]*' | head -1)
  sleep "$IDLE"
  rss_kb=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
  heap=$(curl -s "http://127.0.0.1:$PORT/actuator/prometheus" \
    | awk '/^jvm_memory_used_bytes\{.*area="heap"/ { sum += $NF } END { printf "%.0f", sum / 1048576 }')
  printf '%-4s %-16s %-14s %-12s %-12s %-12s\n' "$run" "$state" "$(printf '%.1f s' "$healthy")" "${spring} s" \
    "$((rss_kb / 1024)) MB" "${heap} MB"
  stop_app
done
echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; JAVA_OPTS='${BENCH_JAVA_OPTS:-}'"
