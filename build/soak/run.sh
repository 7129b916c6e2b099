#!/usr/bin/env bash
# Soak test: mixed load against a Release build of the service on a fresh SQLite file, on loopback.
# Not part of CI. Reports the error count, p99 per minute and RSS after the warm-up minute and at
# the end; exits non-zero if any request failed or RSS grew more than the allowed share after warm-up.
#
#   build/soak/run.sh [--minutes 10] [--threads 8] [--max-rss-growth 20] [--no-build] [--slice-seconds 60]
#
# The load runs in one-minute wrk slices (--slice-seconds shortens them for a smoke run); each
# slice reports its own p99, and the first is the warm-up after which the RSS baseline is taken.
#
# Needs wrk (apt-get install -y wrk). Stops only the service it started.
set -euo pipefail

minutes=10
threads=8
max_growth_percent=20
build=1
seeded=100
slice_seconds=60

while [[ $# -gt 0 ]]; do
  case "$1" in
    --minutes) minutes="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --max-rss-growth) max_growth_percent="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --slice-seconds) slice_seconds="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

if (( minutes < 2 )); then
  echo "--minutes must be at least 2 (the first minute is the warm-up)" >&2
  exit 2
fi

command -v wrk >/dev/null || { echo "wrk is required: apt-get install -y wrk" >&2; exit 2; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d -t certstatus-soak.XXXXXX)"
app="$work/app"
service_pid=""
sampler_pid=""

cleanup() {
  [[ -n "$sampler_pid" ]] && kill "$sampler_pid" 2>/dev/null || true
  if [[ -n "$service_pid" ]] && kill -0 "$service_pid" 2>/dev/null; then
    kill "$service_pid" 2>/dev/null || true
    wait "$service_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

if (( build )); then
  echo "== building Release"
  dotnet publish "$root/src/CertStatus.Api" -c Release -o "$app" --nologo -v quiet >"$work/build.log" 2>&1 \
    || { cat "$work/build.log" >&2; exit 1; }
else
  app="$root/src/CertStatus.Api/bin/Release/net10.0"
fi

echo "== starting the service (work folder $work)"
# From its own folder: the content root (where appsettings.json is read) is the working directory.
(
  cd "$app"
  ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__CertStatus="Data Source=$work/soak.db" \
  Serilog__MinimumLevel__Default=Warning \
    exec dotnet CertStatus.Api.dll --urls "http://127.0.0.1:0"
) >"$work/service.log" 2>&1 &
service_pid=$!

base=""
for _ in $(seq 1 300); do
  base="$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$work/service.log" | head -n1 || true)"
  [[ -n "$base" ]] && curl -fsS -o /dev/null "$base/api/v1/certification-statuses" 2>/dev/null && break
  kill -0 "$service_pid" 2>/dev/null || { cat "$work/service.log" >&2; exit 1; }
  base=""
  sleep 0.1
done
[[ -n "$base" ]] || { echo "the service did not answer" >&2; cat "$work/service.log" >&2; exit 1; }
echo "   listening on $base, pid $service_pid"

echo "== seeding $seeded mentors"
for i in $(seq 1 "$seeded"); do
  curl -fsS -o /dev/null -H 'Content-Type: application/json' -X POST "$base/api/v1/certification-statuses" \
    -d "$(printf '{"mentor_id":"soak-seed-%04d","certification_type":"peer_mentor_standard","issue_date":"2025-01-01T00:00:00Z","expiry_date":"2027-01-01T00:00:00Z"}' "$i")"
  curl -fsS -o /dev/null -H 'Content-Type: application/json' -X POST "$base/api/v1/certification-renewals" \
    -d "$(printf '{"mentor_id":"soak-seed-%04d","renewal_date":"2026-01-01T00:00:00Z","new_expiry_date":"2028-01-01T00:00:00Z","processed_by":"soak-clerk"}' "$i")"
done

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$service_pid/status"; }

# RSS every 10 s, with the seconds since the load started.
started=$(date +%s)
(
  while kill -0 "$service_pid" 2>/dev/null; do
    echo "$(( $(date +%s) - started )) $(rss_kib)"
    sleep 10
  done
) >"$work/rss.log" 2>/dev/null &
sampler_pid=$!

# wrk prints latency in us/ms/s; p99 is reported in milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.2f", v * 60000 }
    else { sub(/s$/, "", v); printf "%.2f", v * 1000 }
  }'
}

total_requests=0
total_errors=0
rss_start=""
printf '\n%-7s %10s %9s %8s %10s %10s\n' "minute" "requests" "req/s" "errors" "p99 (ms)" "RSS (MiB)"
for slice in $(seq 1 "$minutes"); do
  out="$work/wrk-$slice.txt"
  wrk -t "$threads" -c "$threads" -d "${slice_seconds}s" --timeout 10s --latency -s "$root/build/soak/mixed.lua" "$base" -- "$slice" "$seeded" \
    >"$out" 2>"$work/wrk-$slice.err" || { cat "$out" "$work/wrk-$slice.err" >&2; exit 1; }
  kill -0 "$service_pid" 2>/dev/null || { echo "the service exited" >&2; tail -50 "$work/service.log" >&2; exit 1; }

  requests=$(awk '/requests in/ { print $1 }' "$out")
  rate=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")
  socket=$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$out")
  errors=$(( ${non2xx:-0} + ${socket:-0} ))
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
  rss=$(rss_kib)
  total_requests=$(( total_requests + requests ))
  total_errors=$(( total_errors + errors ))
  (( slice == 1 )) && rss_start=$rss
  printf '%-7s %10s %9s %8s %10s %10.1f%s\n' "$slice" "$requests" "$rate" "$errors" "$p99" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" \
    "$( (( slice == 1 )) && echo '  (warm-up; RSS baseline)' || true)"
  [[ -s "$work/wrk-$slice.err" ]] && sed 's/^/   /' "$work/wrk-$slice.err" | head -5
done

rss_end=$(rss_kib)
growth=$(awk -v a="$rss_start" -v b="$rss_end" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')
echo
echo "requests:        $total_requests"
echo "errors:          $total_errors (non-2xx/3xx answers and socket errors)"
echo "RSS after warm-up: $(awk -v k="$rss_start" 'BEGIN { printf "%.1f", k / 1024 }') MiB"
echo "RSS at the end:    $(awk -v k="$rss_end" 'BEGIN { printf "%.1f", k / 1024 }') MiB ($growth% after warm-up; limit $max_growth_percent%)"
echo "RSS samples (s KiB): $work/rss.log"
echo "database:        $(du -h "$work/soak.db" | cut -f1) ($work/soak.db)"

status=0
if (( total_errors > 0 )); then
  echo "FAIL: $total_errors requests failed" >&2
  status=1
fi
if awk -v g="$growth" -v m="$max_growth_percent" 'BEGIN { exit !(g > m) }'; then
  echo "FAIL: RSS grew $growth% after warm-up (limit $max_growth_percent%)" >&2
  status=1
fi
(( status == 0 )) && echo "PASS"
exit $status
