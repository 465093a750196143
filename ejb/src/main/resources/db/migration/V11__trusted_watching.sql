-- Watching is counted on the server's terms: the video's duration read from the stored file (never the
-- browser's), and watched time kept in milliseconds so rounding never loses a second per heartbeat.

ALTER TABLE media_blob ADD COLUMN duration_ms BIGINT;

ALTER TABLE module_progress ADD COLUMN watched_ms BIGINT DEFAULT 0 NOT NULL;
UPDATE module_progress SET watched_ms = CAST(seconds_watched AS BIGINT) * 1000;
