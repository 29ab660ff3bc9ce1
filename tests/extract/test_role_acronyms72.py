"""A body's name in capitals that the tagger reads as a common noun stays with the role it
opens before a person's name ("FRSC sector commander Ade Bello"), as a name in capitals the
tagger reads as a proper noun does (source_extent.common_noun_role_start;
docs/gold-conventions.md, "Titles and roles before names in source text"). Invented sentences."""

from factcheck.extract import extract_claims


def _source(nlp, text, figure):
    claims = extract_claims(nlp(text), doc_name="t").claims
    return next(c.source.text for c in claims if c.text == figure)


def test_a_role_opened_by_a_body_in_capitals_stays_whole(nlp):
    text = (
        "Crash\n\nThe bus tipped over, FRSC sector commander Ade Bello told reporters at the "
        "scene, adding that 12 died.\n"
    )
    assert _source(nlp, text, "12") == "FRSC sector commander Ade Bello"


def test_a_one_word_role_after_the_capitals_stays_too(nlp):
    text = "Crash\n\nThe bus tipped over, FRSC commander Ade Bello told reporters, adding that 12 died.\n"
    assert _source(nlp, text, "12") == "FRSC commander Ade Bello"
