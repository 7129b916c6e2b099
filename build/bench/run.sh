#!/usr/bin/env bash
# Load benchmark of CertStatus against its raw ADO.NET comparator (build/bench/RawHost).
# See docs/performance.md. Traffic goes to 127.0.0.1 only; only processes this script starts are stopped.
#
#   build/bench/run.sh [--size N] [--duration SECONDS] [--warmup SECONDS] [--connections C] [--rounds R] [--reseed] [--no-build]
#                      [--paging-only] [--offset-sweep]
#
# After the load scenarios, paging.py measures the service alone at depth: first, middle and last
# page by offset and by cursor, the sweep of every status by cursor, and page 1 of every filter and
# sort; then feed.py follows the change feed while writers write (its lag, throughput and
# completeness). --paging-only skips the load scenarios; --offset-sweep also walks every page by offset.
set -euo pipefail

SIZE=10000
DURATION=8
# Unmeasured load on each scenario first: the service's tiered JIT needs several seconds of
# traffic on a code path before it runs at full speed (measured: ~2,800 req/s in the first 4 s of
# GET one, ~8,000 afterwards); the raw host, a few dozen lines, warms almost at once.
WARMUP=10
CONNECTIONS=32
THREADS=2
ROUNDS=2
RESEED=0
BUILD=1
PAGING_ONLY=0
OFFSET_SWEEP=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size) SIZE="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --reseed) RESEED=1; shift ;;
    --no-build) BUILD=0; shift ;;
    --paging-only) PAGING_ONLY=1; shift ;;
    --offset-sweep) OFFSET_SWEEP=--offset-sweep; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
(( SIZE % THREADS == 0 )) || { echo "--size must be a multiple of $THREADS" >&2; exit 2; }

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="${BENCH_WORK:-/tmp/certstatus-bench}"
SERVICE_PORT=5601
RAW_PORT=5602
mkdir -p "$WORK"
export LUA_DIR="$HERE/lua"

if ! command -v wrk > /dev/null; then
  apt-get update && apt-get install -y wrk
fi
command -v sqlite3 > /dev/null || { apt-get update && apt-get install -y sqlite3; }

STARTED=()
cleanup() {
  for pid in "${STARTED[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${STARTED[@]}"; do wait "$pid" 2> /dev/null || true; done
}
trap cleanup EXIT

if (( BUILD )); then
  echo "# building Release" >&2
  dotnet build "$ROOT/src/CertStatus.Api" -c Release -o "$WORK/api" -v q -nologo > "$WORK/build.log"
  dotnet build "$HERE/RawHost" -c Release -o "$WORK/raw" -v q -nologo >> "$WORK/build.log"
fi

# Starts a host in the background; sets HOST_PID and READY_MS (milliseconds until /health/ready answers).
start_host() { # name port db
  local name="$1" port="$2" db="$3" start end
  start=$(date +%s%N)
  if [[ "$name" == service ]]; then
    # From its own folder: the content root (appsettings.json, hence the log levels) is the working directory.
    (cd "$WORK/api" && ConnectionStrings__CertStatus="Data Source=$db" ASPNETCORE_URLS="http://127.0.0.1:$port" \
      exec ./CertStatus.Api > "$WORK/$name.log" 2>&1) &
  else
    (cd "$WORK/raw" && ConnectionStrings__CertStatus="Data Source=$db" ASPNETCORE_URLS="http://127.0.0.1:$port" \
      exec ./RawHost > "$WORK/$name.log" 2>&1) &
  fi
  HOST_PID=$!
  STARTED+=("$HOST_PID")
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    kill -0 "$HOST_PID" 2> /dev/null || { echo "$name exited; see $WORK/$name.log" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  READY_MS=$(( (end - start) / 1000000 ))
}

stop_host() {
  kill "$HOST_PID" 2> /dev/null || true
  wait "$HOST_PID" 2> /dev/null || true
}

# The seeded database is made once per size and copied before every benchmark run, so each run
# starts from the same data.
SEED_DB="$WORK/seed-$SIZE.db"
if (( RESEED )) || [[ ! -f "$SEED_DB" ]]; then
  rm -f "$SEED_DB" "$SEED_DB-wal" "$SEED_DB-shm"
  echo "# creating the schema (the service migrates on start)" >&2
  start_host service $SERVICE_PORT "$SEED_DB"
  stop_host
  echo "# seeding $SIZE certifications" >&2
  seed_start=$(date +%s%N)
  sqlite3 "$SEED_DB" -cmd ".parameter set @N $SIZE" < "$HERE/seed.sql" > /dev/null
  echo "# seeded in $(( ($(date +%s%N) - seed_start) / 1000000 )) ms" >&2
fi
DB="$WORK/bench-$SIZE.db"

SCENARIOS=(get-one list list-expiring renewals-by-mentor post-status post-renewal)
scenario_args() { # scenario -> script path
  case "$1" in
    get-one) echo "get-one.lua|/api/v1/certification-statuses" ;;
    list) echo "|/api/v1/certification-statuses" ;;
    list-expiring) echo "|/api/v1/certification-statuses?expiring_within_days=30" ;;
    renewals-by-mentor) echo "get-renewals.lua|/api/v1/certification-renewals" ;;
    post-status) echo "post-status.lua|/api/v1/certification-statuses" ;;
    post-renewal) echo "post-renewal.lua|/api/v1/certification-renewals" ;;
  esac
}

