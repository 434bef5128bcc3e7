-- The query side's own schema. Its first table holds the streaming processors' positions (Axon's JdbcTokenStore,
-- column names given to it as a TokenSchema in ProcessingConfig). A token is updated in the same transaction as
-- the read-model rows its events produced, so each event is applied exactly once.
CREATE SCHEMA IF NOT EXISTS read_model;

CREATE TABLE read_model.token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);
