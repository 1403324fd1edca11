#!/usr/bin/env bash
# Letter statistics over N letters (default 10^6): p50/p95 of the workbench statistics table
# (LetterStatistics.table: the per-unit, per-month summary, open letters by due time)
# against the same figures from a plain GROUP BY over the raw tables, and whether the figures
# are identical, one run.
#   bench/statistics.sh [N]
# Starts the application (test profile: a throw-away embedded PostgreSQL, fsync off) in this JVM,
# loads letters in every state over 13 months with assignments (objections, moves, merges),
# reply clocks, ratings and rectifications with COPY; see
# src/test/java/org/zhengtong/bench/LetterStatisticsBenchmark.java and LetterCorpus.java.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q ${MVN_OFFLINE:+-o} test-compile
./mvnw -B -q ${MVN_OFFLINE:+-o} dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test > /dev/null
mkdir -p target/tmp
exec java ${BENCH_JAVA_OPTS:--Xmx2g} -Djava.io.tmpdir="$PWD/target/tmp" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.zhengtong.bench.LetterStatisticsBenchmark "${1:-1000000}" "${@:2}" 2>&1 | grep -vE '^\s*$|WARN|^\s+at '
