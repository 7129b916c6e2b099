#!/usr/bin/env bash
# Regenerates the client SDK: fetches the OpenAPI document from the freshly built service into
# src/CertStatus.Client/openapi.json (as served, no hand edits), then generates the C# client
# from it with build/ClientGenerator. Commit both; a test fails while they lag behind the API.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo_root=$(pwd)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build src/CertStatus.Api -c Release -v quiet
dotnet build build/ClientGenerator -c Release -v quiet

workdir=$(mktemp -d)
api_pid=""
cleanup() {
  if [ -n "$api_pid" ]; then kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; fi
  rm -rf "$workdir"
}
trap cleanup EXIT

# The service on a free loopback port and a throw-away database; its own folder is the content
# root so that it reads its appsettings.json.
(
  cd src/CertStatus.Api/bin/Release/net10.0
  exec env ConnectionStrings__CertStatus="Data Source=$workdir/openapi.db" \
    dotnet CertStatus.Api.dll --urls http://127.0.0.1:0
) >"$workdir/api.log" 2>&1 &
api_pid=$!

url=""
for _ in $(seq 1 120); do
  # Text or JSON logs ("Now listening on: \"http://…\""): take the address either way.
  url=$(grep -oE 'Now listening on: [^h]*http://[0-9.:]+' "$workdir/api.log" | head -n 1 | grep -oE 'http://[0-9.:]+' || true)
  [ -n "$url" ] && break
  if ! kill -0 "$api_pid" 2>/dev/null; then cat "$workdir/api.log" >&2; exit 1; fi
  sleep 0.5
done
[ -n "$url" ] || { echo "The service did not start:" >&2; cat "$workdir/api.log" >&2; exit 1; }

curl -fsS "$url/swagger/v1/swagger.json" -o "$repo_root/src/CertStatus.Client/openapi.json"
echo "Wrote src/CertStatus.Client/openapi.json from $url"

dotnet build/ClientGenerator/bin/Release/net10.0/ClientGenerator.dll \
  src/CertStatus.Client/openapi.json \
  src/CertStatus.Client/Generated/CertStatusClient.g.cs
