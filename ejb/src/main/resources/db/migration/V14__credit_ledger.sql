-- Credit: completions credit has heard of, claims and the append-only award ledger.
-- A claim is one event (one certificate); each of its lines is an award row. Rows are never
-- updated or deleted: a correction is a reversing row (negative amount, reverses_id, reason, the
-- administrator) plus a new award. first_award_key ("<enrollment>:<type>") is set on a learner's
-- award and makes a second claim of the same type for the same enrolment impossible, whatever
-- the timing (double submit, two tabs, retries); corrections leave it null.
-- Portable SQL for H2 2.x and PostgreSQL 15.

CREATE TABLE credit_completion (
    enrollment_id  BIGINT       NOT NULL PRIMARY KEY,
    learner_id     BIGINT       NOT NULL,
    activity_id    BIGINT       NOT NULL,
    version_no     INTEGER      NOT NULL,
    completed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_credit_completion_learner ON credit_completion (learner_id);

CREATE SEQUENCE credit_claim_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE credit_claim (
    id             BIGINT       NOT NULL PRIMARY KEY,
    enrollment_id  BIGINT       NOT NULL,
    learner_id     BIGINT       NOT NULL,
    activity_id    BIGINT       NOT NULL,
    version_no     INTEGER      NOT NULL,
    outcome        VARCHAR(20)  NOT NULL,
    completed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_credit_claim_learner ON credit_claim (learner_id);
CREATE INDEX ix_credit_claim_enrollment ON credit_claim (enrollment_id);

CREATE SEQUENCE credit_award_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE credit_award (
    id              BIGINT        NOT NULL PRIMARY KEY,
    claim_id        BIGINT        NOT NULL REFERENCES credit_claim (id),
    learner_id      BIGINT        NOT NULL,
    enrollment_id   BIGINT        NOT NULL,
    activity_id     BIGINT        NOT NULL,
    version_no      INTEGER       NOT NULL,
    credit_type     VARCHAR(40)   NOT NULL,
    amount          DECIMAL(8,2)  NOT NULL,
    earned_on       DATE          NOT NULL,
    recorded_by     BIGINT        NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reverses_id     BIGINT        REFERENCES credit_award (id),
    reason          VARCHAR(1000),
    first_award_key VARCHAR(80)
);
CREATE UNIQUE INDEX ux_credit_award_first ON credit_award (first_award_key);
CREATE UNIQUE INDEX ux_credit_award_reverses ON credit_award (reverses_id);
CREATE INDEX ix_credit_award_learner ON credit_award (learner_id);
CREATE INDEX ix_credit_award_enrollment ON credit_award (enrollment_id);
CREATE INDEX ix_credit_award_claim ON credit_award (claim_id);
