#!/usr/bin/env bash
# Chinese search over N generated articles: p50/p95 of the 20 queries of stack.md, and each first
# page beside a brute-force scan of every published text (recall of the top 10), one run.
#   bench/search.sh [N] [--property=value…]   (default: 1000000 articles)
# Properties after N go to the platform, for example the OpenSearch engine:
#   bench/search.sh 1000000 --zhengtong.search.engine=opensearch --zhengtong.search.opensearch.url=http://127.0.0.1:9200
# Runs src/test/java/org/zhengtong/bench/SearchBenchmark.java in target/bench/articles-N/ (demo
# data + N articles made from the seeds with COPY, the index rebuilt by the platform's job). The
# directory is kept: a second run measures again without regenerating, and
#   BENCH_WORK=target/bench/articles-N KEEP_DATA=1 bench/portal.sh
# loads the portal with the same data. Needs about 3 GB of disk for 10^6 articles.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${1:-1000000}"
DATA="$PWD/target/bench/articles-$COUNT"
./mvnw -B -q ${MVN_OFFLINE:+-o} test-compile
./mvnw -B -q ${MVN_OFFLINE:+-o} dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test > /dev/null
mkdir -p "$DATA" "$PWD/target/tmp"
cd "$DATA"
exec java ${BENCH_JAVA_OPTS:--Xmx3g} -Djava.io.tmpdir="$OLDPWD/target/tmp" \
  -cp "$OLDPWD/target/test-classes:$OLDPWD/target/classes:$(cat "$OLDPWD/target/bench-classpath.txt")" \
  org.zhengtong.bench.SearchBenchmark "$COUNT" "${@:2}" 2>&1 | grep -vE '^\s*$|WARN|^\s+at '
