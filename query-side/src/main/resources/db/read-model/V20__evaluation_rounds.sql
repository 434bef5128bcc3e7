-- Evaluation rounds (ADR 0026, "Rounds, panel scores and publication"): the rounds, the panel's scores, the proposals to
-- publish their results and, per platform, the results published. Written by cn.jsedu.ledger.query.round.RoundProjection
-- in the read-models processing group, so a rebuild stages and swaps them with every other read-model table.
-- (V14, V15 and V17 are not used.)

-- One row per round: what it judges and where it stands; version is the sequence number of its last event applied.
CREATE TABLE read_model.evaluation_round (
    round_id              VARCHAR(64)  PRIMARY KEY,
    programme_id          VARCHAR(64)  NOT NULL,
    kind                  VARCHAR(16)  NOT NULL,   -- RoundKind: ANNUAL, MIDTERM
    year                  INT          NOT NULL,
    batch                 INT,                     -- null: every approved platform of the programme
    reference_date        DATE         NOT NULL,
    scheme_id             VARCHAR(64)  NOT NULL,
    scheme_version        INT          NOT NULL,
    status                VARCHAR(16)  NOT NULL,   -- RoundStatus: OPEN, PROPOSED, PUBLISHED
    opened_by             VARCHAR(255),
    opened_at             TIMESTAMPTZ  NOT NULL,
    published_at          TIMESTAMPTZ,
    published_proposal_id VARCHAR(64),
    version               BIGINT       NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL
);
CREATE INDEX evaluation_round_programme ON read_model.evaluation_round (programme_id, round_id);

-- Every panel score recorded, later ones kept beside earlier ones (the latest per platform and item counts).
CREATE TABLE read_model.evaluation_panel_score (
    round_id        VARCHAR(64)   NOT NULL,
    sequence_number BIGINT        NOT NULL,
    platform_id     VARCHAR(64)   NOT NULL,
    item_code       VARCHAR(64)   NOT NULL,
    centipoints     INT           NOT NULL,
    remarks         VARCHAR(2000) NOT NULL,
    recorded_by     VARCHAR(255),
    recorded_at     TIMESTAMPTZ   NOT NULL,
    event_id        VARCHAR(255)  NOT NULL,
    PRIMARY KEY (round_id, sequence_number)
);
CREATE INDEX evaluation_panel_score_item ON read_model.evaluation_panel_score (round_id, platform_id, item_code);

-- Every proposal to publish a round's results, with the results as proposed (JSON: the event's EvaluationResult list).
CREATE TABLE read_model.evaluation_proposal (
    round_id         VARCHAR(64)   NOT NULL,
    proposal_id      VARCHAR(64)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,   -- ProposalStatus: PENDING, APPROVED (published), WITHDRAWN
    proposed_by      VARCHAR(255)  NOT NULL,
    proposed_at      TIMESTAMPTZ   NOT NULL,
    known_at         TIMESTAMPTZ   NOT NULL,
    results          TEXT          NOT NULL,
    reward_amount    NUMERIC(19,2),
    failed_decision  VARCHAR(32),
    reduction_amount NUMERIC(19,2),
    decided_on       DATE,                      -- the decisions' date; null: the day of the approval
    decided_by       VARCHAR(255),
    decided_at       TIMESTAMPTZ,
    reason           VARCHAR(2000),
    event_id         VARCHAR(255)  NOT NULL,
    PRIMARY KEY (round_id, proposal_id)
);

-- A platform's published results (EvaluationPublishedEvent, on the platform's own stream).
CREATE TABLE read_model.evaluation_result (
    platform_id           VARCHAR(64)  NOT NULL,
    round_id              VARCHAR(64)  NOT NULL,
    kind                  VARCHAR(16)  NOT NULL,
    year                  INT          NOT NULL,
    reference_date        DATE         NOT NULL,
    scheme_id             VARCHAR(64)  NOT NULL,
    scheme_version        INT          NOT NULL,
    known_at              TIMESTAMPTZ  NOT NULL,
    grade                 VARCHAR(16)  NOT NULL,
    total_centipoints     INT          NOT NULL,
    objective_centipoints INT          NOT NULL,
    panel_centipoints     INT          NOT NULL,
    rank                  INT          NOT NULL,
    round_size            INT          NOT NULL,
    published_at          TIMESTAMPTZ  NOT NULL,
    event_id              VARCHAR(255) NOT NULL,
    PRIMARY KEY (platform_id, round_id)
);
