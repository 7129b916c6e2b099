#!/usr/bin/env bash
# Adds an EF Core migration for the SQLite context, e.g.: build/add-migration.sh AddRenewals
# Run it from anywhere; it works from the repository root.
set -euo pipefail

if [[ $# -ne 1 || -z "$1" ]]; then
  echo "usage: $(basename "$0") <MigrationName>" >&2
  echo "  adds src/CertStatus.Infrastructure/Persistence/Migrations/Sqlite/<timestamp>_<MigrationName>.cs" >&2
  exit 2
fi

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

dotnet tool restore
dotnet ef migrations add "$1" \
  --project src/CertStatus.Infrastructure \
  --context SqliteCertStatusDbContext \
  --output-dir Persistence/Migrations/Sqlite
