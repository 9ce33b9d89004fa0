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

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -x "$JAVA" ] || JAVA=java
[ -f "$JAR" ] || { echo "$JAR is missing: mvn -B -q package -DskipTests" >&2; exit 1; }
export ANSINH_DATA_DIR=$DATA ANSINH_DB_PORT=$DB_PORT ANSINH_DEMO=false
COMMON=(--ansinh.demo.enabled=false --ansinh.cards.issuing-province=40 --logging.level.root=warn
        --logging.level.vn.ansinh=info)

if [ ! -d "$DATA/pg" ]; then
  echo "== Generating the province into $DATA (5-10 minutes)"
  "$JAVA" -Xmx1g -jar "$JAR" --spring.main.web-application-type=none "${COMMON[@]}" \
    --ansinh.generate.people=3100000 --ansinh.generate.province=40 --ansinh.generate.seed=2024
fi

echo "== Part 1: facilities, issuing run of $ON, look-up file, JDBC limit"
"$JAVA" -Xmx$HEAP -jar "$JAR" --spring.main.web-application-type=none "${COMMON[@]}" \
  --ansinh.benchmark.card-lookup.out="$OUT" --ansinh.benchmark.card-lookup.on="$ON" \
  --ansinh.benchmark.card-lookup.threads="$JDBC_THREADS" --ansinh.benchmark.card-lookup.seconds="$SECONDS_RUN" \
  | grep -v '^\s*$' | grep -v ' INFO \| WARN ' || true
[ -s "$OUT/part1.txt" ] || { echo "part 1 failed" >&2; exit 1; }

echo "== Part 2: the application on 127.0.0.1:$PORT, $CONNECTIONS connections"
"$JAVA" -Xmx$HEAP -jar "$JAR" "${COMMON[@]}" --server.port="$PORT" --server.address=127.0.0.1 \
  --server.tomcat.threads.max=64 --ansinh.db.pool-size=16 >"$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 $APP 2>/dev/null || { echo "the application stopped; see $OUT/app.log" >&2; exit 1; }
  sleep 1
done
export LOOKUP_FILE="$OUT/lookups.txt" LOOKUP_TOKEN=$(cat "$OUT/token")
echo "sample: $(curl -fs -H "Authorization: Bearer $LOOKUP_TOKEN" "http://127.0.0.1:$PORT$(head -1 "$LOOKUP_FILE")" | cut -c1-300)"
echo "warm-up 15 s"
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d15s -s bench/card-lookup.lua "http://127.0.0.1:$PORT" >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --latency -s bench/card-lookup.lua "http://127.0.0.1:$PORT" \
  | tee "$OUT/part2.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "== Summary (goal: >= 5,000 look-ups/s with p99 < 10 ms)"
grep 'HTTP look-ups' "$OUT/part2.txt"
grep 'JDBC limit' "$OUT/part1.txt"
