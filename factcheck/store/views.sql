-- The public views and their column comments: the one definition of what a person queries.
-- Not a migration: factcheck/store/db.py re-applies this file (in one transaction) whenever
-- its content changes, after the migrations, so a view gains a column by editing it here.

CREATE OR REPLACE VIEW claims AS
SELECT
    c.doc, c."start", c."end", c."text", c."value", c.high, c.approx, c.unit, c.subject,
    c.source_text, c.source_kind, c.caveats, c."key", c.status, c.flagged, c.flag_reasons,
    c.sentence, c.claim_id, c.doc_id, c.run_id, c.extracted_at
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
COMMENT ON COLUMN claims.sentence IS 'the sentence the figure stands in';
COMMENT ON COLUMN claims.claim_id IS 'sha1 of (doc_id, start, end); stable across reruns';
COMMENT ON COLUMN claims.doc_id IS 'the article (documents.doc_id)';
COMMENT ON COLUMN claims.run_id IS 'run that wrote the claim (runs.run_id)';
COMMENT ON COLUMN claims.extracted_at IS 'when the claim was extracted (UTC)';

CREATE OR REPLACE VIEW flagged_claims AS
SELECT
    c.doc, d.title, c."text", c."value", c.high, c.approx, c.unit, c.subject,
    c.source_text, c.source_kind,
    list_transform(c.caveats, lambda x: x.kind) AS caveat_kinds,
    c.flag_reasons,
    2 * c."key"::INTEGER + len(c.caveats) + (c.source_kind = 'none')::INTEGER AS priority,
    c."key", c.status, c.claim_id, c.doc_id, c."start", c."end", d.source AS doc_source, c.run_id,
    c.sentence, d.published
FROM claim_rows c
JOIN documents d USING (doc_id)
WHERE c.flagged
ORDER BY priority DESC, c.doc, c."start";
COMMENT ON VIEW flagged_claims IS 'Claims that are not verified, with reasons; highest priority first.';
COMMENT ON COLUMN flagged_claims.doc IS 'file name or URL of the article';
COMMENT ON COLUMN flagged_claims.title IS 'the article''s title (headline or page title)';
COMMENT ON COLUMN flagged_claims."text" IS 'the mention, qualifier and unit included';
COMMENT ON COLUMN flagged_claims."value" IS 'normalised value; low end of a range';
COMMENT ON COLUMN flagged_claims.high IS 'high end of a range, else NULL';
COMMENT ON COLUMN flagged_claims.approx IS 'exact | approximate | lower_bound | upper_bound | range';
COMMENT ON COLUMN flagged_claims.unit IS 'unit or currency; empty for plain counts';
COMMENT ON COLUMN flagged_claims.subject IS 'what is counted or measured';
COMMENT ON COLUMN flagged_claims.source_text IS 'who the figure is attributed to, as written; empty if no one';
COMMENT ON COLUMN flagged_claims.source_kind IS 'named_person | named_org | anonymous | none';
COMMENT ON COLUMN flagged_claims.caveat_kinds IS 'the caveat kinds alone';
COMMENT ON COLUMN flagged_claims.flag_reasons IS 'why it is flagged, most important first';
COMMENT ON COLUMN flagged_claims.priority IS '2 if key, +1 per caveat, +1 if unattributed';
COMMENT ON COLUMN flagged_claims."key" IS 'a headline, check-worthy figure';
COMMENT ON COLUMN flagged_claims.status IS 'unverified | verified | corroborated | contradicted';
COMMENT ON COLUMN flagged_claims.claim_id IS 'sha1 of (doc_id, start, end)';
COMMENT ON COLUMN flagged_claims.doc_id IS 'the article (documents.doc_id)';
COMMENT ON COLUMN flagged_claims."start" IS 'character offset of the mention in the article text';
COMMENT ON COLUMN flagged_claims."end" IS 'end offset (exclusive)';
COMMENT ON COLUMN flagged_claims.doc_source IS 'absolute path or URL the article was read from';
COMMENT ON COLUMN flagged_claims.run_id IS 'run that wrote the claim';
COMMENT ON COLUMN flagged_claims.sentence IS 'the sentence the figure stands in';
COMMENT ON COLUMN flagged_claims.published IS 'the article''s publication date, when known';

CREATE OR REPLACE VIEW claims_by_source AS
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
COMMENT ON COLUMN claims_by_source.source_text IS 'who figures are attributed to, as written; empty for none';
COMMENT ON COLUMN claims_by_source.source_kind IS 'named_person | named_org | anonymous | none';
COMMENT ON COLUMN claims_by_source.n_claims IS 'claims attributed to this source';
COMMENT ON COLUMN claims_by_source.n_flagged IS 'of those, flagged';
COMMENT ON COLUMN claims_by_source.n_documents IS 'articles that cite this source';
COMMENT ON COLUMN claims_by_source.caveat_kinds IS 'caveat kinds given for its figures, sorted';