RUN=0
RESULTS="$WORK/results-$SIZE.tsv"
: > "$RESULTS"
(( PAGING_ONLY )) && ROUNDS=0
for round in $(seq 1 "$ROUNDS"); do
  for host in service raw; do
    RUN=$((RUN + 1))
    port=$SERVICE_PORT; [[ $host == raw ]] && port=$RAW_PORT
    # Every host run starts from the seeded data: the write scenarios of one run would otherwise
    # grow the tables (and slow the counted lists) of the next.
    rm -f "$DB" "$DB-wal" "$DB-shm"
    cp "$SEED_DB" "$DB"
    start_host "$host" $port "$DB"
    ready_ms=$READY_MS
    echo "# round $round $host: ready in $ready_ms ms" >&2
    printf '%s\t%s\t%s\tready_ms=%s\n' "$round" "$host" startup "$ready_ms" >> "$RESULTS"
    for s in "${SCENARIOS[@]}"; do
      IFS='|' read -r script path <<< "$(scenario_args "$s")"
      if [[ -n "$script" ]]; then cat "$LUA_DIR/$script" "$LUA_DIR/percentiles.lua" > "$WORK/$s.lua"
      else cat "$LUA_DIR/common.lua" "$LUA_DIR/percentiles.lua" > "$WORK/$s.lua"; fi
      # Warm-up of this scenario (JIT, connection pool, page cache), not measured; a run number
      # of its own, so that the measured run's generated ids and expiries do not collide with it.
      if (( WARMUP > 0 )); then
        wrk -t$THREADS -c$CONNECTIONS -d${WARMUP}s -s "$WORK/$s.lua" "http://127.0.0.1:$port$path" -- "$SIZE" "$RUN" "$THREADS" > /dev/null
        RUN=$((RUN + 1))
      fi
      line=$(wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency -s "$WORK/$s.lua" "http://127.0.0.1:$port$path" \
        -- "$SIZE" "$RUN" "$THREADS" | grep '^RESULT')
      rss=$(awk '/VmHWM/ {print $2}' "/proc/$HOST_PID/status")
      printf '%s\t%s\t%s\t%s rss_kb=%s\n' "$round" "$host" "$s" "${line#RESULT }" "$rss" >> "$RESULTS"
      echo "# round $round $host $s: ${line#RESULT } rss_kb=$rss" >&2
    done
    stop_host
  done
done

# Summary: means over the rounds; ratio = service / raw (req/s and p99).
if [[ -s "$RESULTS" ]]; then
  echo
  echo "size=$SIZE duration=${DURATION}s warmup=${WARMUP}s connections=$CONNECTIONS threads=$THREADS rounds=$ROUNDS load=$(cut -d' ' -f1-3 /proc/loadavg)"
  awk -F'\t' '
    function val(s, key,   m) { return match(s, key "=[0-9.]+") ? substr(s, RSTART + length(key) + 1, RLENGTH - length(key) - 1) : 0 }
    $3 == "startup" { ready[$2] += val($4, "ready_ms"); nready[$2]++; next }
    { k = $2 SUBSEP $3; n[k]++; rps[k] += val($4, "rps"); p50[k] += val($4, "p50_ms"); p99[k] += val($4, "p99_ms");
      bad[k] += val($4, "non2xx") + val($4, "errors"); if (val($4, "rss_kb") > rss[k]) rss[k] = val($4, "rss_kb");
      if (!($3 in seen)) { order[++ns] = $3; seen[$3] = 1 } }
    END {
      printf "%-20s %-8s %10s %9s %9s %7s %8s %10s %10s\n", "scenario", "host", "req/s", "p50_ms", "p99_ms", "non2xx", "rss_MB", "rps_ratio", "p99_ratio"
      for (i = 1; i <= ns; i++) for (h = 0; h < 2; h++) {
        host = h ? "raw" : "service"; k = host SUBSEP order[i]; r = "raw" SUBSEP order[i]
        printf "%-20s %-8s %10.0f %9.2f %9.2f %7d %8.0f", order[i], host, rps[k]/n[k], p50[k]/n[k], p99[k]/n[k], bad[k], rss[k]/1024
        if (host == "service") printf " %10.2f %10.2f", (rps[k]/n[k]) / (rps[r]/n[r]), (p99[k]/n[k]) / (p99[r]/n[r])
        printf "\n"
      }
      for (h in ready) printf "startup %-8s ready in %.0f ms (mean of %d)\n", h, ready[h]/nready[h], nready[h]
    }' "$RESULTS"
fi

# Paging at depth, on a fresh copy of the seeded data: the service alone, one client.
rm -f "$DB" "$DB-wal" "$DB-shm"
cp "$SEED_DB" "$DB"
start_host service $SERVICE_PORT "$DB"
echo
python3 "$HERE/paging.py" "http://127.0.0.1:$SERVICE_PORT" $OFFSET_SWEEP
stop_host

# The change feed, on a fresh copy: one consumer following it while writers write.
rm -f "$DB" "$DB-wal" "$DB-shm"
cp "$SEED_DB" "$DB"
start_host service $SERVICE_PORT "$DB"
echo
python3 "$HERE/feed.py" "http://127.0.0.1:$SERVICE_PORT"
stop_host
