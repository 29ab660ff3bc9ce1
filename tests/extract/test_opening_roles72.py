"""A role noun that opens its sentence right before a name ("Spokesman Ade Bello said") stays
with the name in the source text, as the same role written in lowercase does
(source_extent._opening_role; docs/gold-conventions.md, "Titles and roles before names in
source text"). A describing noun there is still left out. Invented sentences."""

from factcheck.extract import extract_claims


def _source(nlp, text, figure):
    claims = extract_claims(nlp(text), doc_name="t").claims
    return next(c.source.text for c in claims if c.text == figure)


def test_a_spokesman_opening_the_sentence_stays_with_the_name(nlp):
    text = (
        "Quake\n\nThe toll rose again. Spokesman Ade Bello told reporters that 310 people died.\n"
    )
    assert _source(nlp, text, "310") == "Spokesman Ade Bello"


def test_an_economist_opening_the_sentence_stays_with_the_name(nlp):
    text = "Banks\n\nEconomist Mara Voss of Tessaly University said 14 banks were short of cash.\n"
    assert _source(nlp, text, "14") == "Economist Mara Voss"


def test_a_describing_noun_opening_the_sentence_is_left_out(nlp):
    text = "Race\n\nBillionaire Mara Voss said 14 banks were short of cash.\n"
    assert _source(nlp, text, "14") == "Mara Voss"
