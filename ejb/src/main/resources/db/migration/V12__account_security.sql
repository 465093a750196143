-- Sessions follow the account: security_stamp changes with every change of roles, of the
-- enabled flag or of the password (an open session re-reads its roles); credential_stamp
-- changes when the password is changed or reset and when the account is deactivated (open
-- sessions end). Forgotten-password links: only the SHA-256 of the link's secret is stored,
-- a link works once and expires an hour after it was sent.
-- Portable SQL for H2 2.x and PostgreSQL 15.

ALTER TABLE user_account ADD COLUMN security_stamp BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE user_account ADD COLUMN credential_stamp BIGINT DEFAULT 0 NOT NULL;

CREATE SEQUENCE password_reset_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE password_reset (
    id          BIGINT       NOT NULL PRIMARY KEY,
    user_id     BIGINT       NOT NULL REFERENCES user_account (id),
    token_hash  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX ux_password_reset_hash ON password_reset (token_hash);
CREATE INDEX ix_password_reset_user ON password_reset (user_id);
