-- Check-in with the code a proctor shows during the session. The code is an HMAC of the session's
-- own secret and the current two-minute step, so earlier codes tell nothing of the next one.
-- One check-in per learner and session (unique): repeating it changes nothing.
ALTER TABLE live_session ADD COLUMN check_in_secret VARCHAR(64);
CREATE SEQUENCE session_check_in_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE session_check_in (
    id             BIGINT   NOT NULL PRIMARY KEY,
    session_id     BIGINT   NOT NULL REFERENCES live_session (id),
    account_id     BIGINT   NOT NULL REFERENCES user_account (id),
    checked_in_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    code_step      BIGINT   NOT NULL,
    CONSTRAINT uq_session_check_in UNIQUE (session_id, account_id)
);
