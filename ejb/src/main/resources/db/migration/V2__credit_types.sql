-- Credit types are data, not an enum (PRODUCT.md). The common ones are reference data every
-- installation needs, so they are seeded here rather than only with the demo data.

CREATE SEQUENCE credit_type_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE credit_type (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    code                    VARCHAR(40)   NOT NULL,
    name                    VARCHAR(200)  NOT NULL,
    unit_label              VARCHAR(60)   NOT NULL,
    claim_increment         DECIMAL(6,2)  NOT NULL,
    eligible_professions    VARCHAR(200),
    evaluation_time_counts  BOOLEAN       NOT NULL,
    components              VARCHAR(200),
    designation_statement   VARCHAR(4000) NOT NULL,
    active                  BOOLEAN       NOT NULL,
    row_version             BIGINT        NOT NULL
);
CREATE UNIQUE INDEX ux_credit_type_code ON credit_type (code);

INSERT INTO credit_type VALUES (1, 'AMA_PRA_1', 'AMA PRA Category 1 Credit™', 'credit(s)', 0.25, 'MD,DO', TRUE, NULL,
 'The [provider] designates this [format] activity for a maximum of [n] AMA PRA Category 1 Credit(s)™. Physicians should claim only the credit commensurate with the extent of their participation in the activity.', TRUE, 1);
INSERT INTO credit_type VALUES (2, 'ANCC', 'ANCC contact hours', 'contact hour(s)', 0.01, 'RN,NP', TRUE, NULL,
 'This activity is awarded [n] ANCC contact hour(s). Evaluation time is included in the contact hours.', TRUE, 1);
INSERT INTO credit_type VALUES (3, 'AANP', 'AANP contact hours', 'contact hour(s)', 0.01, 'NP', FALSE, 'PHARMACOLOGY',
 'This activity is approved for [n] contact hour(s) of continuing education by the American Association of Nurse Practitioners, including pharmacology hours as stated.', TRUE, 1);
INSERT INTO credit_type VALUES (4, 'AAPA_1', 'AAPA Category 1 CME credit', 'credit(s)', 0.25, 'PA', TRUE, NULL,
 'This activity has been reviewed by the AAPA Review Panel and is compliant with AAPA CME Criteria. This activity is designated for [n] AAPA Category 1 CME credit(s). PAs should only claim credit commensurate with the extent of their participation.', TRUE, 1);
INSERT INTO credit_type VALUES (5, 'ACPE', 'ACPE contact hours', 'contact hour(s)', 0.25, 'PHARMACIST', TRUE, NULL,
 'This knowledge-based activity is approved for [n] contact hour(s) of continuing pharmacy education credit.', TRUE, 1);
INSERT INTO credit_type VALUES (6, 'AAFP_PRESCRIBED', 'AAFP Prescribed credit', 'credit(s)', 0.25, 'MD,DO', TRUE, NULL,
 'This enduring material activity has been reviewed and is acceptable for up to [n] Prescribed credit(s) by the American Academy of Family Physicians. Physicians should claim only the credit commensurate with the extent of their participation in the activity.', TRUE, 1);
INSERT INTO credit_type VALUES (7, 'AAFP_ELECTIVE', 'AAFP Elective credit', 'credit(s)', 0.25, 'MD,DO', TRUE, NULL,
 'This activity is approved for [n] Elective credit(s) by the American Academy of Family Physicians.', TRUE, 1);
INSERT INTO credit_type VALUES (8, 'ABIM_MOC', 'ABIM MOC points', 'point(s)', 0.25, 'MD,DO', TRUE, 'MEDICAL_KNOWLEDGE',
 'Successful completion of this CME activity enables the participant to earn up to [n] Medical Knowledge MOC point(s) in the American Board of Internal Medicine''s (ABIM) Maintenance of Certification (MOC) program.', TRUE, 1);
INSERT INTO credit_type VALUES (9, 'IPCE', 'IPCE credit', 'credit(s)', 0.25, NULL, TRUE, NULL,
 'This activity was planned by and for the healthcare team, and learners will receive [n] Interprofessional Continuing Education (IPCE) credit(s) for learning and change.', TRUE, 1);
INSERT INTO credit_type VALUES (10, 'PARTICIPATION', 'Certificate of participation', 'hour(s)', 0.25, NULL, TRUE, NULL,
 'This activity was designated for [n] AMA PRA Category 1 Credit(s)™. This certificate confirms participation for professions other than physicians.', TRUE, 1);
