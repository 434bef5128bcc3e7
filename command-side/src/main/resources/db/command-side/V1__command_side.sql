-- Tables of the command side only; written in the same transaction as the events they go with.
CREATE SCHEMA IF NOT EXISTS command_side;

-- Idempotency keys survive restarts: the key, the fingerprint of the request and the result it got.
CREATE TABLE command_side.idempotency_key (
    idempotency_key VARCHAR(200) PRIMARY KEY,
    request_hash    CHAR(64)     NOT NULL,
    command_name    VARCHAR(255) NOT NULL,
    platform_id     VARCHAR(64),
    entry_id        VARCHAR(64),
    version         BIGINT,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- 每校限报1个: at most one live declaration or platform per college, decided by PostgreSQL, not by a read.
CREATE TABLE command_side.college_registration (
    platform_id  VARCHAR(64) PRIMARY KEY,
    college_code VARCHAR(64) NOT NULL,
    live         BOOLEAN     NOT NULL DEFAULT TRUE
);
CREATE UNIQUE INDEX one_live_platform_per_college ON command_side.college_registration (college_code) WHERE live;
