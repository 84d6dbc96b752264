# Sourced by the benchmarks: builds the service once and starts it on an embedded PostgreSQL
# whose data stays in the given folder; stops it when the calling script exits.
# SERVICE_JAVA_OPTS adds JVM options to the service (e.g. a JFR recording).
# PG_STATEMENTS=1 loads pg_stat_statements and prints what took PostgreSQL's time in each phase (a diagnosis).
# start_service DATA_DIR PORT   sets $base and $service; load ARGS... runs scripts/LoadArticles.java;
# create_event times the creation of an event and of its background linking on the loaded database.
corpus="${CORPUS:-../shared/data/ant}"
export PARALLAX_ADMIN_KEY="${PARALLAX_ADMIN_KEY:-bench-admin-key-0123456789abcdef}"
export PARALLAX_API_KEY="$PARALLAX_ADMIN_KEY"

start_service() {
  local data="$1" port="$2"
  data_dir="$data"
  base="http://127.0.0.1:$port"
  mkdir -p "$data"
  [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests
  [ -f target/load-articles.classpath ] || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/load-articles.classpath >/dev/null
  service_log="$data/service.log"
  launch "$data" "$port"
  if [ -n "${PG_STATEMENTS:-}" ]; then # a diagnosis: restart once with pg_stat_statements loaded
    kill "$service"; wait "$service" 2>/dev/null || true
    echo "shared_preload_libraries = 'pg_stat_statements'" >> "$data/postgres/postgresql.auto.conf"
    launch "$data" "$port"
    psql -q -h 127.0.0.1 -p "$(pg_port)" -U postgres parallax -c 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements'
  fi
}

launch() {
  local data="$1" port="$2"
  PARALLAX_DEMO_LOAD=never PARALLAX_RATE_LIMIT_KEY_PER_MINUTE=100000000 PARALLAX_RATE_LIMIT_ANONYMOUS_PER_MINUTE=100000000 \
    QUARKUS_HTTP_PORT="$port" PARALLAX_EMBEDDED_POSTGRES_DATA_DIR="$(realpath "$data")/postgres" \
    java -Xmx2g ${SERVICE_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar >> "$service_log" 2>&1 &
  service=$!
  trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do
    curl -fs "$base/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$service" 2>/dev/null || { tail -20 "$service_log"; exit 1; }
    sleep 1
  done
  curl -fs "$base/q/health/ready" >/dev/null
}

# With PG_STATEMENTS set: the statements that took the most of PostgreSQL's time since the last call, then forgets them.
top_statements() {
  [ -n "${PG_STATEMENTS:-}" ] || return 0
  psql -h 127.0.0.1 -p "$(pg_port)" -U postgres parallax -P pager=off -c "
    SELECT round(total_exec_time) AS ms, calls, round((total_exec_time / calls)::numeric, 2) AS ms_per_call, rows,
           left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS statement
    FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 15" -c 'SELECT pg_stat_statements_reset()' | sed '/pg_stat_statements_reset/,$d'
}

# CPU seconds used so far by the service, by PostgreSQL (postmaster, its live and its exited backends)
# and by the whole machine, and the machine's idle seconds; cpu_since "$before" prints what a phase used.
cpu_now() {
  local tick pm
  tick=$(getconf CLK_TCK)
  pm=$(head -1 "$(realpath "$data_dir")/postgres/postmaster.pid")
  {
    awk '{print "service", $14 + $15}' "/proc/$service/stat"
    awk '{print "postgres", $14 + $15 + $16 + $17}' "/proc/$pm/stat"
    for child in $(ps --ppid "$pm" -o pid=); do awk '{print "postgres", $14 + $15}' "/proc/$child/stat" 2>/dev/null || true; done
    awk '/^cpu / {print "busy", $2 + $3 + $4 + $7 + $8; print "idle", $5 + $6}' /proc/stat
  } | awk -v tick="$tick" '{sum[$1] += $2} END {printf "%.1f %.1f %.1f %.1f\n", sum["service"] / tick, sum["postgres"] / tick, sum["busy"] / tick, sum["idle"] / tick}'
}
cpu_since() {
  read -r s0 p0 b0 i0 <<< "$1"
  read -r s1 p1 b1 i1 <<< "$(cpu_now)"
  awk -v s="$(echo "$s1 - $s0" | bc)" -v p="$(echo "$p1 - $p0" | bc)" -v b="$(echo "$b1 - $b0" | bc)" -v i="$(echo "$i1 - $i0" | bc)" \
    'BEGIN {printf "CPU: service %.0f s, PostgreSQL %.0f s, everything else %.0f s; machine idle %.0f%%\n", s, p, b - s - p, 100 * i / (b + i)}'
}

pg_port() { grep -o 'embedded PostgreSQL on 127.0.0.1:[0-9]*' "$service_log" | tail -1 | cut -d: -f2; }
# sql QUERY [PSQL_OPTION...]: the query's rows, unaligned, on the service's PostgreSQL
sql() { local query="$1"; shift; psql -qtA -h 127.0.0.1 -p "$(pg_port)" -U postgres parallax "$@" -c "$query"; }

# a refused or failed request is reported by the loader and does not stop the calling script
load() { java -Xmx4g -cp "$(cat target/load-articles.classpath)" scripts/LoadArticles.java "$corpus" --base "$base" "$@" \
  || echo "(some articles were refused or failed: see above)"; }

# The Paris conference on Libya created on whatever the service holds (force: a database may hold one
# already), twice: the first POST after the service started (a cold JVM) and again once it is warm,
# which is what a running service answers. Prints how long POST /events took to answer and until
# its background linking was done; articles are counted in PostgreSQL (the stats rollups may lag).
create_event() {
  local total round start id answered finished
  total=$(sql 'SELECT count(*) FROM article')
  echo "== An event on the loaded database ($total articles)"
  for round in "first request after start" "warm service"; do
    start=$(date +%s%N)
    id=$(curl -fs -X POST "$base/events?force=true" -H "Authorization: Bearer $PARALLAX_API_KEY" -H 'Content-Type: application/json' \
      -d '{"title":"مؤتمر باريس حول ليبيا","aliases":["Paris conference on Libya"],"kind":"conference","startDate":"2018-05-29","place":"باريس"}' \
      | sed -E 's/^\{"id":([0-9]+).*/\1/')
    answered=$(( ($(date +%s%N) - start) / 1000000 ))
    until curl -fs "$base/events/$id" | grep -q '"state":"done"'; do sleep 0.2; done
    finished=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "$round: POST /events answered in $answered ms; linking done after $finished ms: $(curl -fs "$base/events/$id" | grep -o '"linking":{[^}]*}')"
  done
}

