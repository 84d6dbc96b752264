#!/usr/bin/env bash
# Read latency and throughput under load on the corpus of bench/corpus.sh (run that first), with
# the raw-PostgreSQL baseline (pgbench running the same SQL on the same database) in the same run.
# Every request goes to 127.0.0.1 only; each measurement is bounded in time (DURATION seconds),
# CONNECTIONS connections on 2 wrk threads; each is repeated RUNS times and the median reported.
# Installs wrk from Debian's packages when it is missing (needs root).
# Usage: bench/load.sh [DURATION=10] [CONNECTIONS=8] [RUNS=3]
# The service is first loaded untimed for JVM_WARMUP seconds (default 90; BENCH_JVM_WARMUP=0 for none) with random
# article reads: on 2 cores the JIT compiler takes a minute or more of load to compile the shared request path (Vert.x,
# Jackson, Hibernate, the driver): a service just started answered 46 by-id reads/s over its first 30 seconds, then
# 583, 859, 742, 907, 1,362, 1,955 and 2,066/s in successive 10-second runs (4 December, beside other sessions' work,
# load average 14-17). Each measurement (wrk or pgbench) then runs untimed for
# WARMUP seconds (default 5; BENCH_WARMUP=0 for none) for its own request's path.
# BENCH_ONLY=REGEX measures only the requests whose name matches (e.g. 'search|related'), to rerun a few rows.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"
connections="${2:-8}"
runs="${3:-3}"
warmup="${BENCH_WARMUP:-5}"
jvm_warmup="${BENCH_JVM_WARMUP:-90}"
command -v wrk >/dev/null || { echo "installing wrk (apt-get)"; apt-get install -y wrk >/dev/null; }
source bench/service.sh
start_service "${BENCH_CORPUS_DIR:-target/bench-corpus}" "${BENCH_PORT:-18091}"
results="$(mktemp)"

# median of the RUNS runs of one wrk measurement: "req/s p50 p99"
measure() {
  local name="$1"; shift
  [[ "$name" =~ ${BENCH_ONLY:-.} ]] || return 0
  [ "$warmup" = 0 ] || wrk -t2 -c"$connections" -d"${warmup}s" --timeout 10s "$@" >/dev/null
  for _ in $(seq 1 "$runs"); do
    wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s --latency "$@" | awk '
      /Requests\/sec/ {rps=$2} / 50%/ {p50=$2} / 99%/ {p99=$2}
      /Non-2xx/ {bad=$NF}
      END {printf "%s %s %s %s\n", rps, p50, p99, (bad == "" ? 0 : bad)}'
  done | sort -n | awk -v name="$name" 'NR == 2 || (NR == 1 && '"$runs"' == 1) {
      printf "%-44s %9s req/s  p50 %8s  p99 %8s  non-2xx %s\n", name, $1, $2, $3, $4}' | tee -a "$results"
}

# median tps of pgbench running FILE with the given -D variables
baseline() {
  local name="$1" file="$2"; shift 2
  [[ "$name" =~ ${BENCH_ONLY:-.} ]] || return 0
  [ "$warmup" = 0 ] || pgbench -h 127.0.0.1 -p "$(pg_port)" -U postgres -n -c "$connections" -j 2 -T "$warmup" -f "$file" "$@" parallax >/dev/null 2>&1
  for _ in $(seq 1 "$runs"); do
    pgbench -h 127.0.0.1 -p "$(pg_port)" -U postgres -n -c "$connections" -j 2 -T "$duration" -f "$file" "$@" parallax 2>/dev/null \
      | awk '/^tps/ {print $3}'
  done | sort -n | awk -v name="$name" 'NR == 2 || (NR == 1 && '"$runs"' == 1) {printf "%-44s %9.0f tps (pgbench, same SQL)\n", name, $1}' \
      | tee -a "$results"
}

articles=$(sql "SELECT count(*) FROM article")
read -r min_article max_article <<< "$(sql "SELECT min(id) || ' ' || max(id) FROM article" )"
read -r min_claim max_claim <<< "$(sql "SELECT min(id) || ' ' || max(id) FROM claim" )"
read -r min_event max_event <<< "$(sql "SELECT min(id) || ' ' || max(id) FROM event" )"
event=$(sql "SELECT event_id FROM article_event WHERE linked GROUP BY event_id ORDER BY count(*) DESC, event_id LIMIT 1")
event_articles=$(sql "SELECT count(*) || ' articles from ' || count(DISTINCT a.outlet_id) || ' outlets' FROM article_event ae JOIN article a ON a.id = ae.article_id WHERE ae.event_id = $event AND ae.linked")
outlet=$(sql "SELECT outlet_id FROM article WHERE outlet_id IS NOT NULL GROUP BY outlet_id ORDER BY count(*) DESC LIMIT 1")
speaker=$(sql "SELECT speaker_id FROM claim WHERE speaker_id IS NOT NULL GROUP BY speaker_id ORDER BY count(*) DESC LIMIT 1")
echo "corpus: $articles articles, $(sql "SELECT count(*) FROM claim") claims; event $event: $event_articles; $(nproc) cores; $runs runs of ${duration}s, $connections connections" | tee -a "$results"
until [ "$(sql "SELECT count(*) FROM stats_change")" = 0 ]; do echo "waiting for the stats rollups to catch up"; sleep 5; done

