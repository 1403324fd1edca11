#!/usr/bin/env bash
# 电子监察 statistics over N permit cases (default 10^6): p50/p95 of the dashboard
# (PermitStatistics.table: the per-department, per-item, per-month summary kept in step by
# triggers, V123) for any period × department scope, against the same figures from a plain
# GROUP BY over the raw tables, and whether the figures are identical, one run.
#   bench/supervision.sh [N]
# Starts the application (test profile: a throw-away embedded PostgreSQL, fsync off) in this JVM,
# loads items and cases in every state over 13 months with their 承诺 clocks and red cards with
# COPY; see src/test/java/org/zhengtong/bench/SupervisionBenchmark.java and PermitCorpus.java.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_java ${BENCH_JAVA_OPTS:--Xmx2g} org.zhengtong.bench.SupervisionBenchmark "${1:-1000000}" "${@:2}" 2>&1 \
  | grep -vE '^\s*$|WARN|^\s+at '
