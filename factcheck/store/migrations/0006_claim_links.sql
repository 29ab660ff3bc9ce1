-- Issue 11: claim links within an article (factcheck/extract/links.py): a headline figure to
-- the body's same figure, a repeat to its first mention, a figure to another source's
-- competing one. Each link names the claim it points to by claim_id; the claim_links view
-- (../views.sql) gives one row per link.
--
-- No DEFAULT on the column: DuckDB 1.5.5 cannot replay an ADD COLUMN whose default is a list
-- from the write-ahead log ("Calling DatabaseManager::GetDefaultDatabase with no default
-- database set"), so a writer killed before the checkpoint left a database no one could open
-- (found by tests/store/test_crash.py). Rows stored before get an empty list; the writer always
-- writes one.

ALTER TABLE claim_rows ADD COLUMN links STRUCT(kind VARCHAR, claim_id VARCHAR)[];
UPDATE claim_rows SET links = [] WHERE links IS NULL;
