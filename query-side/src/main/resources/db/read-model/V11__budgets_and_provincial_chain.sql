-- Budgets and the provincial money chain (docs/domain.md §9, ADR 0020). Both tables only grow: each row keeps the
-- time it was recorded, so an answer "as known at T" reads the rows recorded by T. No event before this version wrote
-- either kind of row (the events are new), so nothing is replayed: provincial installments recorded before the chain
-- existed are read from read_model.ledger_entry as allocated, paid and arrived on their date.

-- Every version of a platform's budget: one row per category and year.
CREATE TABLE read_model.budget_line (
    platform_id     VARCHAR(64)   NOT NULL,
    budget_version  INTEGER       NOT NULL,
    category        VARCHAR(32)   NOT NULL,
    year            INTEGER       NOT NULL,
    amount          NUMERIC(19,2) NOT NULL,
    sequence_number BIGINT        NOT NULL,
    recorded_at     TIMESTAMPTZ   NOT NULL,
    event_id        VARCHAR(64)   NOT NULL,
    PRIMARY KEY (platform_id, budget_version, category, year)
);

-- Every step of provincial money: ALLOCATION (指标下达), PAYMENT (拨付), ARRIVAL (到账), CANCELLATION (by a reduction).
-- step_id is the allocation's, payment's or arrival entry's id; allocation_id the allocation the step belongs to.
CREATE TABLE read_model.provincial_chain_step (
    platform_id     VARCHAR(64)   NOT NULL,
    sequence_number BIGINT        NOT NULL,
    step            VARCHAR(16)   NOT NULL,
    step_id         VARCHAR(64)   NOT NULL,
    allocation_id   VARCHAR(64)   NOT NULL,
    payment_id      VARCHAR(64),
    decision_id     VARCHAR(64),
    amount          NUMERIC(19,2) NOT NULL,
    step_date       DATE          NOT NULL,
    document_ref    VARCHAR(1000),
    recorded_at     TIMESTAMPTZ   NOT NULL,
    event_id        VARCHAR(64)   NOT NULL,
    PRIMARY KEY (platform_id, sequence_number, step, step_id)
);
