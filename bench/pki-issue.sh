#!/usr/bin/env bash
# Certificates issued per second through the RA service against a raw Bouncy Castle loop, one run.
#   bench/pki-issue.sh [COUNT] [THREADS]        (defaults: 2000 certificates, 2 threads)
# Starts the application (test profile: a throw-away embedded PostgreSQL) in this JVM; see
# src/test/java/org/zhengtong/bench/PkiIssueBenchmark.java.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_java ${BENCH_JAVA_OPTS:-} org.zhengtong.bench.PkiIssueBenchmark "${1:-2000}" "${2:-2}" 2>&1 \
  | grep -vE '^\s*$|WARN|^\s+at '
