-- Events signed as they are appended (ADR 0010): the hash chain alone lets anyone who can insert rows compute a
-- valid next link, so the command side also signs, with an Ed25519 key the database never holds, what each
-- transaction appended to each platform (cn.jsedu.ledger.kernel.chain.AppendSignature). The signature is stored on
-- the last event the transaction appended to the platform and covers the sequence numbers signed_from to that
-- event's; the other rows of the transaction carry none. Nullable, like the hashes: rows from before signing and
-- rows written outside the append path have none, and verification names the latter (UNSIGNED).
ALTER TABLE event_store.domain_event_entry
    ADD COLUMN signed_from      BIGINT,
    ADD COLUMN signature_key_id VARCHAR(64),
    ADD COLUMN signature        BYTEA,
    ADD CONSTRAINT domain_event_entry_signature_shape
        CHECK ((signature IS NULL AND signed_from IS NULL AND signature_key_id IS NULL)
            OR (signature IS NOT NULL AND length(signature) = 64 AND signature_key_id IS NOT NULL
                AND signed_from BETWEEN 0 AND sequence_number));

-- Every platform's last sequence number when signing began: its events up to there were appended before anything
-- was signed and are vouched for by the first signed checkpoint after this upgrade, which copies these numbers
-- into what it signs (ADR 0010 says exactly what that proves). Written once, here; nothing changes it afterwards
-- (db/event-store-policy V6). Empty in a store that starts with signing.
CREATE TABLE event_store.legacy_head (
    aggregate_identifier VARCHAR(255) PRIMARY KEY,
    last_sequence        BIGINT       NOT NULL
);

INSERT INTO event_store.legacy_head (aggregate_identifier, last_sequence)
SELECT aggregate_identifier, max(sequence_number) FROM event_store.domain_event_entry GROUP BY aggregate_identifier;
