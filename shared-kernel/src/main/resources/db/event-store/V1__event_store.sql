-- The event store: every fact of the ledger, append-only. Written by the command side through Axon's JDBC
-- storage engine (column names given to it as an EventSchema), read by the query side.
CREATE SCHEMA IF NOT EXISTS event_store;

CREATE TABLE event_store.domain_event_entry (
    global_index         BIGSERIAL    PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    -- The id of the inserting transaction. The query side streams in (tx_id, global_index) order and reads only
    -- below pg_snapshot_xmin(pg_current_snapshot()), where no transaction can still add a row (ADR 0003).
    tx_id                XID8         NOT NULL DEFAULT pg_current_xact_id(),
    CONSTRAINT domain_event_entry_event_identifier_key UNIQUE (event_identifier),
    -- Optimistic concurrency between command-side instances: two appends of the same sequence cannot both commit.
    CONSTRAINT domain_event_entry_aggregate_sequence_key UNIQUE (aggregate_identifier, sequence_number)
);

CREATE INDEX domain_event_entry_tx_order ON event_store.domain_event_entry (tx_id, global_index);

CREATE TABLE event_store.snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    meta_data            BYTEA,
    payload              BYTEA        NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregate_identifier, sequence_number),
    CONSTRAINT snapshot_event_entry_event_identifier_key UNIQUE (event_identifier)
);
