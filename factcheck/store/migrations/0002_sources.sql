-- Live sources and incremental runs: where each document came from, feed entries already
-- seen, and sources that failed.

ALTER TABLE documents ADD COLUMN "text" VARCHAR;
ALTER TABLE documents ADD COLUMN origin VARCHAR;
ALTER TABLE documents ADD COLUMN feed_url VARCHAR;
ALTER TABLE documents ADD COLUMN fetched_at TIMESTAMP;
ALTER TABLE documents ADD COLUMN etag VARCHAR;
ALTER TABLE documents ADD COLUMN last_modified VARCHAR;
COMMENT ON COLUMN documents."text" IS 'the article text claims index (HTML: its extracted main text)';
COMMENT ON COLUMN documents.origin IS 'file | url | feed';
COMMENT ON COLUMN documents.feed_url IS 'the feed that listed it, for origin feed';
COMMENT ON COLUMN documents.fetched_at IS 'when it was last fetched or read (UTC)';
COMMENT ON COLUMN documents.etag IS 'HTTP ETag, sent back to skip unchanged pages';
COMMENT ON COLUMN documents.last_modified IS 'HTTP Last-Modified, sent back to skip unchanged pages';

ALTER TABLE runs ADD COLUMN n_failed INTEGER;
COMMENT ON COLUMN runs.n_failed IS 'sources that could not be read (see source_failures)';

CREATE TABLE feed_entries (
    entry_key VARCHAR PRIMARY KEY,
    feed_url VARCHAR NOT NULL,
    url VARCHAR NOT NULL,
    title VARCHAR,
    published DATE,
    first_seen TIMESTAMP NOT NULL,
    doc_id VARCHAR
);
COMMENT ON TABLE feed_entries IS 'Feed entries whose article was stored; they are not fetched again.';
COMMENT ON COLUMN feed_entries.entry_key IS 'sha1 of feed URL and entry id';
COMMENT ON COLUMN feed_entries.doc_id IS 'the document stored for it (documents.doc_id)';

CREATE TABLE source_failures (
    run_id VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    failed_at TIMESTAMP NOT NULL
);
COMMENT ON TABLE source_failures IS 'Files, pages and feeds a run could not read, with the reason.';
