#!/bin/sh
# The hot standby of the scaled layout (compose-scaled.yml, ADR 0009): on an empty data folder, a base backup of the
# primary over the replication protocol, streaming from its slot; -R writes standby.signal and primary_conninfo.
# Then the image's own entrypoint starts it as a standby (it skips initialisation: the folder is not empty).
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h postgres-primary -p 5432 -U ledger_replicator; do sleep 2; done
  PGPASSWORD="$LEDGER_DB_REPLICATION_PASSWORD" pg_basebackup -h postgres-primary -p 5432 -U ledger_replicator \
    -D "$PGDATA" -S ledger_standby -R -X stream -P
  chmod 700 "$PGDATA"
fi
exec docker-entrypoint.sh postgres -c hot_standby=on -c hot_standby_feedback=on -c max_connections=300
