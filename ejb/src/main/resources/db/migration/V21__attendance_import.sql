-- Webinar platform reports imported into a session: one row per file (by its SHA-256, so the same
-- file twice changes nothing) and one per person found in it, with the minutes counted from the
-- merged segments and what became of them. A proctor's confirmation of a name-only match is a row
-- of its own. Nothing here is updated or deleted.
CREATE SEQUENCE attendance_import_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE attendance_import (
    id           BIGINT       NOT NULL PRIMARY KEY,
    session_id   BIGINT       NOT NULL REFERENCES live_session (id),
    sha256       VARCHAR(64)  NOT NULL,
    platform     VARCHAR(16)  NOT NULL,
    file_name    VARCHAR(255),
    imported_by  VARCHAR(254) NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_attendance_import UNIQUE (session_id, sha256)
);
CREATE SEQUENCE attendance_import_line_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE attendance_import_line (
    id           BIGINT       NOT NULL PRIMARY KEY,
    import_id    BIGINT       NOT NULL REFERENCES attendance_import (id),
    line_no      BIGINT       NOT NULL,
    name         VARCHAR(254) NOT NULL,
    email        VARCHAR(254),
    minutes      INTEGER      NOT NULL,
    outcome      VARCHAR(16)  NOT NULL,
    account_id   BIGINT       REFERENCES user_account (id)
);
CREATE INDEX ix_attendance_import_line ON attendance_import_line (import_id);
CREATE INDEX ix_attendance_import_account ON attendance_import_line (account_id);
CREATE TABLE attendance_import_confirmation (
    line_id       BIGINT       NOT NULL PRIMARY KEY REFERENCES attendance_import_line (id),
    account_id    BIGINT       NOT NULL REFERENCES user_account (id),
    confirmed_by  VARCHAR(254) NOT NULL,
    confirmed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