# the statement GET /articles/{id} runs (article with its texts, claim count, outlet and citations)
by_id="$(mktemp --suffix .sql)"
cat > "$by_id" <<SQL
\set id random($min_article, $max_article)
SELECT a.*, (SELECT count(*) FROM claim cl WHERE cl.article_id = a.id), o.*, c.*, co.* FROM article a LEFT JOIN outlet o ON o.id = a.outlet_id LEFT JOIN citation c ON c.article_id = a.id LEFT JOIN outlet co ON co.id = c.outlet_id WHERE a.id = :id;
SQL
[ "$jvm_warmup" = 0 ] || wrk -t2 -c"$connections" -d"${jvm_warmup}s" --timeout 10s -s bench/random-path.lua "$base" -- /articles/ "$min_article" "$max_article" >/dev/null
baseline "baseline: article by id" "$by_id"
measure "GET /articles/{id}" -s bench/random-path.lua "$base" -- /articles/ "$min_article" "$max_article"

frequent="%D9%82%D8%A7%D9%84" # قال (said)
rare="%D8%A7%D9%84%D8%B7%D8%A7%D9%82%D8%A9%20%D8%A7%D9%84%D8%B4%D9%85%D8%B3%D9%8A%D8%A9" # الطاقة الشمسية (solar energy)
for sort in relevance recency; do
  measure "GET /claims/search frequent word, $sort" "$base/claims/search?q=$frequent&sort=$sort"
  measure "GET /claims/search rare pair, $sort" "$base/claims/search?q=$rare&sort=$sort"
done
measure "GET /events/$event/comparison" "$base/events/$event/comparison"
# a different event each time: mostly comparisons built for the request (an instance keeps the last 64)
measure "GET /events/{id}/comparison (random events)" -s bench/random-path.lua "$base" -- /events/ "$min_event" "$max_event" /comparison
measure "GET /claims/{id}/related" -s bench/random-path.lua "$base" -- /claims/ "$min_claim" "$max_claim" /related
# ranges with edges inside an hour (12:30): their answer is never kept; each request aggregates the partial hours from the
# corpus and adds them to the kept answer over the whole hours (stats.Addition)
for stats in "coverage?groupBy=outlet" "coverage?groupBy=day" "coverage?groupBy=language&publishedFrom=2018-03-01T12:00:00Z&publishedTo=2018-06-01T00:00:00Z" \
             citations speakers overview \
             "speakers?publishedFrom=2018-05-31T12:00:00Z&publishedTo=2018-06-01T12:00:00Z" \
             "citations?publishedFrom=2018-03-01T12:00:00Z&publishedTo=2018-06-01T12:00:00Z" \
             "mentions?publishedFrom=2018-05-31T12:00:00Z&publishedTo=2018-06-01T12:00:00Z" mentions \
             "speakers?publishedFrom=2018-05-31T12:30:00Z&publishedTo=2018-06-01T12:30:00Z" \
             "citations?publishedFrom=2018-03-01T12:30:00Z&publishedTo=2018-06-01T12:30:00Z" \
             "mentions?publishedFrom=2018-03-01T12:30:00Z&publishedTo=2018-06-01T12:30:00Z"; do
  measure "GET /stats/$stats" "$base/stats/$stats"
done
measure "GET /articles?outlet&language" "$base/articles?outlet=$outlet&language=ar"
measure "GET /articles?publishedTo (a page deep in the list)" "$base/articles?publishedTo=2018-02-01T00:00:00Z"
measure "GET /claims?speaker" "$base/claims?speaker=$speaker"

read -r min_story max_story <<< "$(sql "SELECT min(id) || ' ' || max(id) FROM story")"
rare_outlet=$(sql "SELECT outlet_id FROM story_outlet GROUP BY outlet_id ORDER BY count(*), outlet_id LIMIT 1")
echo "stories: $(sql "SELECT count(*) FROM story WHERE merged_into IS NULL"), of $(sql "SELECT count(*) FROM story_outlet WHERE outlet_id = $rare_outlet") with outlet $rare_outlet" | tee -a "$results"
until [ "$(sql "SELECT count(*) FROM story_change")" = 0 ]; do echo "waiting for the story counters to catch up"; sleep 5; done
# the statement of the default page (the page's events and outlets are two more)
stories_page="$(mktemp --suffix .sql)"
echo "SELECT s.id, s.title, s.title_ar, s.title_en, s.article_count, s.outlet_count, array_to_string(s.languages, ','), s.first_published, s.last_published FROM story s WHERE s.merged_into IS NULL AND s.outlet_count >= 2 ORDER BY s.last_published DESC, s.id DESC LIMIT 21;" > "$stories_page"
baseline "baseline: the default page of stories" "$stories_page"
february="publishedFrom=2018-02-01T00:00:00Z&publishedTo=2018-03-01T00:00:00Z"
for stories in "" "?minOutlets=1&sort=size" "?sort=outlets&publishedFrom=2018-05-31T00:00:00Z&publishedTo=2018-06-01T00:00:00Z" \
               "?$february" "?sort=size&$february" "?publishedTo=2018-03-15T12:00:00Z" "?outlet=$rare_outlet" "?language=ar" \
               "?language=en"; do
  measure "GET /stories$stories" "$base/stories$stories"
done
measure "GET /stories/{id}" -s bench/random-path.lua "$base" -- /stories/ "$min_story" "$max_story"
echo "== results"; cat "$results"
