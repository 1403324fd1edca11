#!/usr/bin/env bash
# Due dates of CLOCKS open permit clocks (法定 20 working days, COPY-loaded) worked out again by the
# CalendarChanged job as it runs (batches of 500, load, recompute, save), once with every clock
# changed and once with none, against a raw loop of the calendar API (addWorkingDays) over the same
# start dates, one run, in-process (test profile: a throw-away embedded PostgreSQL).
#   bench/permit-recompute.sh [CLOCKS]        (default 100000)
# See src/test/java/org/zhengtong/casework/internal/ClockRecomputeBenchmark.java.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q ${MVN_OFFLINE:+-o} test-compile
./mvnw -B -q ${MVN_OFFLINE:+-o} dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test > /dev/null
mkdir -p target/tmp
exec java ${BENCH_JAVA_OPTS:--Xmx1g} -Djava.io.tmpdir="$PWD/target/tmp" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.zhengtong.casework.internal.ClockRecomputeBenchmark "${1:-100000}" 2>&1 | grep -vE '^\s*$|WARN|^\s+at '
