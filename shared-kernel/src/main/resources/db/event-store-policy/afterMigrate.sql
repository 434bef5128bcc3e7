-- Privileges on the event store (ADR 0011), applied by the owner after every migration run, so a table added by a
-- later migration is covered and a privilege granted by hand beyond this is taken back. Only when the ledger's
-- roles exist (db/roles/ledger-roles.sql creates them; a database without them runs with one account).
DO $$
BEGIN
    IF (SELECT count(*) FROM pg_roles
        WHERE rolname IN ('ledger_command', 'ledger_query', 'ledger_auditor')) < 3 THEN
        RAISE NOTICE 'ledger roles not found: event-store privileges left as they are';
        RETURN;
    END IF;
    GRANT USAGE ON SCHEMA event_store TO ledger_command, ledger_query, ledger_auditor;
    -- Events: append and read, nothing else. Axon reads max(sequence) and events to load an aggregate.
    REVOKE ALL ON event_store.domain_event_entry FROM PUBLIC, ledger_command, ledger_query, ledger_auditor;
    GRANT SELECT, INSERT ON event_store.domain_event_entry TO ledger_command;
    GRANT USAGE ON SEQUENCE event_store.domain_event_entry_global_index_seq TO ledger_command;
    -- Snapshots are derived and replaceable: Axon inserts a new one and deletes the older ones of the aggregate.
    REVOKE ALL ON event_store.snapshot_event_entry FROM PUBLIC, ledger_command, ledger_query, ledger_auditor;
    GRANT SELECT, INSERT, DELETE ON event_store.snapshot_event_entry TO ledger_command;
    -- Readers read everything in the schema (Flyway's history included), write nothing.
    GRANT SELECT ON ALL TABLES IN SCHEMA event_store TO ledger_query, ledger_auditor;
END
$$;
