#!/usr/bin/env bash
# 网上申报 submitted per second and their latency with APPLICANTS citizens at once, each application
# carrying 2 MB of attachments (split over the item's materials), through the real form (draft,
# materials and submission with its 办件编号 in one POST) — against the plain upload of the same files
# through the files module (the editor's upload) by as many uploaders, in the same run, against the
# packaged platform (demo data: citizen001…citizen029).
#   bench/permit-submissions.sh [APPLICANTS] [SECONDS]        (defaults: 32 applicants, 30 s each)
# See src/test/java/org/zhengtong/bench/PermitSubmitBenchmark.java.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
APPLICANTS="${1:-32}"
SECONDS_TO_RUN="${2:-30}"
ensure_jar
[ -n "${BENCH_KEEP_DATA:-}" ] || rm -rf "$WORK"
start_app ${BENCH_APP_ARGS:-}
echo "platform up in ${STARTUP_SECONDS}s"
bench_java org.zhengtong.bench.PermitSubmitBenchmark "http://127.0.0.1:$PORT" "$APPLICANTS" "$SECONDS_TO_RUN" \
  xiaoliu Qinchuan@2026 2>&1 \
  | grep -vE '^\s*$|WARN|^\s+at '
