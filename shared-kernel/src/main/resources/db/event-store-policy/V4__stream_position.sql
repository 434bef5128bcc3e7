-- An event's place in the query side's stream is (tx_id, global_index), read below the oldest running transaction
-- (ADR 0003). A row inserted with an old tx_id would land below every reader's token and never be projected, so
-- tx_id must be the inserting transaction's own id, whoever inserts.
--
-- ledger_command may not even name tx_id or global_index (column privileges, afterMigrate.sql). This trigger holds
-- against the owner too, who has every privilege on its table: it refuses a row whose tx_id is not the inserting
-- transaction's, maintenance switch or not (no recovery needs an event below the readers' tokens). The owner could
-- still drop the trigger, as it could the append-only guard (V3): that takes a deliberate step, and the hash chain
-- (ADR 0010) shows what was done. global_index is left to the column privileges: it cannot hide a row (the real
-- tx_id already sorts it after every token), and its sequence belongs to the owner anyway.
CREATE FUNCTION event_store.require_own_transaction_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.tx_id IS DISTINCT FROM pg_current_xact_id() THEN
        RAISE EXCEPTION 'event_store.%.tx_id is the inserting transaction''s id: % refused', TG_TABLE_NAME, NEW.tx_id
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Leave tx_id to its default: readers stream events in transaction order (ADR 0003).';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER domain_event_entry_own_transaction_id
    BEFORE INSERT ON event_store.domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION event_store.require_own_transaction_id();
