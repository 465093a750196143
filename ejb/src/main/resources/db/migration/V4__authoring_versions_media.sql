-- Authoring: the working copy of an activity is a content package (manifest JSON + files);
-- publishing freezes it as an immutable activity_version. Files live in the content-addressed
-- media store (media_blob rows, bytes on disk under the data directory).

CREATE TABLE media_blob (
    sha256        VARCHAR(64)  NOT NULL PRIMARY KEY,
    size_bytes    BIGINT       NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE activity ADD COLUMN draft_manifest ${long_text};
ALTER TABLE activity ADD COLUMN live_version_no INTEGER;
ALTER TABLE activity ADD COLUMN review_comment VARCHAR(4000);

CREATE TABLE activity_file (
    activity_id  BIGINT       NOT NULL REFERENCES activity (id),
    file_path    VARCHAR(300) NOT NULL,
    sha256       VARCHAR(64)  NOT NULL REFERENCES media_blob (sha256),
    PRIMARY KEY (activity_id, file_path)
);

CREATE TABLE activity_coauthor (
    activity_id  BIGINT NOT NULL REFERENCES activity (id),
    user_id      BIGINT NOT NULL REFERENCES user_account (id),
    PRIMARY KEY (activity_id, user_id)
);

CREATE SEQUENCE activity_version_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE activity_version (
    id            BIGINT       NOT NULL PRIMARY KEY,
    activity_id   BIGINT       NOT NULL REFERENCES activity (id),
    version_no    INTEGER      NOT NULL,
    title         VARCHAR(300) NOT NULL,
    format        VARCHAR(20)  NOT NULL,
    manifest      ${long_text} NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    author_id     BIGINT       NOT NULL,
    approved_by   BIGINT       NOT NULL
);
CREATE UNIQUE INDEX ux_activity_version_no ON activity_version (activity_id, version_no);

CREATE TABLE activity_version_file (
    version_id  BIGINT       NOT NULL REFERENCES activity_version (id),
    file_path   VARCHAR(300) NOT NULL,
    sha256      VARCHAR(64)  NOT NULL REFERENCES media_blob (sha256),
    PRIMARY KEY (version_id, file_path)
);

CREATE SEQUENCE review_event_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE review_event (
    id              BIGINT       NOT NULL PRIMARY KEY,
    activity_id     BIGINT       NOT NULL REFERENCES activity (id),
    action          VARCHAR(20)  NOT NULL,
    actor_id        BIGINT       NOT NULL,
    review_comment  VARCHAR(4000),
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_review_event_activity ON review_event (activity_id);
