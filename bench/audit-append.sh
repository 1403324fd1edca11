#!/usr/bin/env bash
# Audit appends per second with the hash chain against the same inserts without it, one run.
#   bench/audit-append.sh [ROWS] [THREADS]        (defaults: 20000 rows, 8 threads)
#   DURABLE=1 bench/audit-append.sh …             the embedded database with fsync and synchronous
#                                                 commit on, as ./mvnw spring-boot:run uses it
#                                                 (otherwise the test database: fsync off)
# Starts the application (test profile: a throw-away embedded PostgreSQL) in this JVM; see
# src/test/java/org/zhengtong/bench/AuditAppendBenchmark.java.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
[ -z "${DURABLE:-}" ] || rm -rf "$PROJECT_DIR/target/bench/audit-pg"
bench_java ${BENCH_JAVA_OPTS:-} org.zhengtong.bench.AuditAppendBenchmark "${1:-20000}" "${2:-8}" \
  ${DURABLE:+--zhengtong.embedded-database.temporary=false --zhengtong.embedded-database.data-directory=target/bench/audit-pg} \
  2>&1 | grep -vE '^\s*$|WARN|^\s+at '
