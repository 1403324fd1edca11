#!/usr/bin/env bash
# Certificates issued per second through the RA service against a raw Bouncy Castle loop, one run.
#   bench/pki-issue.sh [COUNT] [THREADS]        (defaults: 2000 certificates, 2 threads)
# Starts the application (test profile: a throw-away embedded PostgreSQL) in this JVM; see
# src/test/java/org/zhengtong/bench/PkiIssueBenchmark.java.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.zhengtong.bench.PkiIssueBenchmark \
 -Dexec.args="${1:-2000} ${2:-2}" -Djava.io.tmpdir="$PWD/target/tmp" 2>&1 | grep -vE '^\s*$|WARN|at '
