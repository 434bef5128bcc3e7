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
    -- Events: append and read, nothing else. Axon reads max(sequence) and events to load an aggregate. An append
    -- names every column except the two that place the event in the stream, tx_id and global_index (their defaults
    -- decide, ADR 0003; V4's trigger checks tx_id for the owner too). Revoking the table's privileges revokes the
    -- columns' as well, so a column added by a later migration is covered at the next run.
    REVOKE ALL ON event_store.domain_event_entry FROM PUBLIC, ledger_command, ledger_query, ledger_auditor;
    GRANT SELECT ON event_store.domain_event_entry TO ledger_command;
    EXECUTE (SELECT format('GRANT INSERT (%s) ON event_store.domain_event_entry TO ledger_command',
                           string_agg(quote_ident(attname), ', ' ORDER BY attnum))
             FROM pg_attribute
             WHERE attrelid = 'event_store.domain_event_entry'::regclass AND attnum > 0 AND NOT attisdropped
               AND attname NOT IN ('tx_id', 'global_index'));
    GRANT USAGE ON SEQUENCE event_store.domain_event_entry_global_index_seq TO ledger_command;
    -- The legacy heads (V5) are read by verifiers only; nobody writes them after the migration (V6).
    REVOKE ALL ON event_store.legacy_head FROM PUBLIC, ledger_command, ledger_query, ledger_auditor;
    -- Snapshots are derived and replaceable: Axon inserts a new one and deletes the older ones of the aggregate.
    REVOKE ALL ON event_store.snapshot_event_entry FROM PUBLIC, ledger_command, ledger_query, ledger_auditor;
    GRANT SELECT, INSERT, DELETE ON event_store.snapshot_event_entry TO ledger_command;
    -- Evidence documents (V7): stored and read, never changed (V7_1); an upload of known bytes inserts nothing.
    REVOKE ALL ON event_store.evidence_document, event_store.evidence_document_upload
        FROM PUBLIC, ledger_command, ledger_query, ledger_auditor;
    GRANT SELECT, INSERT ON event_store.evidence_document, event_store.evidence_document_upload TO ledger_command;
    -- Readers read everything in the schema (Flyway's history included), write nothing.
    GRANT SELECT ON ALL TABLES IN SCHEMA event_store TO ledger_query, ledger_auditor;
END
$$;
