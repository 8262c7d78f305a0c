# Shared by the benchmarks (sourced, not run): the built jar, and a Kriya started from it with -Xmx512m on its own
# data folder (bench/data, embedded PostgreSQL) and port with the scale profile, which generates the
# 100,000-product catalog the first time. Expects ROOT (the project folder); reads PORT (8093) and DB_PORT (54393).
#
#   kriya_jar [--build]      sets JAR, building it (without tests) when missing or asked
#   kriya_start <stamp>      starts Kriya, stops it when the script exits, waits until it is ready; sets BASE, PID,
#                            LOG, GC_LOG, READY (seconds), GENERATED (the generator's summary line)
#   kriya_running            true when a Kriya already answers at BASE

PORT=${PORT:-8093}
DB_PORT=${DB_PORT:-54393}
DATA=${DATA:-$ROOT/bench/data}
BASE=http://localhost:$PORT

kriya_jar() {
  JAR=$(cd "$ROOT" && ls target/kriya-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [[ -z $JAR || ${1:-} == --build ]]; then
    (cd "$ROOT" && ./mvnw -q package -Dsurefire.skip=true -DskipITs)
    JAR=$(cd "$ROOT" && ls target/kriya-*.jar | grep -v original | head -1)
  fi
}

kriya_running() {
  curl -sf "$BASE/actuator/health/readiness" >/dev/null
}

kriya_start() {
  local stamp=$1 start
  LOG=$DATA/kriya-$stamp.log
  GC_LOG=$DATA/gc-$stamp.log
  mkdir -p "$DATA"
  # A copy of its own (moved into place, so a running one keeps its file): a build meanwhile cannot pull the jar
  # from under it.
  cp "$ROOT/$JAR" "$DATA/kriya.jar.new" && mv "$DATA/kriya.jar.new" "$DATA/kriya.jar"
  echo "Starting Kriya ($JAR) on port $PORT with -Xmx512m, data in $DATA"
  start=$(date +%s)
  (cd "$DATA" && exec java -Xmx512m -Xlog:gc:file="$GC_LOG" -jar "$DATA/kriya.jar" \
    --spring.profiles.active=scale --server.port="$PORT" --kriya.base-url="$BASE" \
    --kriya.database.embedded.port="$DB_PORT" --kriya.database.embedded.data-directory="$DATA/postgres" \
    --kriya.search.directory="$DATA/index" --kriya.media.directory="$DATA/media" >"$LOG" 2>&1) &
  PID=$!
  trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT

  until kriya_running; do
    if ! kill -0 "$PID" 2>/dev/null; then echo "Kriya stopped; see $LOG" >&2; tail -20 "$LOG" >&2; exit 1; fi
    if (( $(date +%s) - start > 1800 )); then echo "Kriya not ready after 30 minutes" >&2; exit 1; fi
    sleep 2
  done
  # A search index rebuilt at start-up (empty, or from an older Kriya) fills in the background: wait for it, or the
  # benchmark would measure a half-empty index.
  if grep -q 'rebuilding it from the database' "$LOG"; then
    echo "Waiting for the search index to be rebuilt"
    until grep -q 'rebuilt it with' "$LOG"; do
      if ! kill -0 "$PID" 2>/dev/null; then echo "Kriya stopped; see $LOG" >&2; exit 1; fi
      sleep 2
    done
  fi
  READY=$(( $(date +%s) - start ))
  GENERATED=$(grep -o 'Scale catalog: .*' "$LOG" | head -1 || true)
  [[ -z $GENERATED ]] && GENERATED=$(grep -o 'Scale catalog already generated.*' "$LOG" | head -1 || true)
  return 0
}
