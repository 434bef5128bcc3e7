-- The legacy heads (V5: every platform's last sequence number when event signing began) are written once by that
-- migration and never again: an event added to them would be exempt from signatures. The application roles have
-- no privilege on the table (afterMigrate.sql); this trigger refuses every change to the owner and superusers too,
-- with no maintenance switch: no recovery needs to move the boundary. Dropping the trigger takes a deliberate
-- step, and the boundary a later checkpoint signed still holds then (ADR 0010).
CREATE FUNCTION event_store.refuse_legacy_head_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'event_store.% is fixed since event signing began: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Events appended since carry the command side''s signature (ADR 0010).';
END
$$;

CREATE TRIGGER legacy_head_fixed
    BEFORE INSERT OR UPDATE OR DELETE ON event_store.legacy_head
    FOR EACH ROW EXECUTE FUNCTION event_store.refuse_legacy_head_change();

CREATE TRIGGER legacy_head_no_truncate
    BEFORE TRUNCATE ON event_store.legacy_head
    FOR EACH STATEMENT EXECUTE FUNCTION event_store.refuse_legacy_head_change();
