-- Evaluation answers, saved one by one as the learner gives them; submitting completes the module.
CREATE TABLE evaluation_answer (
    enrollment_id  BIGINT        NOT NULL REFERENCES enrollment (id),
    module_key     VARCHAR(80)   NOT NULL,
    item_key       VARCHAR(80)   NOT NULL,
    answer         VARCHAR(4000) NOT NULL,
    saved_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (enrollment_id, module_key, item_key)
);
