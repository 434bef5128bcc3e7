-- Read models of the funding ledger. All money is NUMERIC(19,2), exact. Every row is derived from events and can
-- be rebuilt by resetting the read-models processor (see README, "Rebuild a read model").

-- One row per platform: what it is, where it stands, and running money totals for programme-wide views.
CREATE TABLE read_model.platform (
    platform_id            VARCHAR(64)   PRIMARY KEY,
    college_code           VARCHAR(64)   NOT NULL,
    college_name           VARCHAR(1000) NOT NULL,
    major_group            VARCHAR(1000) NOT NULL,
    industry               VARCHAR(1000) NOT NULL,
    title                  VARCHAR(1000) NOT NULL,
    status                 VARCHAR(32)   NOT NULL,
    batch                  INTEGER,
    construction_start     DATE,
    construction_end       DATE,
    approval_ref           VARCHAR(1000),
    key_support            BOOLEAN       NOT NULL DEFAULT TRUE,
    acceptance_requested_on DATE,
    acceptance_result      VARCHAR(16),
    acceptance_reviewed_on DATE,
    declared_at            TIMESTAMPTZ   NOT NULL,
    updated_at             TIMESTAMPTZ   NOT NULL,
    -- sequence number of the last event of this platform applied here (for minVersion)
    version                BIGINT        NOT NULL,
    planned_total          NUMERIC(19,2) NOT NULL DEFAULT 0,
    planned_enterprise     NUMERIC(19,2) NOT NULL DEFAULT 0,
    planned_provincial     NUMERIC(19,2) NOT NULL DEFAULT 0,
    -- rewards minus reductions of support, included in planned_total and planned_provincial
    provincial_adjustment  NUMERIC(19,2) NOT NULL DEFAULT 0,
    -- running sums of the ledger lines (all sources), and of the two sources the rules single out
    received_cash          NUMERIC(19,2) NOT NULL DEFAULT 0,
    received_non_cash      NUMERIC(19,2) NOT NULL DEFAULT 0,
    spent                  NUMERIC(19,2) NOT NULL DEFAULT 0,
    recovered              NUMERIC(19,2) NOT NULL DEFAULT 0,
    enterprise_received    NUMERIC(19,2) NOT NULL DEFAULT 0,
    enterprise_recovered   NUMERIC(19,2) NOT NULL DEFAULT 0,
    provincial_received_cash     NUMERIC(19,2) NOT NULL DEFAULT 0,
    provincial_received_non_cash NUMERIC(19,2) NOT NULL DEFAULT 0,
    provincial_spent       NUMERIC(19,2) NOT NULL DEFAULT 0,
    provincial_recovered   NUMERIC(19,2) NOT NULL DEFAULT 0
);
CREATE INDEX platform_status ON read_model.platform (status);
CREATE INDEX platform_batch ON read_model.platform (batch);
CREATE INDEX platform_college ON read_model.platform (college_code);

-- Declared enterprises and agreement parties.
CREATE TABLE read_model.platform_party (
    platform_id  VARCHAR(64)   NOT NULL,
    party_id     VARCHAR(64)   NOT NULL,
    name         VARCHAR(1000) NOT NULL,
    credit_code  VARCHAR(18),
    role         VARCHAR(32)   NOT NULL,
    declared     BOOLEAN       NOT NULL DEFAULT FALSE,
    in_agreement BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (platform_id, party_id)
);

CREATE TABLE read_model.agreement (
    platform_id  VARCHAR(64)   NOT NULL,
    agreement_id VARCHAR(64)   NOT NULL,
    signed_on    DATE          NOT NULL,
    terms_ref    VARCHAR(1000) NOT NULL,
    event_id     VARCHAR(255)  NOT NULL,
    recorded_at  TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (platform_id, agreement_id)
);

CREATE TABLE read_model.pledge (
    platform_id  VARCHAR(64)   NOT NULL,
    agreement_id VARCHAR(64)   NOT NULL,
    line_no      INTEGER       NOT NULL,
    party_id     VARCHAR(64)   NOT NULL,
    source       VARCHAR(32)   NOT NULL,
    form         VARCHAR(16)   NOT NULL,
    amount       NUMERIC(19,2) NOT NULL,
    PRIMARY KEY (platform_id, agreement_id, line_no)
);

-- Every version of the funding plan (declared, approved, revised), kept for knownAt.
CREATE TABLE read_model.plan_version (
    platform_id  VARCHAR(64)   NOT NULL,
    plan_seq     BIGINT        NOT NULL,   -- sequence number of the event that set it
    kind         VARCHAR(16)   NOT NULL,   -- DECLARED, APPROVED, REVISED
    recorded_at  TIMESTAMPTZ   NOT NULL,
    event_id     VARCHAR(255)  NOT NULL,
    reason       VARCHAR(1000),
    decision_ref VARCHAR(1000),
    PRIMARY KEY (platform_id, plan_seq)
);

CREATE TABLE read_model.plan_line (
    platform_id VARCHAR(64)   NOT NULL,
    plan_seq    BIGINT        NOT NULL,
    line_no     INTEGER       NOT NULL,
    source      VARCHAR(32)   NOT NULL,
    party_id    VARCHAR(64),
    year        INTEGER       NOT NULL,
    amount      NUMERIC(19,2) NOT NULL,
    PRIMARY KEY (platform_id, plan_seq, line_no)
);

CREATE TABLE read_model.decision (
    platform_id  VARCHAR(64)   NOT NULL,
    decision_id  VARCHAR(64)   NOT NULL,
    type         VARCHAR(32)   NOT NULL,
    amount       NUMERIC(19,2),
    basis        VARCHAR(1000) NOT NULL,
    decision_ref VARCHAR(1000) NOT NULL,
    decided_on   DATE          NOT NULL,
    recorded_at  TIMESTAMPTZ   NOT NULL,
    event_id     VARCHAR(255)  NOT NULL,
    PRIMARY KEY (platform_id, decision_id)
);

-- Every money event as signed effects on the four figures a balance is made of. A correction is its own row
-- (kind ADJUSTMENT) at the original entry's effective date with its own recording time, carrying the change.
CREATE TABLE read_model.ledger_entry (
    event_id          VARCHAR(255)  PRIMARY KEY,
    platform_id       VARCHAR(64)   NOT NULL,
    sequence_number   BIGINT        NOT NULL,
    entry_id          VARCHAR(64)   NOT NULL,
    kind              VARCHAR(32)   NOT NULL,
    original_entry_id VARCHAR(64),
    source            VARCHAR(32)   NOT NULL,
    party_id          VARCHAR(64),
    form              VARCHAR(16)   NOT NULL,
    category          VARCHAR(32),
    amount            NUMERIC(19,2) NOT NULL,
    received_cash     NUMERIC(19,2) NOT NULL,
    received_non_cash NUMERIC(19,2) NOT NULL,
    spent             NUMERIC(19,2) NOT NULL,
    recovered         NUMERIC(19,2) NOT NULL,
    effective_date    DATE          NOT NULL,
    recorded_at       TIMESTAMPTZ   NOT NULL,
    voucher_ref       VARCHAR(1000),
    reason            VARCHAR(1000)
);
CREATE INDEX ledger_entry_platform ON read_model.ledger_entry (platform_id, sequence_number);
