#!/usr/bin/env bash
# Letters (诉求) submitted per second and their latency with WRITERS anonymous writers at once,
# each letter with a 1 MB attachment, through the real public form — against the plain upload of
# a file of the same size through the files module (the editor's upload) by as many writers, in
# the same run, against the packaged platform (demo data).
#   bench/letters.sh [WRITERS] [SECONDS]        (defaults: 32 writers, 30 s each)
# The load generator's address is exempt from the per-address limit for the run, as an operator
# would configure a test machine (zhengtong.interaction.guard.exempt-addresses); the captcha is
# answered through its text question, as a screen-reader user does. See LetterSubmitBenchmark.java.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
WRITERS="${1:-32}"
SECONDS_TO_RUN="${2:-30}"
ensure_jar
rm -rf "$WORK"
start_app --zhengtong.interaction.guard.exempt-addresses=127.0.0.1 ${BENCH_APP_ARGS:-}
echo "platform up in ${STARTUP_SECONDS}s"
bench_java org.zhengtong.bench.LetterSubmitBenchmark "http://127.0.0.1:$PORT" "$WRITERS" "$SECONDS_TO_RUN" \
  xiaoliu Qinchuan@2026 2>&1 \
  | grep -E 'letters|uploads|load'
