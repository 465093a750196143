-- Live sessions: scheduled occurrences of a live webinar, an in-person slot or a proctored sitting.
-- A session is never deleted: cancelling stamps who and when.
CREATE SEQUENCE live_session_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE live_session (
    id            BIGINT       NOT NULL PRIMARY KEY,
    activity_id   BIGINT       NOT NULL REFERENCES activity (id),
    module_key    VARCHAR(80)  NOT NULL,
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    capacity      INTEGER,
    join_url      VARCHAR(500),
    room          VARCHAR(200),
    created_by    VARCHAR(254) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled_by  VARCHAR(254),
    cancelled_at  TIMESTAMP WITH TIME ZONE,
    row_version   BIGINT       NOT NULL
);
CREATE INDEX ix_live_session_activity ON live_session (activity_id, starts_at);
