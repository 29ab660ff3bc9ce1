-- Issue 8: the sentence around each claim (the views show it: ../views.sql).

ALTER TABLE claim_rows ADD COLUMN sentence VARCHAR;
COMMENT ON COLUMN claim_rows.sentence IS 'the sentence the figure stands in, whitespace collapsed';
