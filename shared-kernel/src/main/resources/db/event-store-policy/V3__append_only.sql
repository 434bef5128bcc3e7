-- The event table is append-only (ADR 0011). The application roles cannot UPDATE, DELETE or TRUNCATE it (they
-- are never granted it, see afterMigrate.sql); these triggers refuse it even to the table's owner and to
-- superusers in normal operation.
--
-- The one way through is the maintenance switch, for disaster recovery only and only for the owner or a superuser:
--     BEGIN; SET LOCAL ledger.allow_event_maintenance = 'on'; ...; COMMIT;
-- Anyone may SET a custom setting, so the trigger also checks who is asking. The owner can still drop the
-- trigger: that is why events are hash-chained and chain heads signed (ADR 0010); this guard stops mistakes and
-- makes deliberate changes take deliberate steps.
--
-- Kept apart from db/event-store (the table shapes, which readers and test fixtures build) because it is policy
-- applied by the owner's migration run: the command side migrates both folders as one history.
CREATE FUNCTION event_store.refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('ledger.allow_event_maintenance', true), '') = 'on'
       AND (pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER')
            OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)) THEN
        RETURN CASE TG_OP WHEN 'DELETE' THEN OLD WHEN 'UPDATE' THEN NEW END;
    END IF;
    RAISE EXCEPTION 'event_store.% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Events are never changed; record a correction instead. ledger.allow_event_maintenance is '
                  || 'for disaster recovery by the owner only (ADR 0011).';
END
$$;

CREATE TRIGGER domain_event_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON event_store.domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION event_store.refuse_event_change();

CREATE TRIGGER domain_event_entry_no_truncate
    BEFORE TRUNCATE ON event_store.domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION event_store.refuse_event_change();
