#!/usr/bin/env bash
# Due dates of CLOCKS open permit clocks (法定 20 working days, COPY-loaded) worked out again by the
# CalendarChanged job as it runs (batches of 500, load, recompute, save), once with every clock
# changed and once with none, against a raw loop of the calendar API (addWorkingDays) over the same
# start dates, one run, in-process (test profile: a throw-away embedded PostgreSQL).
#   bench/permit-recompute.sh [CLOCKS]        (default 100000)
# See src/test/java/org/zhengtong/casework/internal/ClockRecomputeBenchmark.java.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bench_java ${BENCH_JAVA_OPTS:--Xmx1g} org.zhengtong.casework.internal.ClockRecomputeBenchmark "${1:-100000}" 2>&1 \
  | grep -vE '^\s*$|WARN|^\s+at '
