-- The public views and their column comments: the one definition of what a person queries.
-- Not a migration: factcheck/store/db.py re-applies this file (in one transaction) whenever
-- its content changes, after the migrations, so a view gains a column by editing it here.

CREATE OR REPLACE VIEW reference_current AS
SELECT * FROM reference_figures
QUALIFY row_number() OVER (PARTITION BY ref_id, as_of ORDER BY revision DESC) = 1;
COMMENT ON VIEW reference_current IS 'The latest revision of each reference figure and as_of date.';

CREATE OR REPLACE VIEW latest_reviews AS
SELECT * FROM claim_reviews
QUALIFY row_number() OVER (PARTITION BY claim_id ORDER BY reviewed_at DESC, review_id DESC) = 1;
COMMENT ON VIEW latest_reviews IS 'The verdict in force for each reviewed claim.';

CREATE OR REPLACE VIEW claims AS
SELECT
    c.doc, c."start", c."end", c."text", c."value", c.high, c.approx, c.unit, c.subject,
    c.source_text, c.source_kind, c.caveats, c."key", c.status, c.flagged, c.flag_reasons,
    c.sentence, c.claim_id, c.doc_id, c.run_id, c.extracted_at, c.implied, c.links,
    k.measure, k.reference_id, k.reference_value, r.publisher AS reference_publisher,
    r.url AS reference_url, r.as_of AS reference_as_of, k.difference, k.reasons AS check_reasons,
    k.originator, k.group_id, v.verdict, v.reviewer, v.reviewed_at,
    d.published, d.url AS doc_url, d.publisher AS doc_publisher
FROM claim_rows c
LEFT JOIN claim_checks k ON k.claim_id = c.claim_id
LEFT JOIN reference_figures r ON r.ref_id = k.reference_id AND r.revision = k.reference_revision
LEFT JOIN latest_reviews v ON v.claim_id = c.claim_id
LEFT JOIN documents d ON d.doc_id = c.doc_id;
COMMENT ON VIEW claims IS 'Every numeric claim, one row each, with the claim record fields, its check and review.';
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
COMMENT ON COLUMN claims.status IS 'unverified | verified | corroborated | contradicted (automatic check)';
COMMENT ON COLUMN claims.flagged IS 'true unless verified or reviewed accurate';
COMMENT ON COLUMN claims.flag_reasons IS 'why it is flagged, most important first';
COMMENT ON COLUMN claims.sentence IS 'the sentence the figure stands in';
COMMENT ON COLUMN claims.claim_id IS 'sha1 of (doc_id, start, end); stable across reruns';
COMMENT ON COLUMN claims.doc_id IS 'the article (documents.doc_id)';
COMMENT ON COLUMN claims.run_id IS 'run that wrote the claim (runs.run_id)';
COMMENT ON COLUMN claims.extracted_at IS 'when the claim was extracted (UTC)';
COMMENT ON COLUMN claims.implied IS 'a count the text implies without a digit: "a man was shot and killed" = 1 killed';
COMMENT ON COLUMN claims.links IS 'list of {kind, claim_id}: headline | repeat | competing links to other claims of the article (claim_links)';
COMMENT ON COLUMN claims.measure IS 'what the claim counts, as a reference measure (killed, injured, ...)';
COMMENT ON COLUMN claims.reference_id IS 'the reference figure the claim was checked against';
COMMENT ON COLUMN claims.reference_value IS 'that figure''s value in force at the article''s date';
COMMENT ON COLUMN claims.reference_publisher IS 'who published the reference figure';
COMMENT ON COLUMN claims.reference_url IS 'where the reference figure is published';
COMMENT ON COLUMN claims.check_reasons IS 'the evidence of the check, also for verified claims';
COMMENT ON COLUMN claims.verdict IS 'a person''s latest verdict: accurate | inaccurate | misleading | unverifiable';
COMMENT ON COLUMN claims.reference_as_of IS 'when the reference publisher gave that figure';
COMMENT ON COLUMN claims.difference IS 'claim value minus reference value';
COMMENT ON COLUMN claims.originator IS 'who the figure comes from: its source, else the article''s publisher';
COMMENT ON COLUMN claims.group_id IS 'claims about the same measure, place and period across documents (figure_groups)';
COMMENT ON COLUMN claims.reviewer IS 'who gave the latest verdict';
COMMENT ON COLUMN claims.reviewed_at IS 'when the latest verdict was given (UTC)';
COMMENT ON COLUMN claims.published IS 'the article''s publication date';
COMMENT ON COLUMN claims.doc_url IS 'where the article was published';
COMMENT ON COLUMN claims.doc_publisher IS 'who published the article';

CREATE OR REPLACE VIEW flagged_claims AS
SELECT
    c.doc, d.title, c."text", c."value", c.high, c.approx, c.unit, c.subject,
    c.source_text, c.source_kind,
    list_transform(c.caveats, lambda x: x.kind) AS caveat_kinds,
    c.flag_reasons,
    20 * (c.status = 'contradicted')::INTEGER
        + 10 * list_contains(list_transform(c.caveats, lambda x: x.kind), 'not_independently_verified')::INTEGER
        + 2 * c."key"::INTEGER + len(c.caveats) + (c.source_kind = 'none')::INTEGER AS priority,
    c."key", c.status, c.claim_id, c.doc_id, c."start", c."end", d.source AS doc_source, c.run_id,
    c.implied, k.reference_value, r.publisher AS reference_publisher, r.url AS reference_url,
    c.sentence, d.published
