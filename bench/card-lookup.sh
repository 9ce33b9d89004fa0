#!/usr/bin/env bash
# Card look-up benchmark on a Nghe An-sized province (docs/commands.md). Run from the project folder after
# `mvn -B -q package -DskipTests`. Generates the province first if the data folder has none, issues cards (once per
# date), then measures GET /api/v1/cards/lookup over HTTP with wrk against the limit: the same query through JDBC.
set -euo pipefail

JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAR=${JAR:-target/ansinh.jar}
DATA=${ANSINH_DATA_DIR:-/tmp/ansinh-nghean}
PORT=${PORT:-8182}
DB_PORT=${ANSINH_DB_PORT:-$((PORT + 1000))}
ON=${ON:-2025-01-02}                 # issuing-run and visit date
OUT=${OUT:-$DATA-lookup-bench}       # look-up file, token and reports
SECONDS_RUN=${SECONDS_RUN:-30}       # measured seconds, HTTP and JDBC each
CONNECTIONS=${CONNECTIONS:-32}
WRK_THREADS=${WRK_THREADS:-2}
JDBC_THREADS=${JDBC_THREADS:-4}
HEAP=${HEAP:-1g}
APP_JAVA_OPTS=${APP_JAVA_OPTS:-}           # extra JVM options of the application in part 2 (e.g. a GC)
WARMUP=${WARMUP:-60}                 # seconds of wrk before measuring
RATE=${RATE:-5000}                   # the paced run: look-ups a second, as the goal states it (0 skips it)
PACED_CONNECTIONS=${PACED_CONNECTIONS:-64}
# Request threads: a few per core. 64 left ~32 threads runnable on 2 cores; 8 cut the application's CPU per look-up
# from 0.27 to 0.20 ms (profiled run, load average 15).
TOMCAT_THREADS=${TOMCAT_THREADS:-8}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -x "$JAVA" ] || JAVA=java
[ -f "$JAR" ] || { echo "$JAR is missing: mvn -B -q package -DskipTests" >&2; exit 1; }
export ANSINH_DATA_DIR=$DATA ANSINH_DB_PORT=$DB_PORT ANSINH_DEMO=false
COMMON=(--ansinh.demo.enabled=false --spring.main.banner-mode=off --ansinh.cards.issuing-province=40 --logging.level.root=warn
        --logging.level.vn.ansinh=info)

if [ ! -d "$DATA/pg" ]; then
  echo "== Generating the province into $DATA (5-10 minutes)"
  "$JAVA" -Xmx1g -jar "$JAR" --spring.main.web-application-type=none "${COMMON[@]}" \
    --ansinh.generate.people=3100000 --ansinh.generate.province=40 --ansinh.generate.seed=2024
fi

echo "== Part 1: facilities, issuing run of $ON, look-up file, JDBC limit"
mkdir -p "$OUT" && rm -f "$OUT/part1.txt" "$OUT/part2.txt" "$OUT/part3.txt"
"$JAVA" -Xmx$HEAP -jar "$JAR" --spring.main.web-application-type=none "${COMMON[@]}" \
  --ansinh.benchmark.card-lookup.out="$OUT" --ansinh.benchmark.card-lookup.on="$ON" \
  --ansinh.benchmark.card-lookup.threads="$JDBC_THREADS" --ansinh.benchmark.card-lookup.seconds="$SECONDS_RUN" \
  | grep -v '^\s*$' | grep -v ' INFO \| WARN ' || true
[ -s "$OUT/part1.txt" ] || { echo "part 1 failed" >&2; exit 1; }

echo "== Part 2: the application on 127.0.0.1:$PORT, $CONNECTIONS connections"
"$JAVA" -Xmx$HEAP $APP_JAVA_OPTS -jar "$JAR" "${COMMON[@]}" --server.port="$PORT" --server.address=127.0.0.1 \
  --server.tomcat.threads.max="$TOMCAT_THREADS" --ansinh.db.pool-size=16 >"$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 $APP 2>/dev/null || { echo "the application stopped; see $OUT/app.log" >&2; exit 1; }
  sleep 1
done
export LOOKUP_FILE="$OUT/lookups.txt" LOOKUP_TOKEN=$(cat "$OUT/token")
echo "sample: $(curl -fs -H "Authorization: Bearer $LOOKUP_TOKEN" "http://127.0.0.1:$PORT$(head -1 "$LOOKUP_FILE")" | cut -c1-300)"
echo "warm-up ${WARMUP}s (the JIT compiles the request path first)"
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/card-lookup.lua "http://127.0.0.1:$PORT" >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# CPU time (user + system, clock ticks) of the application, its PostgreSQL and wrk, to tell what one look-up costs
# apart from waiting for a busy machine.
ticks() { local t=0; for p in "$@"; do [ -r /proc/$p/stat ] && t=$((t + $(awk '{print $14 + $15}' /proc/$p/stat))); done; echo $t; }
PM=$(pgrep -f -- "-D $DATA/pg" | head -1 || true)
PG_PIDS="$PM $( [ -n "$PM" ] && pgrep -P "$PM" | tr '\n' ' ')"
APP0=$(ticks $APP); PG0=$(ticks $PG_PIDS); SELF0=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --latency -s bench/card-lookup.lua "http://127.0.0.1:$PORT" \
  | tee "$OUT/part2.txt"
APP1=$(ticks $APP); PG1=$(ticks $PG_PIDS); SELF1=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
N=$(grep -o '([0-9]* look-ups' "$OUT/part2.txt" | tr -dc 0-9)
HZ=$(getconf CLK_TCK)
awk -v n="$N" -v hz="$HZ" -v app=$((APP1 - APP0)) -v pg=$((PG1 - PG0)) -v wrk=$((SELF1 - SELF0)) -v cpus="$(nproc)" 'BEGIN {
  a = app * 1000 / hz / n; p = pg * 1000 / hz / n; w = wrk * 1000 / hz / n;
  printf "CPU per look-up: application %.3f ms, PostgreSQL %.3f ms, wrk %.3f ms; %d CPUs would serve at most %.0f look-ups/s\n",
         a, p, w, cpus, cpus * 1000 / (a + p + w) }' | tee -a "$OUT/part2.txt"
if [ "$RATE" -gt 0 ]; then
  # The goal is a latency at a rate: facilities send look-ups on their own schedule, not as fast as answers come
  # back, so the second run paces wrk at RATE over PACED_CONNECTIONS (bench/card-lookup.lua, LOOKUP_RATE).
  echo "== Paced: $RATE look-ups/s over $PACED_CONNECTIONS connections; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  LOOKUP_RATE=$RATE LOOKUP_THREADS=$WRK_THREADS wrk -t"$WRK_THREADS" -c"$PACED_CONNECTIONS" -d"${SECONDS_RUN}s" --latency \
    -s bench/card-lookup.lua "http://127.0.0.1:$PORT" | sed 's/^HTTP look-ups:/HTTP look-ups paced at '"$RATE"'\/s:/' \
    | tee "$OUT/part3.txt"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
echo
echo "== Summary (goal: >= 5,000 look-ups/s with p99 < 10 ms)"
grep 'HTTP look-ups\|CPU per look-up' "$OUT/part2.txt"
[ "$RATE" -gt 0 ] && grep 'HTTP look-ups' "$OUT/part3.txt"
grep 'JDBC limit' "$OUT/part1.txt"
