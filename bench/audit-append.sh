#!/usr/bin/env bash
# Audit appends per second with the hash chain against the same inserts without it, one run.
#   bench/audit-append.sh [ROWS] [THREADS]        (defaults: 20000 rows, 8 threads)
#   DURABLE=1 bench/audit-append.sh …             the embedded database with fsync and synchronous
#                                                 commit on, as ./mvnw spring-boot:run uses it
#                                                 (otherwise the test database: fsync off)
# Starts the application (test profile: a throw-away embedded PostgreSQL) in this JVM; see
# src/test/java/org/zhengtong/bench/AuditAppendBenchmark.java.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
[ -z "${DURABLE:-}" ] || rm -rf target/bench/audit-pg
./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.zhengtong.bench.AuditAppendBenchmark \
 -Dexec.args="${1:-20000} ${2:-8} ${DURABLE:+--zhengtong.embedded-database.temporary=false --zhengtong.embedded-database.data-directory=target/bench/audit-pg}" -Djava.io.tmpdir="$PWD/target/tmp" 2>&1 | grep -vE '^\s*$|WARN|at '
