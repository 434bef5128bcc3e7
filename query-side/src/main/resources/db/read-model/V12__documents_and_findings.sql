-- Evidence documents cited by events (ADR 0021): one row per cited document per event. The documents themselves (bytes,
-- type, uploads) are in event_store.evidence_document*, read directly; this is what the events say about them.
CREATE TABLE read_model.document_citation (
    platform_id     VARCHAR(64)  NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    event_id        VARCHAR(255) NOT NULL,
    sequence_number BIGINT       NOT NULL,
    event_type      VARCHAR(100) NOT NULL,  -- the event's simple class name, e.g. InstallmentRecordedEvent
    subject_id      VARCHAR(64),            -- the entry or finding the event is about
    cited_at        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (event_id, sha256)
);
CREATE INDEX document_citation_platform ON read_model.document_citation (platform_id, sha256);

-- Audit findings and their rectification (审计发现 → 整改). Lists of ids are space-separated (ids have no spaces).
CREATE TABLE read_model.finding (
    platform_id             VARCHAR(64)   NOT NULL,
    finding_id              VARCHAR(64)   NOT NULL,
    category                VARCHAR(32)   NOT NULL,
    text                    VARCHAR(2000) NOT NULL,
    evidence_event_ids      TEXT          NOT NULL,
    documents               TEXT          NOT NULL,
    deadline                DATE          NOT NULL,
    status                  VARCHAR(16)   NOT NULL,   -- OPEN, ANSWERED, CLOSED
    recorded_by             VARCHAR(255),
    recorded_at             TIMESTAMPTZ   NOT NULL,
    event_id                VARCHAR(255)  NOT NULL,
    rectification_text      VARCHAR(2000),
    rectification_documents TEXT,
    rectified_by            VARCHAR(255),
    rectified_at            TIMESTAMPTZ,
    closed_by               VARCHAR(255),
    closed_at               TIMESTAMPTZ,
    closing_remarks         VARCHAR(2000),
    reopened_count          INT           NOT NULL,
    reopen_reason           VARCHAR(2000),
    PRIMARY KEY (platform_id, finding_id)
);
CREATE INDEX finding_open_by_deadline ON read_model.finding (status, deadline);
