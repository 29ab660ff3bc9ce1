"""Sentence boundaries the pipeline sets before parsing: paragraphs and wire datelines."""

import pytest

from factcheck.extract import extract_claims


def test_headline_without_full_stop_is_its_own_sentence(nlp):
    doc = nlp(
        "Regulator fines bank HK$400 million\n\nThe regulator said on Friday it fined a bank."
    )
    assert [s.text.strip() for s in doc.sents][0] == "Regulator fines bank HK$400 million"


def test_single_line_break_does_not_split_a_sentence(nlp):
    doc = nlp("Headline\n\nThe ministry said 300 people\nwere killed on Monday.")
    assert [s.text.strip() for s in doc.sents][
        -1
    ] == "The ministry said 300 people\nwere killed on Monday."


@pytest.mark.parametrize(
    "dateline",
    ["LONDON, April 17 (Reuters) - ", "WASHINGTON — ", "HONG KONG, Aug 4 (Wire) - "],
)
def test_wire_dateline_is_not_part_of_the_first_sentence(nlp, dateline):
    doc = nlp(f"Headline\n\n{dateline}British inflation eased to 3.2 percent in March.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[-1] == "British inflation eased to 3.2 percent in March."


def test_headline_figure_takes_the_caveats_of_the_same_figure_in_the_body(nlp):
    text = (
        "Flood toll tops 5,300 in Derna\n\n"
        "More than 5,300 people have been killed, the health ministry said. "
        "The toll is expected to rise."
    )
    claims = extract_claims(nlp(text), doc_name="t").claims
    headline, body = claims[0], claims[1]
    assert headline.source.kind.value == "none"
    assert [c.kind.value for c in headline.caveats] == [c.kind.value for c in body.caveats]
    assert "preliminary" in [c.kind.value for c in body.caveats]


@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        ("The regulator fined the bank HK$400 million (US$51 million) on Friday.", "US$51", False),
        ("The regulator fined the bank HK$400 million (US$51 million) on Friday.", "HK$400", True),
        ("The quake hit at a depth of 10 km, the agency said.", "10 km", False),
        ("Unemployment rose to 3.8% in August, the department said.", "3.8%", True),
        ("Durbin stood apart from the 18 Democrats who signed the resolution.", "18", False),
    ],
)
def test_money_rates_and_casualties_are_key_measures_and_conversions_are_not(
    nlp, text, figure, key
):
    claims = extract_claims(nlp(text), doc_name="t").claims
    assert next(c for c in claims if figure in c.text).key is key


def test_first_line_is_the_headline_even_with_single_line_breaks(nlp):
    doc = nlp("\nQuake kills at least 57 in Turkey\nA magnitude 6.1 earthquake struck on Monday.")
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents[0] == "Quake kills at least 57 in Turkey"


def test_bracketed_conversion_is_as_bounded_as_what_it_converts(nlp):
    text = "Fires have burned more than 400,000 hectares (988,000 acres) this season."
    claims = extract_claims(nlp(text), doc_name="t").claims
    assert [c.approx.value for c in claims] == ["lower_bound", "lower_bound"]


def test_figure_tokenizer_keeps_the_models_special_cases_and_url_match(nlp):
    # the tokenizer is made anew with the figure affixes; the model's exceptions and URL rule
    # must come with it
    words = [t.text for t in nlp.make_doc("The U.S. can't pay, see https://example.org/a-b now.")]
    assert words[:5] == ["The", "U.S.", "ca", "n't", "pay"]
    assert "https://example.org/a-b" in words


def test_figure_tokenizer_splits_signs_share_pairs_and_glued_scales_in_one_text(nlp):
    words = [t.text for t in nlp.make_doc("Net -11, polls 41%-29%, a $50million deal.")]
    assert words[:3] == ["Net", "-", "11"]
    assert ["41", "%", "-", "29", "%"] == words[5:10]
    assert ["$", "50", "million"] == words[12:15]
