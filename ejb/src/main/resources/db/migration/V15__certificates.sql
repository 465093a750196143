-- Certificates: one per claim (claim_key = the claim's id on the first certificate, null on a
-- reissue), a number sequential per year without gaps (certificate_counter, locked while a number
-- is taken, in the issuing transaction) and a verification code of 160 random bits. What a
-- certificate prints is frozen in content_json when it is issued; a certificate is never changed:
-- a revocation is a row of its own, a reissue a new certificate that supersedes the old one.
-- Portable SQL for H2 2.x and PostgreSQL 15.

CREATE TABLE certificate_counter (
    issue_year   INTEGER NOT NULL PRIMARY KEY,
    last_serial  BIGINT  NOT NULL
);

CREATE SEQUENCE certificate_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE certificate (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    number             VARCHAR(20)  NOT NULL,
    verification_code  VARCHAR(40)  NOT NULL,
    claim_id           BIGINT       NOT NULL,
    claim_key          BIGINT,
    learner_id         BIGINT       NOT NULL,
    enrollment_id      BIGINT       NOT NULL,
    activity_id        BIGINT       NOT NULL,
    version_no         INTEGER      NOT NULL,
    template           VARCHAR(40)  NOT NULL,
    content_json       ${long_text} NOT NULL,
    issued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by          VARCHAR(254) NOT NULL,
    supersedes_id      BIGINT       REFERENCES certificate (id)
);
CREATE UNIQUE INDEX ux_certificate_number ON certificate (number);
CREATE UNIQUE INDEX ux_certificate_code ON certificate (verification_code);
CREATE UNIQUE INDEX ux_certificate_claim ON certificate (claim_key);
CREATE UNIQUE INDEX ux_certificate_supersedes ON certificate (supersedes_id);
CREATE INDEX ix_certificate_learner ON certificate (learner_id);
CREATE INDEX ix_certificate_claim_id ON certificate (claim_id);

CREATE TABLE certificate_revocation (
    certificate_id  BIGINT        NOT NULL PRIMARY KEY REFERENCES certificate (id),
    revoked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_by      VARCHAR(254)  NOT NULL,
    reason          VARCHAR(1000) NOT NULL
);
