-- Accounts, roles, licences, personal API tokens, the audit log and application settings.
-- Portable SQL for H2 2.x and PostgreSQL 15; ${long_text} is CLOB on H2 and TEXT on PostgreSQL.

CREATE SEQUENCE user_account_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE user_account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    given_name      VARCHAR(100) NOT NULL,
    family_name     VARCHAR(100) NOT NULL,
    profession      VARCHAR(30)  NOT NULL,
    npi             VARCHAR(10),
    password_hash   VARCHAR(200) NOT NULL,
    time_zone       VARCHAR(60)  NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version     BIGINT       NOT NULL
);
CREATE UNIQUE INDEX ux_user_account_email ON user_account (email);

CREATE TABLE user_role (
    user_id   BIGINT      NOT NULL REFERENCES user_account (id),
    role_name VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role_name)
);

CREATE SEQUENCE licence_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE licence (
    id              BIGINT      NOT NULL PRIMARY KEY,
    user_id         BIGINT      NOT NULL REFERENCES user_account (id),
    licence_state   VARCHAR(2)  NOT NULL,
    licence_number  VARCHAR(40) NOT NULL,
    position_no     INTEGER     NOT NULL
);
CREATE INDEX ix_licence_user ON licence (user_id);

CREATE SEQUENCE api_token_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE api_token (
    id            BIGINT       NOT NULL PRIMARY KEY,
    user_id       BIGINT       NOT NULL REFERENCES user_account (id),
    name          VARCHAR(100) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    token_prefix  VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX ux_api_token_hash ON api_token (token_hash);
CREATE INDEX ix_api_token_user ON api_token (user_id);

CREATE SEQUENCE audit_entry_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(254) NOT NULL,
    action       VARCHAR(80)  NOT NULL,
    record_type  VARCHAR(80)  NOT NULL,
    record_id    VARCHAR(80)  NOT NULL,
    detail       VARCHAR(4000)
);
CREATE INDEX ix_audit_record ON audit_entry (record_type, record_id);
CREATE INDEX ix_audit_time ON audit_entry (occurred_at);

CREATE TABLE app_setting (
    name           VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value  VARCHAR(4000) NOT NULL
);
