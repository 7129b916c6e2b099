#!/usr/bin/env bash
# The per-request cost budget (docs/performance.md): builds the service as committed ("base") and
# once more per variant, each variant without one middleware, filter or pipeline behaviour (or, for
# the "…-always" variants, with a cost that is now paid only when configured put back), then drives
# each build A B A B with wrk, 12 s of unmeasured warm-up per scenario first (the tiered JIT needs
# it), and reports, per scenario, the service process's CPU time per request (utime + stime from
# /proc, which wrk's share of the cores does not enter) next to req/s, and each build's peak RSS.
# A variant's saving is what its component costs a request. The "log-…" variants write the
# request log one event at a time (as before batching) or in batches that wait 100 ms.
#
#   build/bench/cost-budget.sh [--duration S] [--warmup S] [--rounds R] [--no-build] [variant ...]
#
# The variants are edits of the source at this commit (perl substitutions on one file each); a
# variant whose edit no longer applies stops the script rather than measuring the unchanged code.
set -euo pipefail

DURATION=6
WARMUP=12
ROUNDS=2
BUILD=1
SIZE=10000
CONNECTIONS=32
THREADS=2
SELECTED=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -*) echo "unknown argument: $1" >&2; exit 2 ;;
    *) SELECTED+=("$1"); shift ;;
  esac
done

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="${BENCH_WORK:-/tmp/certstatus-cost}"
PORT=5611
mkdir -p "$WORK"
export LUA_DIR="$HERE/lua"
command -v wrk > /dev/null || { apt-get update && apt-get install -y wrk; }
command -v sqlite3 > /dev/null || { apt-get update && apt-get install -y sqlite3; }

# name|file|perl substitution (applied with -0pi, so it may span lines)
VARIANTS=(
  "no-request-log|src/CertStatus.Api/Program.cs|s/app\.UseCertStatusRequestLogging\(\)/app/"
  "no-browser-headers|src/CertStatus.Api/Program.cs|s/\n\s*\.UseCertStatusBrowserSecurity\(\)//"
  "no-error-handling|src/CertStatus.Api/Program.cs|s/\n\s*\.UseCertStatusErrorHandling\(\)//"
  "no-openapi-branch|src/CertStatus.Api/Program.cs|s/\n\s*\.UseCertStatusOpenApi\(\)//"
  "no-route-pattern|src/CertStatus.Api/Setup/LoggingSetup.cs|s/app\.UseRouting\(\);\n\s*app\.Use\(\(httpContext, next\) =>.*?\}\);/app.UseRouting();/s"
  "no-request-timeouts|src/CertStatus.Api/Setup/LimitsSetup.cs|s/\n\s*app\.UseRequestTimeouts\(\);//"
  "no-query-filter|src/CertStatus.Api/Setup/HttpApiSetup.cs|s/\n\s*mvc\.Filters\.Add\(new RejectUnknownQueryParametersFilter\(\)\);//"
  "no-logging-behavior|src/CertStatus.Api/Setup/ApplicationSetup.cs|s/\n\s*typeof\(LoggingBehavior<,>\),//"
  "no-metrics-behavior|src/CertStatus.Api/Setup/ApplicationSetup.cs|s/\n\s*typeof\(MetricsBehavior<,>\),//"
  "no-validation-behavior|src/CertStatus.Api/Setup/ApplicationSetup.cs|s/\n\s*typeof\(ValidationBehavior<,>\),//"
  "rate-limiter-always|src/CertStatus.Api/Setup/LimitsSetup.cs|s/(\n\s*)if \(permitLimit is not > 0\)/\$1builder.Services.AddRateLimiter(_ => { });\$1if (permitLimit is not > 0)/"
  "openapi-always|src/CertStatus.Api/Setup/OpenApiSetup.cs|s/httpContext => httpContext\.Request\.Path\.StartsWithSegments\(DocumentPathPrefix, StringComparison\.OrdinalIgnoreCase\)/_ => true/"
  "log-unbatched|src/CertStatus.Api/Setup/LoggingSetup.cs|s/logger\.WriteTo\.Sink\(BatchedConsoleSink\.ToStandardOutput\(new RenderedCompactJsonFormatter\(\)\), LogBatching\);/logger.WriteTo.Async(sink => sink.Console(new RenderedCompactJsonFormatter()));/"
  "log-batch-100ms|src/CertStatus.Api/Setup/LoggingSetup.cs|s/BufferingTimeLimit = TimeSpan\.FromMilliseconds\(5\)/BufferingTimeLimit = TimeSpan.FromMilliseconds(100)/"
)

