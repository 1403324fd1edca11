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
cd "$(dirname "$0")/.."
COUNT="${1:-200}"
WORK="$PWD/target/bench/licences"
rm -rf "$WORK" && mkdir -p "$WORK/pdf" "$WORK/p7s" target/tmp
./mvnw -B -q ${MVN_OFFLINE:+-o} test-compile
./mvnw -B -q ${MVN_OFFLINE:+-o} exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.zhengtong.bench.LicenceIssueBenchmark \
  -Dexec.args="$COUNT ${2:-2} $WORK/pdf" -Djava.io.tmpdir="$PWD/target/tmp" 2>&1 | grep -vE '^\s*$|WARN|at '

# The same PDFs signed by openssl with a key of the same kind (P-256, SHA-256), detached, DER.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=bench seal" -days 1 \
  -keyout "$WORK/key.pem" -out "$WORK/cert.pem" 2>/dev/null
start=$(date +%s%N)
for pdf in "$WORK"/pdf/*.pdf; do
  openssl cms -sign -binary -in "$pdf" -signer "$WORK/cert.pem" -inkey "$WORK/key.pem" -md sha256 \
    -outform DER -out "$WORK/p7s/$(basename "$pdf").p7s"
done
end=$(date +%s%N)
n=$(ls "$WORK"/pdf/*.pdf | wc -l)
awk -v n="$n" -v ns="$((end - start))" 'BEGIN { printf "openssl cms -sign (one process per PDF, detached): %d in %.2f s = %.1f/s\n", n, ns / 1e9, n / (ns / 1e9) }'
