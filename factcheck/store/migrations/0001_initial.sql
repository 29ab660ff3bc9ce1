-- Documents, claims, runs. The public views are defined in ../views.sql (re-applied when it changes).
-- Applied in one transaction and recorded in _migrations (factcheck/store.py).

CREATE TABLE documents (
    doc_id VARCHAR PRIMARY KEY,
    doc VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    title VARCHAR,
    published DATE,
    content_hash VARCHAR NOT NULL,
    n_chars INTEGER NOT NULL,
    extractor_version VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    run_id VARCHAR
);
COMMENT ON TABLE documents IS 'One row per article source (file path or URL); rewritten when its content changes.';
COMMENT ON COLUMN documents.doc_id IS 'sha1 of the source; stable across content changes';
COMMENT ON COLUMN documents.doc IS 'file name or URL, as in claim records';
COMMENT ON COLUMN documents.source IS 'absolute path or URL the article was read from';
COMMENT ON COLUMN documents.title IS 'first non-empty line of the text, or the page title';
COMMENT ON COLUMN documents.published IS 'publication date when known';
COMMENT ON COLUMN documents.content_hash IS 'sha256 of the article text';
COMMENT ON COLUMN documents.n_chars IS 'length of the text in characters';
COMMENT ON COLUMN documents.extractor_version IS 'factcheck version whose rules produced its claims';
COMMENT ON COLUMN documents.ingested_at IS 'when the source was first stored (UTC)';
COMMENT ON COLUMN documents.updated_at IS 'when its text or claims were last written (UTC)';
COMMENT ON COLUMN documents.run_id IS 'run that last wrote it (runs.run_id)';

CREATE TABLE claim_rows (
    claim_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    doc VARCHAR NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" VARCHAR NOT NULL,
    "value" DOUBLE NOT NULL,
    high DOUBLE,
    approx VARCHAR NOT NULL CHECK (approx IN ('exact', 'approximate', 'lower_bound', 'upper_bound', 'range')),
    unit VARCHAR NOT NULL,
    subject VARCHAR NOT NULL,
    source_text VARCHAR NOT NULL,
    source_kind VARCHAR NOT NULL CHECK (source_kind IN ('named_person', 'named_org', 'anonymous', 'none')),
    caveats STRUCT(kind VARCHAR, "text" VARCHAR)[] NOT NULL,
    "key" BOOLEAN NOT NULL,
    status VARCHAR NOT NULL CHECK (status IN ('unverified', 'verified', 'corroborated', 'contradicted')),
    flagged BOOLEAN NOT NULL,
    flag_reasons VARCHAR[] NOT NULL,
    run_id VARCHAR,
    extracted_at TIMESTAMP NOT NULL
);
CREATE INDEX claim_rows_doc_id ON claim_rows (doc_id);
COMMENT ON TABLE claim_rows IS 'Storage of claims; query the claims view instead.';

CREATE TABLE runs (
    run_id VARCHAR PRIMARY KEY,
    flow_run_id VARCHAR,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    paths VARCHAR[] NOT NULL,
    n_documents INTEGER,
    n_changed INTEGER,
    n_unchanged INTEGER,
    n_claims INTEGER,
    n_flagged INTEGER,
    status VARCHAR NOT NULL CHECK (status IN ('running', 'completed', 'failed'))
);
COMMENT ON TABLE runs IS 'One row per pipeline run (CLI or Prefect flow run).';
COMMENT ON COLUMN runs.flow_run_id IS 'Prefect flow run id, when run by Prefect';
COMMENT ON COLUMN runs.paths IS 'files, folders or URLs the run read';
COMMENT ON COLUMN runs.n_documents IS 'articles read';
COMMENT ON COLUMN runs.n_changed IS 'articles new or changed, whose claims were written';
COMMENT ON COLUMN runs.n_unchanged IS 'articles whose stored claims were already current';
COMMENT ON COLUMN runs.n_claims IS 'claims in the articles read';
COMMENT ON COLUMN runs.n_flagged IS 'of those, claims flagged';
