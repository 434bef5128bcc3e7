-- The national view, part two (ADR 0009 Decision 3): each province's own programme rules and each platform's status,
-- from the province's own store, so a province's platforms are judged nationally by that province's rules in force on
-- asOf as known at knownAt, and counted by the status they had as known at knownAt, as the provincial views do
-- (ADR 0019). Filled by the national-view processor only.

-- a province's programmes as established (the set in force until the first change); the base counts whatever knownAt
CREATE TABLE read_model.national_programme (
    province        VARCHAR(64)   NOT NULL,
    programme_id    VARCHAR(64)   NOT NULL,
    base_parameters TEXT          NOT NULL,
    established_at  TIMESTAMPTZ   NOT NULL,
    event_id        VARCHAR(255)  NOT NULL,
    PRIMARY KEY (province, programme_id)
);

-- every approved rule change of a province's programme, with its effective date and its recording time
CREATE TABLE read_model.national_parameter_change (
    province        VARCHAR(64)   NOT NULL,
    programme_id    VARCHAR(64)   NOT NULL,
    sequence_number BIGINT        NOT NULL,
    effective_from  DATE          NOT NULL,
    recorded_at     TIMESTAMPTZ   NOT NULL,
    changes         TEXT          NOT NULL,
    event_id        VARCHAR(255)  NOT NULL,
    PRIMARY KEY (province, programme_id, sequence_number)
);

-- every status a platform's events set (StatusFold), with its recording time: the status as known at any knownAt
CREATE TABLE read_model.national_platform_status (
    province        VARCHAR(64)   NOT NULL,
    platform_id     VARCHAR(64)   NOT NULL,
    sequence_number BIGINT        NOT NULL,
    status          VARCHAR(32)   NOT NULL,
    recorded_at     TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (province, platform_id, sequence_number)
);

-- events projected before V19 left these tables empty: the national view starts again from every store's tail (its
-- token dropped, its V18 rows emptied), so the new tables hold every store's programme and status events
DELETE FROM read_model.token_entry WHERE processor_name = 'national-view';
TRUNCATE read_model.national_plan_line, read_model.national_plan_version, read_model.national_decision,
  read_model.national_ledger_line, read_model.national_platform, read_model.national_province;
