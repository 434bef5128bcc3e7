-- What a platform was as known at each recording time (docs/domain.md §5), so that an answer "as known at T" takes
-- every part from T: until now its status, version and construction period came from today's platform row.

-- One row per event of a platform: the platform after that event (its version is the event's sequence number).
CREATE TABLE read_model.platform_timeline (
    platform_id        VARCHAR(64)  NOT NULL,
    sequence_number    BIGINT       NOT NULL,
    recorded_at        TIMESTAMPTZ  NOT NULL,
    status             VARCHAR(32)  NOT NULL,
    construction_start DATE,
    construction_end   DATE,
    PRIMARY KEY (platform_id, sequence_number)
);
CREATE INDEX platform_timeline_known ON read_model.platform_timeline (platform_id, recorded_at);

-- Every name a party was given (declaration, agreements), with when the ledger learned it.
CREATE TABLE read_model.party_name (
    platform_id     VARCHAR(64)   NOT NULL,
    party_id        VARCHAR(64)   NOT NULL,
    sequence_number BIGINT        NOT NULL,
    recorded_at     TIMESTAMPTZ   NOT NULL,
    name            VARCHAR(1000) NOT NULL,
    PRIMARY KEY (platform_id, party_id, sequence_number)
);

-- The platforms recorded before this version have no history here, and only the events hold it: the read models
-- are rebuilt once, as POST /api/v1/admin/read-models/rebuild would (stop every other query-side instance first).
-- The tables are emptied and the read-models processor's position dropped; on start it replays every event.
TRUNCATE read_model.platform, read_model.platform_party, read_model.agreement, read_model.pledge,
    read_model.plan_version, read_model.plan_line, read_model.decision, read_model.ledger_entry,
    read_model.task_book_target, read_model.report, read_model.report_indicator, read_model.equipment_item,
    read_model.proposal;
DELETE FROM read_model.token_entry WHERE processor_name = 'read-models';
