-- Verification (issue 9): trusted reference figures with their revisions, each claim's check
-- (measure, linked reference, group), people's reviews, and the views over them.
-- Views select `c.* EXCLUDE (...)` last, so columns other migrations add to claim_rows
-- (0004's `sentence`) still show without this file naming them.

ALTER TABLE documents ADD COLUMN url VARCHAR;
ALTER TABLE documents ADD COLUMN publisher VARCHAR;
COMMENT ON COLUMN documents.url IS 'where the article was published (metadata file, page or feed URL)';
COMMENT ON COLUMN documents.publisher IS 'who published it: metadata, else the URL host';

ALTER TABLE claim_rows ADD COLUMN implied BOOLEAN DEFAULT false;

CREATE TABLE reference_figures (
    ref_id VARCHAR NOT NULL,
    revision INTEGER NOT NULL,
    measure VARCHAR NOT NULL,
    "value" DOUBLE NOT NULL,
    low DOUBLE,
    high DOUBLE,
    unit VARCHAR NOT NULL,
    place VARCHAR NOT NULL,
    region VARCHAR NOT NULL,
    country VARCHAR NOT NULL,
    period_start DATE,
    period_end DATE,
    as_of DATE,
    publisher VARCHAR NOT NULL,
    url VARCHAR NOT NULL,
    note VARCHAR NOT NULL,
    originator VARCHAR NOT NULL,
    place_keys VARCHAR[] NOT NULL,
    region_keys VARCHAR[] NOT NULL,
    row_hash VARCHAR NOT NULL,
    file VARCHAR NOT NULL,
    line INTEGER NOT NULL,
    loaded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (ref_id, revision)
);
COMMENT ON TABLE reference_figures IS 'Trusted reference figures, every revision kept (factcheck reference load).';
COMMENT ON COLUMN reference_figures.ref_id IS 'the publisher''s figure id from the CSV; one id, several as_of dates = a revised figure';
COMMENT ON COLUMN reference_figures.revision IS '1, 2, ... per ref_id: a reload of a changed row adds one';
COMMENT ON COLUMN reference_figures.measure IS 'what is counted: killed, injured, hostages, population, ...';
COMMENT ON COLUMN reference_figures.as_of IS 'when the publisher gave the figure; the figure in force at a date is the latest as_of on or before it';
COMMENT ON COLUMN reference_figures.originator IS 'who produced the figure, as names separated by ;: a claim from them is not checked by it';
COMMENT ON COLUMN reference_figures.place_keys IS 'lowercase names of the place matched in article text (aliases, abbreviations)';
COMMENT ON COLUMN reference_figures.region_keys IS 'lowercase names and abbreviations of the region (state)';
COMMENT ON COLUMN reference_figures.file IS 'CSV file and line the row was loaded from';

CREATE VIEW reference_current AS
SELECT * FROM reference_figures
QUALIFY row_number() OVER (PARTITION BY ref_id, as_of ORDER BY revision DESC) = 1;
COMMENT ON VIEW reference_current IS 'The latest revision of each reference figure and as_of date.';

CREATE TABLE claim_checks (
    claim_id VARCHAR PRIMARY KEY,
    measure VARCHAR,
    reference_id VARCHAR,
    reference_revision INTEGER,
    reference_value DOUBLE,
    difference DOUBLE,
    originator VARCHAR NOT NULL,
    group_id VARCHAR,
    group_place VARCHAR,
    group_date DATE,
    reasons VARCHAR[] NOT NULL,
    checked_at TIMESTAMP NOT NULL
);
COMMENT ON TABLE claim_checks IS 'The last automatic check of each claim (rewritten by every check); claim_rows.status holds its status.';
COMMENT ON COLUMN claim_checks.measure IS 'what the claim counts, mapped from its subject and words (killed, injured, ...)';
COMMENT ON COLUMN claim_checks.reference_id IS 'the reference figure linked to the claim (reference_figures.ref_id)';
COMMENT ON COLUMN claim_checks.reference_value IS 'the linked figure''s value in force at the article''s date';
COMMENT ON COLUMN claim_checks.difference IS 'claim value minus reference value';
COMMENT ON COLUMN claim_checks.originator IS 'who the figure comes from: the source named, else the publisher';
COMMENT ON COLUMN claim_checks.group_id IS 'claims about the same measure, place and period across documents';
COMMENT ON COLUMN claim_checks.reasons IS 'the evidence: reference, revision, corroborating or disputing documents';

CREATE TABLE claim_reviews (
    review_id VARCHAR PRIMARY KEY,
    claim_id VARCHAR NOT NULL,
    verdict VARCHAR NOT NULL CHECK (verdict IN ('accurate', 'inaccurate', 'misleading', 'unverifiable')),
    note VARCHAR NOT NULL,
    evidence VARCHAR NOT NULL,
    reviewer VARCHAR NOT NULL,
    reviewed_at TIMESTAMP NOT NULL
);
COMMENT ON TABLE claim_reviews IS 'People''s verdicts on claims, append-only (factcheck review); the latest per claim is in force.';

CREATE VIEW latest_reviews AS
SELECT * FROM claim_reviews
QUALIFY row_number() OVER (PARTITION BY claim_id ORDER BY reviewed_at DESC, review_id DESC) = 1;
COMMENT ON VIEW latest_reviews IS 'The verdict in force for each reviewed claim.';

CREATE OR REPLACE VIEW claims AS
SELECT
    c.doc, c."start", c."end", c."text", c."value", c.high, c.approx, c.unit, c.subject,
    c.source_text, c.source_kind, c.caveats, c."key", c.status, c.flagged, c.flag_reasons,
    c.claim_id, c.doc_id, c.run_id, c.extracted_at, c.implied,
    k.measure, k.reference_id, k.reference_value, r.publisher AS reference_publisher,
    r.url AS reference_url, r.as_of AS reference_as_of, k.difference, k.reasons AS check_reasons,
    k.originator, k.group_id, v.verdict, v.reviewer, v.reviewed_at,
    d.published, d.url AS doc_url, d.publisher AS doc_publisher,
    c.* EXCLUDE (
        doc, "start", "end", "text", "value", high, approx, unit, subject, source_text,
        source_kind, caveats, "key", status, flagged, flag_reasons, claim_id, doc_id, run_id,
        extracted_at, implied)
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
COMMENT ON COLUMN claims.claim_id IS 'sha1 of (doc_id, start, end); stable across reruns';
COMMENT ON COLUMN claims.implied IS 'a count the text implies without a digit: "a man was shot and killed" = 1 killed';
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
    c.implied, k.reference_value, r.publisher AS reference_publisher, r.url AS reference_url
FROM claim_rows c
JOIN documents d USING (doc_id)
LEFT JOIN claim_checks k ON k.claim_id = c.claim_id
LEFT JOIN reference_figures r ON r.ref_id = k.reference_id AND r.revision = k.reference_revision
WHERE c.flagged
ORDER BY priority DESC, c.doc, c."start";
COMMENT ON VIEW flagged_claims IS 'Claims that are not verified (nor reviewed accurate), with reasons; highest priority first.';
COMMENT ON COLUMN flagged_claims.priority IS '20 if contradicted, 10 if the text says it cannot be verified, 2 if key, +1 per caveat, +1 if unattributed';
COMMENT ON COLUMN flagged_claims.caveat_kinds IS 'the caveat kinds alone';

CREATE VIEW verified_claims AS
SELECT c.doc, d.title, c.published, c."text", c."value", c.subject, c.measure,
    c.reference_value, c.reference_publisher, c.reference_as_of, c.reference_url, c.difference,
    c.check_reasons, c.claim_id
FROM claims c JOIN documents d ON d.doc_id = c.doc_id
WHERE c.status = 'verified'
ORDER BY c.doc, c."start";
COMMENT ON VIEW verified_claims IS 'Claims that agree with the reference figure in force at the article''s date.';
COMMENT ON COLUMN verified_claims.difference IS 'claim value minus reference value (within the claim''s own approximation)';

CREATE VIEW contradicted_claims AS
SELECT c.doc, d.title, c.published, c."text", c."value", c.subject, c.measure,
    c.reference_value, c.reference_publisher, c.reference_as_of, c.reference_url, c.difference,
    c.check_reasons, c.claim_id
FROM claims c JOIN documents d ON d.doc_id = c.doc_id
WHERE c.status = 'contradicted'
ORDER BY abs(c.difference) DESC, c.doc, c."start";
COMMENT ON VIEW contradicted_claims IS 'Claims a reference figure for the same measure, place and period disagrees with, beyond tolerance.';
COMMENT ON COLUMN contradicted_claims.difference IS 'claim value minus reference value';

CREATE VIEW figure_groups AS
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
