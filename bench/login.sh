#!/usr/bin/env bash
# Password logins per second and latency percentiles with USERS visitors at once, against the
# packaged platform (demo accounts), then the raw Argon2 rate of this machine for comparison.
#   bench/login.sh [USERS] [SECONDS]          (defaults: 32 users, 30 s)
# The load generator is a second JVM on the same cores; see LoginLoadBenchmark.java.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
USERS="${1:-32}"
SECONDS_TO_RUN="${2:-30}"
ensure_jar
rm -rf "$WORK"
start_app
echo "platform up in ${STARTUP_SECONDS}s"
bench_java org.zhengtong.bench.LoginLoadBenchmark "http://127.0.0.1:$PORT" "$USERS" "$SECONDS_TO_RUN" \
  zhangwei Qinchuan@2026 2>&1 | grep -E 'logins|Argon2'
