#!/usr/bin/env bash
# Disk, memory and CPU per article, for the sizing table of docs/deployment.md: loads ARTICLES real
# ANT articles (read in place from ../shared, never committed) through POST /articles/batch into a
# service started here on a fresh embedded PostgreSQL (port 28491, data in target/bench-sizing),
# then prints the database and table sizes, the service's peak RSS and heap in use, and the CPU
# seconds the service and PostgreSQL spent on the load.
# Usage: bench/sizing.sh [ARTICLES=5000]
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-5000}"
corpus="${CORPUS:-../shared/data/ant}"
work="target/bench-sizing"
port=28491
pg_port=28492
base="http://127.0.0.1:$port"
rm -rf "$work"
mkdir -p "$work"
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests
[ -f target/load-articles.classpath ] || ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/load-articles.classpath >/dev/null
export PARALLAX_ADMIN_KEY="bench-sizing-admin-key-0123456789"
export PARALLAX_API_KEY="$PARALLAX_ADMIN_KEY"
PARALLAX_DEMO_LOAD=never PARALLAX_RATE_LIMIT_KEY_PER_MINUTE=100000000 QUARKUS_HTTP_PORT=$port \
  PARALLAX_EMBEDDED_POSTGRES_DATA_DIR="$work/postgres" PARALLAX_EMBEDDED_POSTGRES_PORT=$pg_port \
  java -XX:MaxRAMPercentage=75 -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
timeout 180 sh -c "until curl -fs $base/q/health/ready >/dev/null 2>&1; do sleep 1; done"
sql() { psql -h 127.0.0.1 -p $pg_port -U postgres -d parallax -At -c "$1"; }
# CPU seconds (user + system) of the service, and of every PostgreSQL process of this data directory
cpu_service() { awk '{print ($14 + $15) / 100}' "/proc/$service/stat"; }
cpu_postgres() {
  local total=0
  for pid in $(pgrep -f "postgres" || true); do
    if tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q "$pg_port\|bench-sizing"; then
      total=$(awk -v t="$total" '{print t + ($14 + $15 + $16 + $17) / 100}' "/proc/$pid/stat")
    fi
  done
  echo "$total"
}
before_db=$(sql "SELECT pg_database_size('parallax')")
service_cpu=$(cpu_service)
postgres_cpu=$(cpu_postgres)
java -Xmx4g -cp "$(cat target/load-articles.classpath)" scripts/LoadArticles.java "$corpus" --base "$base" \
  --mode batch --clients 2 --batch-size 500 --limit "$articles" --report-every "$articles" \
  || echo "(some articles were refused: see above; the corpus repeats a few URLs with other content)"
until [ "$(sql "SELECT count(*) FROM event_linking WHERE state IN ('pending', 'running')")" = 0 ]; do sleep 1; done
echo "== service CPU for the load: $(awk -v a="$(cpu_service)" -v b="$service_cpu" 'BEGIN {print a - b}') s;" \
  "PostgreSQL (live processes): $(awk -v a="$(cpu_postgres)" -v b="$postgres_cpu" 'BEGIN {print a - b}') s"
sql "VACUUM ANALYZE" >/dev/null
echo "== rows"
sql "SELECT 'articles ' || (SELECT count(*) FROM article) || ', claims ' || (SELECT count(*) FROM claim)
     || ', citations ' || (SELECT count(*) FROM citation) || ', facets ' || (SELECT count(*) FROM facet)
     || ', outlets ' || (SELECT count(*) FROM outlet) || ', speakers ' || (SELECT count(*) FROM speaker)
     || ', article text ' || pg_size_pretty((SELECT sum(octet_length(body)) FROM article))"
echo "== database: $(sql "SELECT pg_size_pretty(pg_database_size('parallax') - $before_db)") added" \
  "($(sql "SELECT pg_size_pretty(pg_database_size('parallax'))") in all); data directory with WAL: $(du -sh "$work/postgres" | cut -f1)"
echo "== largest tables (with indexes and TOAST)"
sql "SELECT relname || ' ' || pg_size_pretty(pg_total_relation_size(c.oid)) || ' (indexes ' || pg_size_pretty(pg_indexes_size(c.oid)) || ')'
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 8"
jcmd "$service" GC.run >/dev/null 2>&1 || true
echo "== service: peak RSS $(awk '/VmHWM/ {print int($2/1024) " MiB"}' "/proc/$service/status")," \
  "RSS now $(awk '/VmRSS/ {print int($2/1024) " MiB"}' "/proc/$service/status")," \
  "heap after a full GC: $(jcmd "$service" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1)"
