"""fps34 (session 27): false positives in political and local news. Invented sentences.

Gold README: vague amounts ("dozens", "hundreds") are not claims. "a delegate or two" says
"one or two, a few" and counts nothing; the "two" was a claim of value 2.
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "A strong showing upstate could win the governor a delegate or two.",
        "The senator still tells an anecdote or two about his first campaign.",
        "Reporters who want to break a rule or two are welcome here.",
        "The mayor hopes to win over a council member or two before the vote.",
    ],
)
def test_a_noun_or_two_is_a_vague_amount(nlp, text):
    assert "two" not in mention_texts(nlp, text)
    assert "two" in mention_texts(nlp, text, claims=False)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Police seized a rifle or two pistols from the car.", "two"),
        ("The state could add one or two seats after the census.", "two"),
    ],
)
def test_a_number_counting_its_own_noun_stays_a_claim(nlp, text, figure):
    assert any(figure in claim for claim in mention_texts(nlp, text))


@pytest.mark.parametrize(
    "text, figure, value",
    [
        ("The incumbent won the recount by less than one-half of 1 percent.", "one-half", 0.5),
        ("Farm aid is just a quarter of 1 percent of the state budget.", "a quarter", 0.25),
        ("Turnout rose by a tenth of a percentage point in the county.", "a tenth", 0.1),
        ("Only a third of 1% of the ballots were rejected.", "a third", 0.333),
    ],
)
def test_a_fraction_of_a_percent_is_one_figure(nlp, text, figure, value):
    from factcheck.extract.claims import extract_claims

    claims = extract_claims(nlp(text), doc_name="t", text=text).claims
    (claim,) = claims
    assert figure in claim.text and claim.text.rstrip(".").endswith(("percent", "point", "%"))
    assert claim.value == pytest.approx(value)
    assert claim.unit == "percent"


def test_a_fraction_of_a_percent_keeps_its_bound(nlp):
    from factcheck.extract.claims import extract_claims
    from factcheck.model import Approx

    text = "The incumbent won the recount by less than one-half of 1 percent."
    (claim,) = extract_claims(nlp(text), doc_name="t", text=text).claims
    assert claim.text == "less than one-half of 1 percent"
    assert claim.approx is Approx.UPPER_BOUND


@pytest.mark.parametrize(
    "text",
    [
        "Along the highway stands one shuttered factory after another.",
        "The governor has watched one donor after another walk away.",
        "Her campaign lurched from one crisis to the next all spring.",
        "Refugees are shuttled from one country to another without a hearing.",
    ],
)
def test_one_thing_after_another_is_an_idiom(nlp, text):
    assert "one" not in [t.lower() for t in mention_texts(nlp, text)]


def test_one_before_another_noun_is_left_to_the_other_rules(nlp):
    text = "Police towed one car after another crash on the bridge."
    assert "one" in mention_texts(nlp, text)