FROM claim_rows c
JOIN documents d USING (doc_id)
LEFT JOIN claim_checks k ON k.claim_id = c.claim_id
LEFT JOIN reference_figures r ON r.ref_id = k.reference_id AND r.revision = k.reference_revision
WHERE c.flagged
ORDER BY priority DESC, c.doc, c."start";
COMMENT ON VIEW flagged_claims IS 'Claims that are not verified (nor reviewed accurate), with reasons; highest priority first.';
COMMENT ON COLUMN flagged_claims.priority IS '20 if contradicted, 10 if the text says it cannot be verified, 2 if key, +1 per caveat, +1 if unattributed';
COMMENT ON COLUMN flagged_claims.caveat_kinds IS 'the caveat kinds alone';
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
COMMENT ON COLUMN flagged_claims.flag_reasons IS 'why it is flagged, most important first';
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
COMMENT ON COLUMN flagged_claims.implied IS 'a count the text implies without a digit';
COMMENT ON COLUMN flagged_claims.reference_value IS 'the linked reference figure''s value, when there is one';
COMMENT ON COLUMN flagged_claims.reference_publisher IS 'who published the linked reference figure';
COMMENT ON COLUMN flagged_claims.reference_url IS 'where the linked reference figure is published';

CREATE OR REPLACE VIEW verified_claims AS
SELECT c.doc, d.title, c.published, c."text", c."value", c.subject, c.measure,
    c.reference_value, c.reference_publisher, c.reference_as_of, c.reference_url, c.difference,
    c.check_reasons, c.claim_id
FROM claims c JOIN documents d ON d.doc_id = c.doc_id
WHERE c.status = 'verified'
ORDER BY c.doc, c."start";
COMMENT ON VIEW verified_claims IS 'Claims that agree with the reference figure in force at the article''s date.';
COMMENT ON COLUMN verified_claims.difference IS 'claim value minus reference value (within the claim''s own approximation)';

CREATE OR REPLACE VIEW contradicted_claims AS
SELECT c.doc, d.title, c.published, c."text", c."value", c.subject, c.measure,
    c.reference_value, c.reference_publisher, c.reference_as_of, c.reference_url, c.difference,
    c.check_reasons, c.claim_id
FROM claims c JOIN documents d ON d.doc_id = c.doc_id
WHERE c.status = 'contradicted'
ORDER BY abs(c.difference) DESC, c.doc, c."start";
COMMENT ON VIEW contradicted_claims IS 'Claims a reference figure for the same measure, place and period disagrees with, beyond tolerance.';
COMMENT ON COLUMN contradicted_claims.difference IS 'claim value minus reference value';

CREATE OR REPLACE VIEW figure_groups AS
SELECT
    k.group_id,
    any_value(k.measure) AS measure,
    any_value(k.group_place) AS place,
    min(k.group_date) AS first_date,
    count(DISTINCT c.doc_id) AS n_documents,
    count(DISTINCT k.originator) AS n_originators,
    list_sort(list_distinct(list(c."value"))) AS figures,
    list_sort(list_distinct(list(c.doc))) AS documents,
    list_sort(list_distinct(list(k.originator))) AS originators,
    list_sort(list_distinct(list(c.source_text) FILTER (WHERE c.source_text <> ''))) AS sources,
    count(DISTINCT c."value") = 1 AS agree,
    list(DISTINCT c.status) AS statuses
FROM claim_checks k
JOIN claim_rows c ON c.claim_id = k.claim_id
WHERE k.group_id IS NOT NULL
GROUP BY k.group_id
ORDER BY n_documents DESC, k.group_id;
COMMENT ON VIEW figure_groups IS 'Claims about the same measure, place and period across documents: figures, documents, sources, originators, agreement.';
COMMENT ON COLUMN figure_groups.n_originators IS 'independent originators: documents citing the same source count once';
COMMENT ON COLUMN figure_groups.agree IS 'true when every document gives the same figure';

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

CREATE OR REPLACE VIEW claim_links AS
SELECT
    c.doc, l.kind,
    c.claim_id, c."start", c."text", c."value", c.subject, c.source_text, c.source_kind,
    t.claim_id AS linked_claim_id, t."start" AS linked_start, t."text" AS linked_text,
    t."value" AS linked_value, t.subject AS linked_subject, t.source_text AS linked_source_text,
    t.source_kind AS linked_source_kind, c.doc_id
FROM claim_rows c, unnest(c.links) AS u(l)
JOIN claim_rows t ON t.claim_id = l.claim_id
ORDER BY c.doc, c."start", l.kind;
COMMENT ON VIEW claim_links IS 'Links between claims of one article, one row each: a headline figure and the body''s same figure, a repeat and its first mention, competing figures of two sources.';
COMMENT ON COLUMN claim_links.kind IS 'headline: the claim is a headline figure the body states at the linked claim; repeat: it repeats the linked earlier claim; competing: another source gives the linked, different figure for the same thing';
COMMENT ON COLUMN claim_links.claim_id IS 'the claim the link starts from (claims.claim_id)';
COMMENT ON COLUMN claim_links.linked_claim_id IS 'the claim it points to, in the same article';
