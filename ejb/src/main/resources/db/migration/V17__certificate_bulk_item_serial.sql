-- The serial of an issued certificate's number (OCME-2026-000123 -> 123): the render step of a bulk issue
-- shares the PDFs between its partitions by it. Consecutive numbers alternate between partitions whatever
-- the enrolment ids (which can all be even, e.g. when ids come from a sequence in steps of 50).
ALTER TABLE certificate_bulk_item ADD COLUMN certificate_serial BIGINT;
