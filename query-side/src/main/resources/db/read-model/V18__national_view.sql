-- The national view (ADR 0009): what a national query side projects from every provincial store it reads. Every key
-- starts with the province, the store's name in ledger.national.stores: the same platform id in two provinces is two
-- platforms. Filled by the national-view processor only (its own token in read_model.token_entry); the provincial
-- read-model reset does not touch these tables. V18, not V14: numbers were left free for other branches' migrations.

CREATE TABLE read_model.national_platform (
    province      VARCHAR(64)   NOT NULL,
    platform_id   VARCHAR(64)   NOT NULL,
    programme_id  VARCHAR(64),
    title         VARCHAR(1000),
    college_name  VARCHAR(1000),
    declared_at   TIMESTAMPTZ   NOT NULL,
    event_id      VARCHAR(255)  NOT NULL,
    PRIMARY KEY (province, platform_id)
);

-- every plan version with its recording time, so the plan in force at any knownAt can be found
CREATE TABLE read_model.national_plan_version (
    province      VARCHAR(64)   NOT NULL,
    platform_id   VARCHAR(64)   NOT NULL,
    plan_seq      BIGINT        NOT NULL,
    recorded_at   TIMESTAMPTZ   NOT NULL,
    event_id      VARCHAR(255)  NOT NULL,
    PRIMARY KEY (province, platform_id, plan_seq)
);

CREATE TABLE read_model.national_plan_line (
    province      VARCHAR(64)   NOT NULL,
    platform_id   VARCHAR(64)   NOT NULL,
    plan_seq      BIGINT        NOT NULL,
    line_no       INT           NOT NULL,
    source        VARCHAR(32)   NOT NULL,
    party_id      VARCHAR(64),
    year          INT           NOT NULL,
    amount        NUMERIC(19,2) NOT NULL,
    PRIMARY KEY (province, platform_id, plan_seq, line_no),
    FOREIGN KEY (province, platform_id, plan_seq)
        REFERENCES read_model.national_plan_version (province, platform_id, plan_seq)
);

-- performance decisions: their effect on the planned provincial funds (rewards, reductions of support)
CREATE TABLE read_model.national_decision (
    province      VARCHAR(64)   NOT NULL,
    event_id      VARCHAR(255)  NOT NULL,
    platform_id   VARCHAR(64)   NOT NULL,
    decision_id   VARCHAR(64)   NOT NULL,
    type          VARCHAR(32)   NOT NULL,
    amount        NUMERIC(19,2),
    recorded_at   TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (province, event_id)
);

-- the provincial ledger lines (read_model.ledger_entry), keyed by province and event: an event applied twice fails
CREATE TABLE read_model.national_ledger_line (
    province          VARCHAR(64)   NOT NULL,
    event_id          VARCHAR(255)  NOT NULL,
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
    reason            VARCHAR(1000),
    PRIMARY KEY (province, event_id)
);
CREATE INDEX national_ledger_line_platform ON read_model.national_ledger_line (province, platform_id, sequence_number);

-- per province: how many of its events were projected and the stored time of the last one (its figures' staleness)
CREATE TABLE read_model.national_province (
    province      VARCHAR(64)   PRIMARY KEY,
    events        BIGINT        NOT NULL,
    last_event_at TIMESTAMPTZ   NOT NULL
);
