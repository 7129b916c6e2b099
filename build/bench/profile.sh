#!/usr/bin/env bash
# The profile half of the cost budget (docs/performance.md): builds the service in Release, starts
# it on a copy of the seeded 10,000-row database with JIT frames named for perf, drives GET one and
# the list with wrk, samples the process with `perf record -e cpu-clock` (a software clock: works
# where hardware counters do not), and prints the share of each part of the pipeline
# (build/bench/attribute-profile.py). Installs wrk, sqlite3 and perf when they are missing.
#
#   build/bench/profile.sh [--no-build] [--seconds S]
set -euo pipefail

BUILD=1
SECONDS_SAMPLED=8
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) BUILD=0; shift ;;
    --seconds) SECONDS_SAMPLED="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="${BENCH_WORK:-/tmp/certstatus-profile}"
PORT=5621
SIZE=10000
mkdir -p "$WORK"
export LUA_DIR="$HERE/lua"
command -v wrk > /dev/null || { apt-get update && apt-get install -y wrk; }
command -v sqlite3 > /dev/null || { apt-get update && apt-get install -y sqlite3; }
command -v perf > /dev/null || { apt-get update && apt-get install -y linux-perf; }

(( BUILD )) && dotnet build "$ROOT/src/CertStatus.Api" -c Release -o "$WORK/api" -v q -nologo > "$WORK/build.log"

PID=""
start() { # db
  # Perf maps name the JIT-compiled frames; with W^X on, code runs from a second mapping perf cannot name.
  (cd "$WORK/api" && DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 ConnectionStrings__CertStatus="Data Source=$1" \
    ASPNETCORE_URLS="http://127.0.0.1:$PORT" exec ./CertStatus.Api > "$WORK/service.log" 2>&1) &
  PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready"; do
    kill -0 "$PID" 2> /dev/null || { echo "the service exited; see $WORK/service.log" >&2; exit 1; }
    sleep 0.05
  done
}
stop() { [[ -n "$PID" ]] && { kill "$PID" 2> /dev/null || true; wait "$PID" 2> /dev/null || true; }; PID=""; }
trap stop EXIT

SEED="$WORK/seed-$SIZE.db"
if [[ ! -f "$SEED" ]]; then
  start "$SEED"; stop
  sqlite3 "$SEED" -cmd ".parameter set @N $SIZE" < "$HERE/seed.sql" > /dev/null
fi
DB="$WORK/profile.db"
rm -f "$DB" "$DB-wal" "$DB-shm"
cp "$SEED" "$DB"
start "$DB"

for scenario in get-one list; do
  script="$LUA_DIR/get-one.lua"; [[ $scenario == list ]] && script="$LUA_DIR/common.lua"
  cat "$script" "$LUA_DIR/percentiles.lua" > "$WORK/$scenario.lua"
  url="http://127.0.0.1:$PORT/api/v1/certification-statuses"
  wrk -t2 -c32 -d14s -s "$WORK/$scenario.lua" "$url" -- "$SIZE" 1 2 > /dev/null
  wrk -t2 -c32 -d$((SECONDS_SAMPLED + 4))s -s "$WORK/$scenario.lua" "$url" -- "$SIZE" 1 2 > "$WORK/wrk-$scenario.txt" &
  load=$!
  sleep 1
  perf record -q -F 499 -g -e cpu-clock -p "$PID" -o "$WORK/perf-$scenario.data" -- sleep "$SECONDS_SAMPLED" 2> /dev/null
  wait "$load"
  echo "== $scenario: $(grep '^RESULT' "$WORK/wrk-$scenario.txt")"
  perf script -i "$WORK/perf-$scenario.data" 2> /dev/null | python3 "$HERE/attribute-profile.py"
done
echo "peak RSS: $(awk '/VmHWM/ { print $2 }' "/proc/$PID/status") kB"