names=(base)
for v in "${VARIANTS[@]}"; do
  name="${v%%|*}"
  if [[ ${#SELECTED[@]} -eq 0 ]] || [[ " ${SELECTED[*]} " == *" $name "* ]]; then names+=("$name"); fi
done

build() { # name [file perl]
  local name="$1" file="${2:-}" perl="${3:-}" src="$WORK/src-$1"
  rm -rf "$src"
  git -C "$ROOT" worktree add -q --detach "$src" HEAD
  if [[ -n "$file" ]]; then
    cp "$src/$file" "$WORK/before"
    perl -0pi -e "$perl" "$src/$file"
    if cmp -s "$WORK/before" "$src/$file"; then
      echo "variant $name: the edit of $file no longer applies" >&2
      git -C "$ROOT" worktree remove --force "$src"
      exit 1
    fi
  fi
  echo "# building $name" >&2
  # A variant may leave a using or a field unused; that is no reason not to measure it.
  dotnet build "$src/src/CertStatus.Api" -c Release -o "$WORK/$name" -v q -nologo -p:TreatWarningsAsErrors=false > "$WORK/build-$name.log"
  git -C "$ROOT" worktree remove --force "$src"
}

if (( BUILD )); then
  build base
  for v in "${VARIANTS[@]}"; do
    IFS='|' read -r name file perl <<< "$v"
    [[ " ${names[*]} " == *" $name "* ]] && build "$name" "$file" "$perl"
  done
fi

PID=""
start() { # build db
  (cd "$WORK/$1" && ConnectionStrings__CertStatus="Data Source=$2" ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
    exec ./CertStatus.Api > "$WORK/$1.log" 2>&1) &
  PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready"; do
    kill -0 "$PID" 2> /dev/null || { echo "$1 exited; see $WORK/$1.log" >&2; exit 1; }
    sleep 0.05
  done
}
stop() { kill "$PID" 2> /dev/null || true; wait "$PID" 2> /dev/null || true; PID=""; }
trap stop EXIT

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }

SEED="$WORK/seed-$SIZE.db"
if [[ ! -f "$SEED" ]]; then
  start base "$SEED"
  stop
  sqlite3 "$SEED" -cmd ".parameter set @N $SIZE" < "$HERE/seed.sql" > /dev/null
fi

# get-one.lua picks a random seeded mentor per request; the URL only names the host.
SCENARIOS=("get-one|get-one.lua|/api/v1/certification-statuses" "list|common.lua|/api/v1/certification-statuses")
RESULTS="$WORK/results.tsv"
: > "$RESULTS"
hz=$(getconf CLK_TCK)
for round in $(seq 1 "$ROUNDS"); do
  for name in "${names[@]}"; do
    db="$WORK/bench.db"
    rm -f "$db" "$db-wal" "$db-shm"
    cp "$SEED" "$db"
    start "$name" "$db"
    for s in "${SCENARIOS[@]}"; do
      IFS='|' read -r scenario script path <<< "$s"
      cat "$LUA_DIR/$script" "$LUA_DIR/percentiles.lua" > "$WORK/$scenario.lua"
      wrk -t$THREADS -c$CONNECTIONS -d${WARMUP}s -s "$WORK/$scenario.lua" "http://127.0.0.1:$PORT$path" -- "$SIZE" 1 "$THREADS" > /dev/null
      before=$(cpu_ticks)
      line=$(wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s -s "$WORK/$scenario.lua" "http://127.0.0.1:$PORT$path" -- "$SIZE" 1 "$THREADS" | grep '^RESULT')
      after=$(cpu_ticks)
      requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<< "$line")
      rps=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<< "$line")
      cpu_us=$(awk -v t=$((after - before)) -v n="$requests" -v hz="$hz" 'BEGIN { printf "%.1f", t / hz * 1e6 / n }')
      rss_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$PID/status")
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$name" "$scenario" "$rps" "$cpu_us" "$rss_kb" >> "$RESULTS"
      echo "# round $round $name $scenario: $rps req/s, $cpu_us µs CPU per request, peak RSS $rss_kb kB" >&2
    done
    stop
  done
done

echo
echo "size=$SIZE duration=${DURATION}s warmup=${WARMUP}s connections=$CONNECTIONS rounds=$ROUNDS"
awk -F'\t' '
  { k = $2 SUBSEP $3; n[k]++; rps[k] += $4; cpu[k] += $5; if ($6 > rss[$2]) rss[$2] = $6; if (!($2 in seen)) { order[++nv] = $2; seen[$2] = 1 }
    if (!($3 in seens)) { sorder[++ns] = $3; seens[$3] = 1 } }
  END {
    printf "%-24s", "variant"; for (j = 1; j <= ns; j++) printf " %12s %10s %9s", sorder[j] " req/s", "CPU µs/req", "Δ µs"; printf " %12s\n", "peak RSS MB"
    for (i = 1; i <= nv; i++) {
      printf "%-24s", order[i]
      for (j = 1; j <= ns; j++) {
        k = order[i] SUBSEP sorder[j]; b = "base" SUBSEP sorder[j]
        printf " %12.0f %10.1f %+9.1f", rps[k]/n[k], cpu[k]/n[k], cpu[k]/n[k] - cpu[b]/n[b]
      }
      printf " %12.0f\n", rss[order[i]] / 1024
    }
  }' "$RESULTS"
