#!/usr/bin/env bash
# Regenerates build/sql/certstatus.sqlserver.sql, the idempotent T-SQL script a DBA applies to
# bring a SQL Server (or Azure SQL) database up to the latest migration. Run it after adding a
# SQL Server migration and commit the result: a test fails while the two disagree.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

dotnet tool restore >/dev/null
dotnet ef migrations script \
  --idempotent \
  --project src/CertStatus.Infrastructure \
  --context SqlServerCertStatusDbContext \
  --output build/sql/certstatus.sqlserver.sql
echo "Wrote build/sql/certstatus.sqlserver.sql"
