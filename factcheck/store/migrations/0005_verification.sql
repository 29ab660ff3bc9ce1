-- Verification (issue 9): trusted reference figures with their revisions, each claim's check
-- (measure, linked reference, group) and people's reviews. The views over them are in
-- ../views.sql.

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
