-- Issue 11: claim links within an article (factcheck/extract/links.py): a headline figure to
-- the body's same figure, a repeat to its first mention, a figure to another source's
-- competing one. Each link names the claim it points to by claim_id; the claim_links view
-- (../views.sql) gives one row per link.

ALTER TABLE claim_rows ADD COLUMN links STRUCT(kind VARCHAR, claim_id VARCHAR)[] DEFAULT [];
