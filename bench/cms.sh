#!/usr/bin/env bash
# CMS sign+encrypt throughput on one file: the platform's streaming CMS (ECDSA P-256 signer,
# P-256 recipient, AES-256-CBC, in a JVM with -Xmx128m) against `openssl cms` on the same file
# with the same key types, one run; then the way back (decrypt + verify) for both.
#   bench/cms.sh [MEGABYTES]        (default: 100)
# See src/test/java/org/zhengtong/pki/internal/CmsStreamingCheck.java.
set -euo pipefail
cd "$(dirname "$0")/.."
MB="${1:-100}"
WORK="$PWD/target/bench/cms"
rm -rf "$WORK" && mkdir -p "$WORK"
./mvnw -B -q ${MVN_OFFLINE:+-o} test-compile
./mvnw -B -q ${MVN_OFFLINE:+-o} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath" >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/classpath")"

echo "== platform (java -Xmx128m), $MB MB"
java -Xmx128m -cp "$CP" org.zhengtong.pki.internal.CmsStreamingCheck "$WORK" $((MB * 1048576)) keep
echo "== platform (java -Xmx32m), $MB MB"
mkdir -p "$WORK/small"
java -Xmx32m -cp "$CP" org.zhengtong.pki.internal.CmsStreamingCheck "$WORK/small" $((MB * 1048576))

echo "== openssl $(openssl version | cut -d' ' -f2), same file"
cd "$WORK"
for who in signer recipient; do
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout $who.key -out $who.crt \
    -days 1 -subj "/CN=$who" 2>/dev/null
done
measure() { # label, command…
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$WORK/rss" bash -c "$*"
  end=$(date +%s.%N)
  awk -v l="$label" -v mb="$MB" -v s="$start" -v e="$end" -v rss="$(cat "$WORK/rss")" \
    'BEGIN { printf "%s: %.1f MB/s (%.2f s), peak RSS of the largest process %.0f MB\n", l, mb / (e - s), e - s, rss / 1024 }'
}
measure "openssl sign+encrypt" \
  "openssl cms -sign -binary -nodetach -md sha256 -in content.bin -signer signer.crt -inkey signer.key -outform DER \
   | openssl cms -encrypt -binary -aes256 -outform DER -out openssl.p7m recipient.crt"
measure "openssl -stream sign+encrypt" \
  "openssl cms -sign -stream -binary -nodetach -md sha256 -in content.bin -signer signer.crt -inkey signer.key \
   -outform DER | openssl cms -encrypt -stream -binary -aes256 -outform DER -out openssl.p7m recipient.crt"
measure "openssl decrypt+verify" \
  "openssl cms -decrypt -binary -inform DER -in openssl.p7m -recip recipient.crt -inkey recipient.key \
   | openssl cms -verify -binary -inform DER -CAfile signer.crt -purpose any -out /dev/null 2>/dev/null"
ls -l content.bin openssl.p7m | awk '{ print $5, $9 }'
rm -f content.bin content.p7m openssl.p7m
