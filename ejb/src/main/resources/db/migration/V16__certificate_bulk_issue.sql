-- Bulk certificate issue: an administrator's "issue every pending certificate of activity X", run as a
-- Jakarta Batch job (JBeret keeps its own job repository tables, JOB_INSTANCE, JOB_EXECUTION, ..., in
-- this database and creates them itself). One row per request; one item row per completed enrolment
-- the job dealt with, written in the chunk transaction that issued its certificate, so a job resumed
-- after a crash neither repeats nor skips one. Portable SQL for H2 2.x and PostgreSQL 15.

CREATE SEQUENCE certificate_bulk_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE certificate_bulk_issue (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    activity_id         BIGINT       NOT NULL,
    requested_by        BIGINT       NOT NULL,
    requested_by_email  VARCHAR(254) NOT NULL,
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    total               INTEGER      NOT NULL,
    execution_id        BIGINT,
    resumed             INTEGER      NOT NULL
);
CREATE INDEX ix_certificate_bulk_activity ON certificate_bulk_issue (activity_id);

CREATE TABLE certificate_bulk_item (
    bulk_id             BIGINT       NOT NULL REFERENCES certificate_bulk_issue (id),
    enrollment_id       BIGINT       NOT NULL,
    outcome             VARCHAR(20)  NOT NULL,
    certificate_number  VARCHAR(20),
    reason              VARCHAR(1000),
    millis              INTEGER      NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (bulk_id, enrollment_id)
);
