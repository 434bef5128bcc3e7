-- Signed checkpoints (ADR 0010): the chain head of every platform, signed with the ledger's Ed25519 key. Kept
-- append-only like the event store, and also written as files for auditors to take away.
CREATE TABLE read_model.ledger_checkpoint (
    counter          BIGINT       PRIMARY KEY,
    created_at       TIMESTAMPTZ  NOT NULL,
    key_id           VARCHAR(64)  NOT NULL,
    -- the exact bytes that were signed (Checkpoint.canonicalBytes: counter, time, every platform's head)
    content          BYTEA        NOT NULL,
    signature        BYTEA        NOT NULL,
    platforms        INTEGER      NOT NULL,
    -- not signed, for the scheduler: events in the store when signed (no new event, no new checkpoint)
    events           BIGINT       NOT NULL,
    -- not signed, informational: platforms that failed verification when signed (their last trusted head was kept)
    broken_platforms TEXT
);

CREATE FUNCTION read_model.refuse_checkpoint_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('ledger.allow_event_maintenance', true), '') = 'on'
       AND (pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')
            OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)) THEN
        RETURN CASE TG_OP WHEN 'DELETE' THEN OLD WHEN 'UPDATE' THEN NEW END;
    END IF;
    RAISE EXCEPTION 'read_model.% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER ledger_checkpoint_no_update_or_delete
    BEFORE UPDATE OR DELETE ON read_model.ledger_checkpoint
    FOR EACH ROW EXECUTE FUNCTION read_model.refuse_checkpoint_change();

CREATE TRIGGER ledger_checkpoint_no_truncate
    BEFORE TRUNCATE ON read_model.ledger_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION read_model.refuse_checkpoint_change();
