-- Idempotency-Key records: a POST under /api with a key runs once per account and key; the
-- response (status, Content-Type, Location, body) is kept for replay. Never the request body,
-- only its SHA-256. Records expire 24 hours after creation (an hourly job deletes them).
-- Portable SQL for H2 2.x and PostgreSQL 15 (BYTEA is BINARY VARYING on H2).

CREATE SEQUENCE idempotency_record_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE idempotency_record (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    account_id             BIGINT        NOT NULL REFERENCES user_account (id),
    idem_key               VARCHAR(255)  NOT NULL,
    http_method            VARCHAR(10)   NOT NULL,
    request_path           VARCHAR(2000) NOT NULL,
    request_content_type   VARCHAR(255),
    request_sha256         VARCHAR(64)   NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at           TIMESTAMP WITH TIME ZONE,
    response_status        INTEGER,
    response_content_type  VARCHAR(255),
    response_location      VARCHAR(2000),
    response_body          BYTEA
);
-- Decides between two requests racing with the same key: the second insert fails.
CREATE UNIQUE INDEX ux_idempotency_account_key ON idempotency_record (account_id, idem_key);
CREATE INDEX ix_idempotency_expires ON idempotency_record (expires_at);
