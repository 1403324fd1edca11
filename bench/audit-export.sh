#!/usr/bin/env bash
# The audit log's Excel export of ROWS entries as a job (the auditor's own route), timed, with the
# heap's peak and the file's size.
#   bench/audit-export.sh [ROWS]                     (default: 100000)
#   BENCH_HEAP=256m bench/audit-export.sh 100000     the same with the JVM's heap capped
# Starts the application (test profile: a throw-away embedded PostgreSQL) in a forked JVM; see
# src/test/java/org/zhengtong/bench/AuditExportBenchmark.java.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q ${MVN_OFFLINE:+-o} test-compile
mkdir -p target/tmp
./mvnw -B -q ${MVN_OFFLINE:+-o} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
java ${BENCH_HEAP:+-Xmx$BENCH_HEAP} -Djava.io.tmpdir="$PWD/target/tmp" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.zhengtong.bench.AuditExportBenchmark "${1:-100000}" --server.port=0 --zhengtong.tls.port=0 2>&1 | grep -vE '^\s*$|WARN|^\s+at '
