-- Task books, periodic reports, equipment register and indicator actuals (DOMAIN.md §6, §7).

-- The task book in force: one row per indicator target (a new task book version replaces them all).
CREATE TABLE read_model.task_book_target (
    platform_id       VARCHAR(64)  NOT NULL,
    code              VARCHAR(64)  NOT NULL,
    task              INTEGER      NOT NULL,
    unit              VARCHAR(16)  NOT NULL,
    target            VARCHAR(32)  NOT NULL,   -- canonical text of the unit
    target_value      BIGINT       NOT NULL,   -- the same as an integer (count, fen, basis points, 0/1)
    task_book_version INTEGER      NOT NULL,
    event_id          VARCHAR(255) NOT NULL,
    recorded_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (platform_id, code)
);

-- Every submitted version of every report; superseded versions stay, flagged.
CREATE TABLE read_model.report (
    platform_id            VARCHAR(64)  NOT NULL,
    period                 VARCHAR(6)   NOT NULL,   -- e.g. 2020H1 (sorts in time order as text)
    report_version         INTEGER      NOT NULL,
    submitted_on           DATE         NOT NULL,
    superseded             BOOLEAN      NOT NULL DEFAULT FALSE,
    workstations_total     INTEGER      NOT NULL,
    workstations_offered   INTEGER      NOT NULL,
    training_person_times  BIGINT       NOT NULL,
    student_practice_hours BIGINT       NOT NULL,
    event_id               VARCHAR(255) NOT NULL,
    recorded_at            TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (platform_id, period, report_version)
);

CREATE TABLE read_model.report_indicator (
    platform_id    VARCHAR(64)  NOT NULL,
    period         VARCHAR(6)   NOT NULL,
    report_version INTEGER      NOT NULL,
    code           VARCHAR(64)  NOT NULL,
    value          VARCHAR(32)  NOT NULL,
    value_long     BIGINT       NOT NULL,
    event_id       VARCHAR(255) NOT NULL,
    PRIMARY KEY (platform_id, period, report_version, code)
);

CREATE TABLE read_model.equipment_item (
    platform_id    VARCHAR(64)   NOT NULL,
    period         VARCHAR(6)    NOT NULL,
    report_version INTEGER       NOT NULL,
    line_no        INTEGER       NOT NULL,
    item           VARCHAR(1000) NOT NULL,
    quantity       INTEGER       NOT NULL,
    value          NUMERIC(19,2) NOT NULL,
    source         VARCHAR(32)   NOT NULL,
    change         VARCHAR(16)   NOT NULL,
    item_date      DATE          NOT NULL,
    event_id       VARCHAR(255)  NOT NULL,
    PRIMARY KEY (platform_id, period, report_version, line_no)
);
