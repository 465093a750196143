-- What the receivers of reported credit need about a learner (ACCME's PARS for AMA PRA Category 1
-- and ABIM MOC, state licence boards): month and day of birth (never the year), the board
-- diplomate id where MOC is reported, and the learner's explicit permission to report, with when
-- it was given (null: not given, or withdrawn). Name, NPI and licences are stored already.
-- Portable SQL for H2 2.x and PostgreSQL 15.

ALTER TABLE user_account ADD COLUMN birth_month SMALLINT;
ALTER TABLE user_account ADD COLUMN birth_day SMALLINT;
ALTER TABLE user_account ADD COLUMN board_diplomate_id VARCHAR(20);
ALTER TABLE user_account ADD COLUMN report_permission_at TIMESTAMP WITH TIME ZONE;
