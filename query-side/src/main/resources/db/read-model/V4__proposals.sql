-- Four-eyes proposals: pending ones wait for a second province administrator.
CREATE TABLE read_model.proposal (
    platform_id  VARCHAR(64)   NOT NULL,
    proposal_id  VARCHAR(64)   NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    status       VARCHAR(16)   NOT NULL,   -- PENDING, APPROVED, WITHDRAWN
    proposed_by  VARCHAR(255)  NOT NULL,
    proposed_at  TIMESTAMPTZ   NOT NULL,
    summary      VARCHAR(2000) NOT NULL,
    decided_by   VARCHAR(255),
    decided_at   TIMESTAMPTZ,
    event_id     VARCHAR(255)  NOT NULL,
    PRIMARY KEY (platform_id, proposal_id)
);
CREATE INDEX proposal_pending ON read_model.proposal (status, proposed_at);
