# Shared by the bench scripts: start the packaged platform on loopback with its own embedded
# database, wait until it answers (BENCH_START_SECONDS, 60 by default; more on a busy machine),
# stop it. Source this file; do not run it.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_DIR="$(cd "$BENCH_DIR/.." && pwd)"
JAR="$PROJECT_DIR/target/zhengtong.jar"
WORK="${BENCH_WORK:-$PROJECT_DIR/target/bench}"
PORT="${BENCH_PORT:-18080}"
APP_PID=""
STARTUP_SECONDS=""

ensure_jar() {
  if [ ! -f "$JAR" ] || [ -n "$(find "$PROJECT_DIR/src/main" "$PROJECT_DIR/db" "$PROJECT_DIR/pom.xml" -newer "$JAR" -print -quit)" ]; then
    echo "Packaging the application (./mvnw -DskipTests package)…" >&2
    (cd "$PROJECT_DIR" && ./mvnw -B -q ${MVN_OFFLINE:+-o} -DskipTests package) >&2
  fi
}

# start_app [extra Spring arguments…] — starts the jar in $WORK; sets APP_PID and STARTUP_SECONDS
# (seconds until healthy). Call it directly, not in $(…): a subshell would lose both.
start_app() {
  mkdir -p "$WORK"
  local started
  started=$(date +%s.%N)
  (cd "$WORK" && exec java ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
      --spring.main.banner-mode=off "$@" > "$WORK/app.log" 2>&1) &
  APP_PID=$!
  trap stop_app EXIT
  local deadline=$(( $(date +%s) + ${BENCH_START_SECONDS:-60} ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if curl -sf "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; then
      STARTUP_SECONDS=$(echo "$(date +%s.%N) - $started" | bc)
      return 0
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "The application stopped; see $WORK/app.log" >&2
      tail -20 "$WORK/app.log" >&2
      return 1
    fi
    sleep 0.1
  done
  echo "The application did not become healthy within ${BENCH_START_SECONDS:-60} s (BENCH_START_SECONDS); see $WORK/app.log" >&2
  return 1
}

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

# bench_java [JVM OPTIONS…] CLASS [ARGUMENTS…] — compiles the tests and runs the benchmark CLASS
# with plain `java` on the test classpath, the classpath written by `dependency:build-classpath`
# (target/bench-classpath.txt). Not `exec:java`: Maven resolves the `exec` prefix from the plugin
# repository's metadata, which an offline machine does not have, while the dependency plugin comes
# with the build. MVN_OFFLINE=1 runs Maven with -o (no network at all).
bench_java() {
  local options=()
  while [ $# -gt 0 ] && [ "${1#-}" != "$1" ]; do
    options+=("$1")
    shift
  done
  (cd "$PROJECT_DIR" \
    && ./mvnw -B -q ${MVN_OFFLINE:+-o} test-compile \
    && ./mvnw -B -q ${MVN_OFFLINE:+-o} dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
         -Dmdep.includeScope=test > /dev/null \
    && mkdir -p target/tmp \
    && exec java "${options[@]}" -Djava.io.tmpdir="$PROJECT_DIR/target/tmp" \
         -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" "$@")
}
