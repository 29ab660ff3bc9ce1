-- DuckDB 1.5.5 can write a non-unique index corrupt when it checkpoints the write-ahead log a
-- killed writer left (duckdb/duckdb#23788): lookups by doc_id then miss rows, so replacing a
-- document's claims left old ones beside the new (found by tests/test_crash.py). Without the
-- index a document's claims are found by a scan of claim_rows, as fast at this size
-- (docs/reliability.md).
DROP INDEX IF EXISTS claim_rows_doc_id;
