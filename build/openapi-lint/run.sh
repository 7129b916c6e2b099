#!/usr/bin/env bash
# Lints the committed OpenAPI document with the linters API-governance tools run: Spectral
# (spectral:oas, .spectral.yaml) and Redocly (recommended, redocly.yaml), at the versions pinned
# in package-lock.json. Fails on any error or warning of either; prints one summary line each.
# Usage: build/openapi-lint/run.sh [document]   (default: src/CertStatus.Client/openapi.json)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
document=$(realpath -m "${1:-$here/../../src/CertStatus.Client/openapi.json}")
[ -f "$document" ] || { echo "No OpenAPI document at $document" >&2; exit 1; }

# CI machines come with the .NET SDK only.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Node.js or npm is missing: installing Debian's nodejs and npm." >&2
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

# No telemetry or update checks from the linters (CI has no other network than the registries).
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true SCARF_ANALYTICS=false

cd "$here"
# --ignore-scripts: neither linter needs an install script; the only one in the tree is a
# download-statistics ping.
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null

reports=$(mktemp -d)
trap 'rm -rf "$reports"' EXIT

# Spectral's exit code counts warnings (--fail-severity=warn), Redocly's only errors: report.mjs
# counts both from their JSON reports, and either signal fails the run. A linter that wrote no
# report failed to run.
declare -A exit_code=([spectral]=0 [redocly]=0)
./node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity=warn --format json \
  --output "$reports/spectral.json" "$document" >"$reports/spectral.log" 2>&1 || exit_code[spectral]=$?
./node_modules/.bin/redocly lint --config redocly.yaml --format json "$document" \
  >"$reports/redocly.json" 2>"$reports/redocly.log" || exit_code[redocly]=$?

status=0
for tool in spectral redocly; do
  if [ ! -s "$reports/$tool.json" ]; then
    echo "$tool did not run (exit code ${exit_code[$tool]}):" >&2
    cat "$reports/$tool.log" >&2
    echo >&2
    status=1
    continue
  fi
  node report.mjs "$tool" "$reports/$tool.json" || status=1
  if [ "${exit_code[$tool]}" -ne 0 ]; then
    echo "  $tool exited ${exit_code[$tool]}" >&2
    status=1
  fi
done
exit "$status"
