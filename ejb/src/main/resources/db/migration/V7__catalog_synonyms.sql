-- Synonym rules an administrator adds to the shipped medical list. A rule is never edited:
-- removing it stamps who and when, and a corrected rule is a new row.
CREATE SEQUENCE synonym_rule_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE synonym_rule (
    id          BIGINT       NOT NULL PRIMARY KEY,
    rule_text   VARCHAR(500) NOT NULL,
    added_by    VARCHAR(254) NOT NULL,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_by  VARCHAR(254),
    removed_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_synonym_rule_active ON synonym_rule (removed_at);
