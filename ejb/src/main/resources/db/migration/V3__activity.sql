-- The authoring context's activity: the foundation holds what the demo data and a designer's
-- home page need; the authoring issue extends it (versions, modules, designations).

CREATE SEQUENCE activity_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE activity (
    id           BIGINT       NOT NULL PRIMARY KEY,
    title        VARCHAR(300) NOT NULL,
    summary      ${long_text},
    format       VARCHAR(20)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    owner_id     BIGINT       NOT NULL REFERENCES user_account (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version  BIGINT       NOT NULL
);
CREATE INDEX ix_activity_owner ON activity (owner_id, status);
CREATE INDEX ix_activity_status ON activity (status);
