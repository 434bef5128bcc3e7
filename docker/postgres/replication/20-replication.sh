#!/bin/sh
# Runs once on the primary of the scaled layout (compose-scaled.yml), after 10-ledger-roles.sh: the role the standby
# streams WAL as, allowed to connect for replication only, and the physical slot that keeps the WAL the standby has
# not received yet (ADR 0009). pg_hba's "all" does not cover replication connections, hence the extra line.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v password="$LEDGER_DB_REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE ledger_replicator WITH LOGIN REPLICATION PASSWORD :'password';
SELECT pg_create_physical_replication_slot('ledger_standby');
SQL
echo "host replication ledger_replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
