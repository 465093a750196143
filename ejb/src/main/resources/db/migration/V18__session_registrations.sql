-- Registrations for live and proctored sessions: one row per learner and session, whose status
-- (registered, waitlisted, cancelled) and place in the queue move; every move is also a row of
-- session_registration_entry (append-only: what, who and when), so the history is never lost.
CREATE SEQUENCE session_registration_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE session_registration (
    id            BIGINT       NOT NULL PRIMARY KEY,
    session_id    BIGINT       NOT NULL REFERENCES live_session (id),
    account_id    BIGINT       NOT NULL REFERENCES user_account (id),
    status        VARCHAR(16)  NOT NULL,
    queue_number  BIGINT       NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version   BIGINT       NOT NULL,
    CONSTRAINT uq_session_registration UNIQUE (session_id, account_id),
    CONSTRAINT uq_session_registration_queue UNIQUE (session_id, queue_number)
);
CREATE INDEX ix_session_registration_status ON session_registration (session_id, status, queue_number);
CREATE INDEX ix_session_registration_account ON session_registration (account_id);

CREATE SEQUENCE session_registration_entry_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE session_registration_entry (
    id               BIGINT       NOT NULL PRIMARY KEY,
    registration_id  BIGINT       NOT NULL REFERENCES session_registration (id),
    status           VARCHAR(16)  NOT NULL,
    reason           VARCHAR(32)  NOT NULL,
    recorded_by      VARCHAR(254) NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_session_registration_entry ON session_registration_entry (registration_id, id);

-- The mail a session change owes people, written in the same transaction as the change (so it
-- is never lost) and sent after the commit; an SMTP failure is retried with a growing pause.
-- dedupe_key makes each mail once (a reminder per session, person and kind; a change per entry).
CREATE SEQUENCE session_mail_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE session_mail (
    id               BIGINT       NOT NULL PRIMARY KEY,
    session_id       BIGINT       NOT NULL REFERENCES live_session (id),
    account_id       BIGINT       NOT NULL REFERENCES user_account (id),
    kind             VARCHAR(24)  NOT NULL,
    ics_sequence     INTEGER,
    dedupe_key       VARCHAR(120) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INTEGER      NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(500),
    CONSTRAINT uq_session_mail UNIQUE (dedupe_key)
);
CREATE INDEX ix_session_mail_due ON session_mail (sent_at, next_attempt_at);
CREATE INDEX ix_session_mail_person ON session_mail (session_id, account_id);

-- Proctors assigned to a session by its designers or an administrator. Removing stamps who and
-- when; assigning again clears the stamps (the audit log keeps each change).
CREATE TABLE session_proctor (
    session_id   BIGINT       NOT NULL REFERENCES live_session (id),
    account_id   BIGINT       NOT NULL REFERENCES user_account (id),
    assigned_by  VARCHAR(254) NOT NULL,
    assigned_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_by   VARCHAR(254),
    removed_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (session_id, account_id)
);
CREATE INDEX ix_session_proctor_account ON session_proctor (account_id);
