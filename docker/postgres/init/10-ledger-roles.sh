#!/bin/sh
# Runs once, when the PostgreSQL container initialises an empty data folder (/docker-entrypoint-initdb.d), as the
# superuser: the ledger's roles and schemas (ADR 0011; the script is shared-kernel's db/roles/ledger-roles.sql,
# mounted by compose.yml), then the roles' passwords from the environment. On an existing server a DBA runs the
# same two steps by hand.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -f /ledger/ledger-roles.sql
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v owner="$LEDGER_DB_OWNER_PASSWORD" -v command="$LEDGER_DB_COMMAND_PASSWORD" \
     -v query="$LEDGER_DB_QUERY_PASSWORD" -v auditor="$LEDGER_DB_AUDITOR_PASSWORD" <<'SQL'
ALTER ROLE ledger_owner PASSWORD :'owner';
ALTER ROLE ledger_command PASSWORD :'command';
ALTER ROLE ledger_query PASSWORD :'query';
ALTER ROLE ledger_auditor PASSWORD :'auditor';
SQL
