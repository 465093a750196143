-- Learning: allowances (a ledger, never an overwritten balance), enrolments pinned to an activity
-- version, progress per module, quiz attempts whose every response is saved as it is given.

CREATE SEQUENCE allowance_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE allowance (
    id            BIGINT      NOT NULL PRIMARY KEY,
    learner_id    BIGINT      NOT NULL REFERENCES user_account (id),
    period_start  DATE        NOT NULL,
    period_end    DATE        NOT NULL,
    currency      VARCHAR(3)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_allowance_learner ON allowance (learner_id, period_end);

CREATE SEQUENCE allowance_entry_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE allowance_entry (
    id            BIGINT       NOT NULL PRIMARY KEY,
    allowance_id  BIGINT       NOT NULL REFERENCES allowance (id),
    amount_minor  BIGINT       NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    reference     VARCHAR(80),
    actor         VARCHAR(254) NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_allowance_entry ON allowance_entry (allowance_id);

CREATE SEQUENCE enrollment_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE enrollment (
    id            BIGINT      NOT NULL PRIMARY KEY,
    learner_id    BIGINT      NOT NULL REFERENCES user_account (id),
    activity_id   BIGINT      NOT NULL REFERENCES activity (id),
    version_no    INTEGER     NOT NULL,
    status        VARCHAR(20) NOT NULL,
    enrolled_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at  TIMESTAMP WITH TIME ZONE,
    row_version   BIGINT      NOT NULL
);
CREATE UNIQUE INDEX ux_enrollment_learner_activity ON enrollment (learner_id, activity_id);

CREATE TABLE module_progress (
    enrollment_id     BIGINT      NOT NULL REFERENCES enrollment (id),
    module_key        VARCHAR(80) NOT NULL,
    completed         BOOLEAN     NOT NULL,
    seconds_watched   INTEGER     NOT NULL,
    last_position     INTEGER     NOT NULL,
    attested_minutes  INTEGER,
    completed_at      TIMESTAMP WITH TIME ZONE,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (enrollment_id, module_key)
);

CREATE SEQUENCE attempt_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE attempt (
    id             BIGINT        NOT NULL PRIMARY KEY,
    enrollment_id  BIGINT        NOT NULL REFERENCES enrollment (id),
    module_key     VARCHAR(80)   NOT NULL,
    attempt_no     INTEGER       NOT NULL,
    question_keys  VARCHAR(4000) NOT NULL,
    option_order   VARCHAR(8000) NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline_at    TIMESTAMP WITH TIME ZONE,
    submitted_at   TIMESTAMP WITH TIME ZONE,
    score_percent  INTEGER,
    passed         BOOLEAN,
    row_version    BIGINT        NOT NULL
);
CREATE UNIQUE INDEX ux_attempt_no ON attempt (enrollment_id, module_key, attempt_no);

CREATE TABLE attempt_response (
    attempt_id    BIGINT       NOT NULL REFERENCES attempt (id),
    question_key  VARCHAR(80)  NOT NULL,
    selected      VARCHAR(400) NOT NULL,
    saved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (attempt_id, question_key)
);
