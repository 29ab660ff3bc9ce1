-- Documents, claims, runs; the public views claims, flagged_claims, claims_by_source.
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

CREATE VIEW claims AS
SELECT
    c.doc, c."start", c."end", c."text", c."value", c.high, c.approx, c.unit, c.subject,
    c.source_text, c.source_kind, c.caveats, c."key", c.status, c.flagged, c.flag_reasons,
    c.claim_id, c.doc_id, c.run_id, c.extracted_at
FROM claim_rows c;
COMMENT ON VIEW claims IS 'Every numeric claim, one row each, with the claim record fields.';
COMMENT ON COLUMN claims.doc IS 'file name or URL of the article';
COMMENT ON COLUMN claims."start" IS 'character offset of the mention in the article text';
COMMENT ON COLUMN claims."end" IS 'end offset (exclusive); quote it: "end"';
COMMENT ON COLUMN claims."text" IS 'the mention, qualifier and unit included: roughly 240';
COMMENT ON COLUMN claims."value" IS 'normalised value (2.3 million -> 2300000); low end of a range';
COMMENT ON COLUMN claims.high IS 'high end of a range, else NULL';
COMMENT ON COLUMN claims.approx IS 'exact | approximate | lower_bound | upper_bound | range';
COMMENT ON COLUMN claims.unit IS 'unit or currency; empty for plain counts';
COMMENT ON COLUMN claims.subject IS 'what is counted or measured, a noun phrase from the text';
COMMENT ON COLUMN claims.source_text IS 'who the figure is attributed to, as written; empty if no one';
COMMENT ON COLUMN claims.source_kind IS 'named_person | named_org | anonymous | none';
COMMENT ON COLUMN claims.caveats IS 'list of {kind, text}: sourcing caveats and the words that carry them';
COMMENT ON COLUMN claims."key" IS 'a headline, check-worthy figure';
COMMENT ON COLUMN claims.status IS 'unverified | verified | corroborated | contradicted';
COMMENT ON COLUMN claims.flagged IS 'true when the claim is not verified';
COMMENT ON COLUMN claims.flag_reasons IS 'why it is flagged, most important first';
COMMENT ON COLUMN claims.claim_id IS 'sha1 of (doc_id, start, end); stable across reruns';

CREATE VIEW flagged_claims AS
SELECT
    c.doc, d.title, c."text", c."value", c.high, c.approx, c.unit, c.subject,
    c.source_text, c.source_kind,
    list_transform(c.caveats, lambda x: x.kind) AS caveat_kinds,
    c.flag_reasons,
    2 * c."key"::INTEGER + len(c.caveats) + (c.source_kind = 'none')::INTEGER AS priority,
    c."key", c.status, c.claim_id, c.doc_id, c."start", c."end", d.source AS doc_source, c.run_id
FROM claim_rows c
JOIN documents d USING (doc_id)
WHERE c.flagged
ORDER BY priority DESC, c.doc, c."start";
COMMENT ON VIEW flagged_claims IS 'Claims that are not verified, with reasons; highest priority first.';
COMMENT ON COLUMN flagged_claims.priority IS '2 if key, +1 per caveat, +1 if unattributed';
COMMENT ON COLUMN flagged_claims.caveat_kinds IS 'the caveat kinds alone';

CREATE VIEW claims_by_source AS
SELECT
    c.source_text, c.source_kind,
    count(*) AS n_claims,
    count(*) FILTER (WHERE c.flagged) AS n_flagged,
    count(DISTINCT c.doc_id) AS n_documents,
    list_sort(list_distinct(flatten(list(list_transform(c.caveats, lambda x: x.kind))))) AS caveat_kinds
FROM claim_rows c
GROUP BY c.source_text, c.source_kind
ORDER BY n_claims DESC, c.source_text;
COMMENT ON VIEW claims_by_source IS 'Claims per source (text and kind), with the caveat kinds given for them.';
