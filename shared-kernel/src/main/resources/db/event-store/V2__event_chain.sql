-- Tamper evidence (ADR 0010): every event carries the SHA-256 hash of its own stored bytes and fields and of the
-- previous event of the same platform, so each platform's stream is a hash chain. The command side fills both
-- columns when it appends (cn.jsedu.ledger.kernel.chain.EventHash is the algorithm).
--
-- The columns stay nullable: a row written by anything but the ledger's append path (a bulk loader, a test fixture)
-- has no hash, and verification names it (HASH_MISSING) instead of the insert failing.
ALTER TABLE event_store.domain_event_entry
    ADD COLUMN previous_hash BYTEA,
    ADD COLUMN event_hash    BYTEA,
    ADD CONSTRAINT domain_event_entry_hash_length
        CHECK ((previous_hash IS NULL OR length(previous_hash) = 32) AND (event_hash IS NULL OR length(event_hash) = 32));

-- Rows stored before this migration are chained now, with the same encoding as EventHash (a test holds the two
-- equal): the chain then covers them from the first checkpoint on, which is all a chain made later can prove.
CREATE FUNCTION event_store.chain_field(value BYTEA) RETURNS BYTEA LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN '\xffffffff'::bytea ELSE int4send(length(value)) || value END
$$;

DO $$
DECLARE
    r             RECORD;
    previous      BYTEA;
    hash          BYTEA;
    current_agg   VARCHAR;
BEGIN
    FOR r IN SELECT global_index, aggregate_identifier, sequence_number, event_identifier, type, time_stamp,
                      payload_type, payload_revision, payload, meta_data
               FROM event_store.domain_event_entry ORDER BY aggregate_identifier, sequence_number LOOP
        IF current_agg IS DISTINCT FROM r.aggregate_identifier THEN
            current_agg := r.aggregate_identifier;
            previous := decode(repeat('00', 32), 'hex');
        END IF;
        hash := sha256(event_store.chain_field(convert_to('ledger-event-chain/v1', 'UTF8'))
                || event_store.chain_field(convert_to(r.aggregate_identifier, 'UTF8'))
                || int8send(r.sequence_number)
                || event_store.chain_field(convert_to(r.event_identifier, 'UTF8'))
                || event_store.chain_field(convert_to(r.type, 'UTF8'))
                || event_store.chain_field(convert_to(r.time_stamp, 'UTF8'))
                || event_store.chain_field(convert_to(r.payload_type, 'UTF8'))
                || event_store.chain_field(convert_to(r.payload_revision, 'UTF8'))
                || event_store.chain_field(r.payload)
                || event_store.chain_field(r.meta_data)
                || event_store.chain_field(previous));
        UPDATE event_store.domain_event_entry SET previous_hash = previous, event_hash = hash
        WHERE global_index = r.global_index;
        previous := hash;
    END LOOP;
END $$;

DROP FUNCTION event_store.chain_field(BYTEA);
