-- Notifications (ADR 0025): written by the notifications processing group in the transaction that stores its token,
-- so a restart neither loses nor repeats one; one row per event and kind (the key), whatever replays. Not a read
-- model: the read-model rebuild neither empties nor refills it (it is not in ReadModelReset.TABLES).
CREATE TABLE read_model.notification_outbox (
    notification_id VARCHAR(300)  PRIMARY KEY,   -- <kind>:<event id>; also the e-mail's Message-ID
    kind            VARCHAR(40)   NOT NULL,      -- an InboxKind
    platform_id     VARCHAR(64)   NOT NULL,
    ref             VARCHAR(64)   NOT NULL,      -- the proposal, finding or contribution entry
    audience_role   VARCHAR(40)   NOT NULL,      -- who is told: a role, narrowed by the platform (college) ...
    audience_party  VARCHAR(64),                 -- ... or by an enterprise party of the platform
    except_user     VARCHAR(255),                -- never told: the proposer of a proposal
    subject         VARCHAR(500)  NOT NULL,
    body            TEXT          NOT NULL,
    event_id        VARCHAR(255)  NOT NULL,
    recorded_at     TIMESTAMPTZ   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ   NOT NULL,
    last_error      VARCHAR(2000),
    sent_at         TIMESTAMPTZ,                 -- set once delivered (or found to have no recipient)
    sent_to         TEXT                         -- the addresses it went to, space-separated; empty: none configured
);
CREATE INDEX notification_outbox_unsent ON read_model.notification_outbox (next_attempt_at) WHERE sent_at IS NULL;

-- The high-water mark: events recorded before the outbox existed notify nobody (the processing group starts at the
-- tail of the store like any other, and would otherwise notify the whole history once).
CREATE TABLE read_model.notification_start (
    started_at TIMESTAMPTZ NOT NULL
);
INSERT INTO read_model.notification_start (started_at) VALUES (now());
