#!/usr/bin/env bash
# Adds an EF Core migration of the same name for every provider (SQLite and SQL Server), then
# regenerates the idempotent T-SQL script, e.g.: build/add-migration.sh AddMentorEmail
# Run it from anywhere; it works from the repository root.
set -euo pipefail

if [[ $# -ne 1 || -z "$1" ]]; then
  echo "usage: $(basename "$0") <MigrationName>" >&2
  echo "  adds src/CertStatus.Infrastructure/Persistence/Migrations/{Sqlite,SqlServer}/<timestamp>_<MigrationName>.cs" >&2
  echo "  and rewrites build/sql/certstatus.sqlserver.sql" >&2
  exit 2
fi

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

dotnet tool restore
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$1" \
    --project src/CertStatus.Infrastructure \
    --context "${provider}CertStatusDbContext" \
    --output-dir "Persistence/Migrations/${provider}"
done

build/generate-sql-script.sh
