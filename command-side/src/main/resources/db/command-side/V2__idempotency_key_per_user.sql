-- An idempotency key belongs to the user who sent it (ADR 0005): its identity is (principal, key). A global key let
-- one user replay another's result, learn that another's key exists (409) or squat a key another would send.
ALTER TABLE command_side.idempotency_key ADD COLUMN principal TEXT;

-- Keys stored before this: the sender is the user in the metadata of the event the command appended last. The
-- row was written in that event's transaction with the result (platform, version), so that event is the one at
-- (platform_id, version), and its metadata names the authenticated user and the same idempotency key.
CREATE FUNCTION command_side.metadata_text(meta_data BYTEA, field TEXT) RETURNS TEXT LANGUAGE plpgsql AS $$
BEGIN
    RETURN convert_from(meta_data, 'UTF8')::jsonb ->> field;
EXCEPTION WHEN others THEN
    RETURN NULL; -- not JSON: not written by the ledger's append path; the row keeps no sender (below)
END
$$;

UPDATE command_side.idempotency_key k
SET principal = command_side.metadata_text(e.meta_data, 'user')
FROM event_store.domain_event_entry e
WHERE e.aggregate_identifier = k.platform_id AND e.sequence_number = k.version
  AND command_side.metadata_text(e.meta_data, 'idempotencyKey') = k.idempotency_key;

DROP FUNCTION command_side.metadata_text(BYTEA, TEXT);

-- A key whose event does not name its sender (only possible if that event was edited under maintenance) is
-- retired: the empty principal is no user's, so nobody gets its stored result, and the key is free for everyone.
UPDATE command_side.idempotency_key SET principal = '' WHERE principal IS NULL;

ALTER TABLE command_side.idempotency_key ALTER COLUMN principal SET NOT NULL,
    DROP CONSTRAINT idempotency_key_pkey,
    ADD CONSTRAINT idempotency_key_pkey PRIMARY KEY (principal, idempotency_key);
