#!/usr/bin/env bash
# Electronic licences issued per second — lay out the PDF and the OFD, seal the PDF (ECDSA P-256,
# /ByteRange + CMS), a detached .p7s over it, seal the OFD (SM2), store the three files and the row,
# one transaction each — against `openssl cms -sign` (detached, DER, P-256) over the same sealed
# PDFs, one run.
#   bench/licences.sh [COUNT] [THREADS]        (defaults: 200 licences, 2 threads)
# Starts the application (test profile: a throw-away embedded PostgreSQL) in this JVM; see
# src/test/java/org/zhengtong/bench/LicenceIssueBenchmark.java. The PDFs are left in
# target/bench/licences/ for the openssl half.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
COUNT="${1:-200}"
LICENCES="$PROJECT_DIR/target/bench/licences"
rm -rf "$LICENCES" && mkdir -p "$LICENCES/pdf" "$LICENCES/p7s"
# PROFILE=1: a JFR recording of the run (profile settings) in target/bench/licences/issue.jfr;
# read it with `jfr print --events jdk.ExecutionSample … | grep 'at ' | sort | uniq -c | sort -rn`
# or `jfr summary`.
bench_java ${BENCH_JAVA_OPTS:-} ${PROFILE:+-XX:StartFlightRecording=settings=profile,filename=$LICENCES/issue.jfr} \
  org.zhengtong.bench.LicenceIssueBenchmark "$COUNT" "${2:-2}" "$LICENCES/pdf" 2>&1 | grep -vE '^\s*$|WARN|^\s+at '

# The same PDFs signed by openssl with a key of the same kind (P-256, SHA-256), detached, DER.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=bench seal" -days 1 \
  -keyout "$LICENCES/key.pem" -out "$LICENCES/cert.pem" 2>/dev/null
start=$(date +%s%N)
for pdf in "$LICENCES"/pdf/*.pdf; do
  openssl cms -sign -binary -in "$pdf" -signer "$LICENCES/cert.pem" -inkey "$LICENCES/key.pem" -md sha256 \
    -outform DER -out "$LICENCES/p7s/$(basename "$pdf").p7s"
done
end=$(date +%s%N)
n=$(ls "$LICENCES"/pdf/*.pdf | wc -l)
awk -v n="$n" -v ns="$((end - start))" 'BEGIN { printf "openssl cms -sign (one process per PDF, detached): %d in %.2f s = %.1f/s\n", n, ns / 1e9, n / (ns / 1e9) }'
