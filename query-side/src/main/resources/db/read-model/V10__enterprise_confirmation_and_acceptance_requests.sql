-- ADR 0022. Enterprise contributions with what their enterprise said of them (the readiness checklist's
-- "enterprise contributions confirmed", pledged vs contributed vs confirmed per enterprise, disputed money in
-- compliance), and every acceptance request with the override that let it past a checklist that was not READY.
CREATE TABLE read_model.enterprise_contribution (
    platform_id      VARCHAR(64)   NOT NULL,
    entry_id         VARCHAR(64)   NOT NULL,
    party_id         VARCHAR(64)   NOT NULL,
    amount           NUMERIC(19,2) NOT NULL,   -- in force: as recorded, then as last corrected (0 = voided)
    effective_date   DATE          NOT NULL,
    stated           VARCHAR(16),              -- CONFIRMED or DISPUTED: the enterprise's last answer; NULL: none
    stated_amount    NUMERIC(19,2),            -- the amount that answer spoke of
    reason           VARCHAR(2000),            -- a dispute's reason
    event_id         VARCHAR(255)  NOT NULL,
    answer_event_id  VARCHAR(255),
    answered_by      VARCHAR(255),
    answered_at      TIMESTAMPTZ,
    PRIMARY KEY (platform_id, entry_id)
);

CREATE TABLE read_model.acceptance_request (
    platform_id      VARCHAR(64)   NOT NULL,
    sequence_number  BIGINT        NOT NULL,
    requested_on     DATE          NOT NULL,
    override_reason  VARCHAR(2000),            -- NULL: the checklist was READY
    failing_items    VARCHAR(2000),            -- comma-separated item codes that failed when the override was approved
    proposed_by      VARCHAR(255),
    approved_by      VARCHAR(255),
    event_id         VARCHAR(255)  NOT NULL,
    recorded_at      TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (platform_id, sequence_number)
);
