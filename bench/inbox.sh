#!/usr/bin/env bash
# The 待办 badge and first inbox page for one person whose posts reach REACHABLE open tasks among
# TASKS, p50/p95 through TaskInbox (the workbench's own statements) against a plain query of the
# same rows alone, one run.
#   bench/inbox.sh [TASKS] [REACHABLE]        (defaults: 1000000 tasks, 10000 reachable)
# Starts the application (test profile: a throw-away embedded PostgreSQL, fsync off) in this JVM,
# loads tasks, cases, steps and clocks with COPY; see
# src/test/java/org/zhengtong/bench/InboxBenchmark.java.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q ${MVN_OFFLINE:+-o} test-compile
./mvnw -B -q ${MVN_OFFLINE:+-o} dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test > /dev/null
mkdir -p target/tmp
exec java ${BENCH_JAVA_OPTS:--Xmx2g} -Djava.io.tmpdir="$PWD/target/tmp" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.zhengtong.bench.InboxBenchmark "${1:-1000000}" "${2:-10000}" "${@:3}" 2>&1 | grep -vE '^\s*$|WARN|^\s+at '
