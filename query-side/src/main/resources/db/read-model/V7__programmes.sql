-- Programmes and their rules as events (ADR 0019).

-- Every platform names its programme. Rows projected before programmes existed are all of the default programme
-- (cn.jsedu.ledger.kernel.id.ProgrammeId.DEFAULT; ProgrammesMigrationIT holds the two equal): their declarations, stored
-- without one, are read as the default programme's by an upcaster, so a replay writes the same value.
ALTER TABLE read_model.platform ADD COLUMN programme_id VARCHAR(64) NOT NULL DEFAULT 'JS-PLATFORMS-2019';
ALTER TABLE read_model.platform ALTER COLUMN programme_id DROP DEFAULT;
CREATE INDEX platform_programme ON read_model.platform (programme_id, platform_id);
-- The college's city (设区市), when the declaration names it: programme-wide answers are filtered by it.
ALTER TABLE read_model.platform ADD COLUMN college_city VARCHAR(100);

-- One row per programme: its name and status, the parameters it was established with (JSON as the event stores them,
-- the first step of its parameter timeline), and the sequence number of its last event applied (for minVersion).
CREATE TABLE read_model.programme (
    programme_id    VARCHAR(64)   PRIMARY KEY,
    name            VARCHAR(1000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,   -- PROPOSED, ESTABLISHED, WITHDRAWN
    base_parameters TEXT,                     -- null until established
    proposed_at     TIMESTAMPTZ,
    established_at  TIMESTAMPTZ,
    version         BIGINT        NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL
);

-- Every approved rule change: the parameters it sets (JSON), from when, recorded when (the answer "as known at T"
-- counts the changes recorded by T), and who proposed and approved it.
CREATE TABLE read_model.programme_parameter_change (
    programme_id    VARCHAR(64)   NOT NULL,
    sequence_number BIGINT        NOT NULL,
    effective_from  DATE          NOT NULL,
    recorded_at     TIMESTAMPTZ   NOT NULL,
    changes         TEXT          NOT NULL,
    reason          VARCHAR(2000),
    decision_ref    VARCHAR(1000),
    proposal_id     VARCHAR(64),
    proposed_by     VARCHAR(255),
    approved_by     VARCHAR(255),
    event_id        VARCHAR(255)  NOT NULL,
    PRIMARY KEY (programme_id, sequence_number)
);

-- A programme's proposals (its establishment, its rule changes): pending ones wait for a second administrator.
CREATE TABLE read_model.programme_proposal (
    programme_id    VARCHAR(64)   NOT NULL,
    proposal_id     VARCHAR(64)   NOT NULL,
    kind            VARCHAR(32)   NOT NULL,   -- PROGRAMME_ESTABLISHMENT, PARAMETER_CHANGE
    status          VARCHAR(16)   NOT NULL,   -- PENDING, APPROVED, WITHDRAWN
    proposed_by     VARCHAR(255)  NOT NULL,
    proposed_at     TIMESTAMPTZ   NOT NULL,
    effective_from  DATE,
    proposed        TEXT          NOT NULL,   -- the parameters proposed (a whole set, or the ones a change sets), JSON
    summary         VARCHAR(2000) NOT NULL,
    decided_by      VARCHAR(255),
    decided_at      TIMESTAMPTZ,
    event_id        VARCHAR(255)  NOT NULL,
    PRIMARY KEY (programme_id, proposal_id)
);
