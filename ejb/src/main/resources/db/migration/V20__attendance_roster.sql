-- The proctor's roster. Every mark is a new row: the current mark of a learner in a session is the
-- latest; after sign-off a change is an amendment (amends_id, reason), listed beside the original.
-- Nothing here is updated or deleted.
CREATE SEQUENCE attendance_mark_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE attendance_mark (
    id           BIGINT       NOT NULL PRIMARY KEY,
    session_id   BIGINT       NOT NULL REFERENCES live_session (id),
    account_id   BIGINT       NOT NULL REFERENCES user_account (id),
    status       VARCHAR(16)  NOT NULL,
    minutes      INTEGER      NOT NULL,
    note         VARCHAR(500),
    source       VARCHAR(16)  NOT NULL,
    amends_id    BIGINT       REFERENCES attendance_mark (id),
    reason       VARCHAR(500),
    recorded_by  VARCHAR(254) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_attendance_mark ON attendance_mark (session_id, account_id, id);

CREATE TABLE session_sign_off (
    session_id  BIGINT       NOT NULL PRIMARY KEY REFERENCES live_session (id),
    signed_by   VARCHAR(254) NOT NULL,
    signed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
