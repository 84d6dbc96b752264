# Sourced by the benchmarks: builds the service once and starts it on an embedded PostgreSQL
# whose data stays in the given folder; stops it when the calling script exits.
# SERVICE_JAVA_OPTS adds JVM options to the service (e.g. a JFR recording).
# start_service DATA_DIR PORT   sets $base and $service; load ARGS... runs scripts/LoadArticles.java;
# create_event times the creation of an event and of its background linking on the loaded database.
corpus="${CORPUS:-../shared/data/ant}"
export PARALLAX_ADMIN_KEY="${PARALLAX_ADMIN_KEY:-bench-admin-key-0123456789abcdef}"
export PARALLAX_API_KEY="$PARALLAX_ADMIN_KEY"

start_service() {
  local data="$1" port="$2"
  base="http://127.0.0.1:$port"
  mkdir -p "$data"
  [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests
  [ -f target/load-articles.classpath ] || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/load-articles.classpath >/dev/null
  service_log="$data/service.log"
  PARALLAX_DEMO_LOAD=never PARALLAX_RATE_LIMIT_KEY_PER_MINUTE=100000000 PARALLAX_RATE_LIMIT_ANONYMOUS_PER_MINUTE=100000000 \
    QUARKUS_HTTP_PORT="$port" PARALLAX_EMBEDDED_POSTGRES_DATA_DIR="$(realpath "$data")/postgres" \
    java -Xmx2g ${SERVICE_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$service_log" 2>&1 &
  service=$!
  trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do
    curl -fs "$base/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$service" 2>/dev/null || { tail -20 "$service_log"; exit 1; }
    sleep 1
  done
  curl -fs "$base/q/health/ready" >/dev/null
}

pg_port() { grep -o 'embedded PostgreSQL on 127.0.0.1:[0-9]*' "$service_log" | tail -1 | cut -d: -f2; }

# a refused or failed request is reported by the loader and does not stop the calling script
load() { java -Xmx4g -cp "$(cat target/load-articles.classpath)" scripts/LoadArticles.java "$corpus" --base "$base" "$@" \
  || echo "(some articles were refused or failed: see above)"; }

# The Paris conference on Libya created on whatever the service holds (force: a database may hold one
# already): how long POST /events takes to answer, and until its linking job is done.
create_event() {
  local total start id answered finished
  total=$(curl -fs "$base/stats/overview" | sed -E 's/.*"articles":([0-9]+).*/\1/')
  echo "== An event on the loaded database ($total articles)"
  start=$(date +%s%N)
  id=$(curl -fs -X POST "$base/events?force=true" -H "Authorization: Bearer $PARALLAX_API_KEY" -H 'Content-Type: application/json' \
    -d '{"title":"مؤتمر باريس حول ليبيا","aliases":["Paris conference on Libya"],"kind":"conference","startDate":"2018-05-29","place":"باريس"}' \
    | sed -E 's/^\{"id":([0-9]+).*/\1/')
  answered=$(( ($(date +%s%N) - start) / 1000000 ))
  until curl -fs "$base/events/$id" | grep -q '"state":"done"'; do sleep 0.2; done
  finished=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "POST /events answered in $answered ms; linking done after $finished ms: $(curl -fs "$base/events/$id" | grep -o '"linking":{[^}]*}')"
}
