"""Caveats, session 19 round 2 (`caveats21`): a figure an estimate noun states is hedged."""

import pytest
import spacy
from spacy.tokens import Doc

from factcheck.extract import extract_claims
from factcheck.extract.caveats.hedge_reaches import in_capitals

HEDGED = "hedged"


def has_caveat(nlp, text, figure, kind):
    """Whether the first extracted claim containing ``figure`` carries caveat ``kind``."""
    claim = next(c for c in extract_claims(nlp(text), doc_name="t").claims if figure in c.text)
    return kind in [c.kind.value for c in claim.caveats]


@pytest.mark.parametrize(
    ("text", "figure", "present"),
    [
        # the figure sizes the estimate itself
        (
            "Sales fell 4 percent to $310 million, below the $345 million consensus estimate "
            "in a poll of brokers.",
            "$345 million",
            True,
        ),
        # an estimate says the figure's clause
        (
            "A forecast from the Harlow Institute shows that turnout could drop to under "
            "40 percent next year.",
            "40 percent",
            True,
        ),
        (
            "It is a safe assumption that the mayor will need at least 30,000 votes to keep "
            "her seat.",
            "30,000",
            True,
        ),
        # an estimate the clause does not state: a plain result, a reason, another sentence
        (
            "Sales fell 4 percent to $310 million, the company said.",
            "$310 million",
            False,
        ),
        (
            "The forecast was lowered because 12 stores closed in March.",
            "12",
            False,
        ),
        (
            "It is a question of money: the mayor will need at least 30,000 votes.",
            "30,000",
            False,
        ),
    ],
)
def test_a_figure_an_estimate_noun_states_is_hedged(nlp, text, figure, present):
    assert has_caveat(nlp, text, figure, HEDGED) is present


ITEM = "GLOBEX TO BUY HOOLI FOR $ 3.75 BILLION The sale is expected to close".split()


@pytest.mark.parametrize(
    ("index", "capitals"),
    [
        (7, True),  # "BILLION": the item's figure, though prose follows on the same line
        (6, True),  # "3.75"
        (11, False),  # "expected": the prose the item runs into
    ],
)
def test_a_capitalised_item_ends_where_the_prose_after_it_starts(index, capitals):
    """A newsletter item run into its prose ("... FOR $3.75 BILLION The sale is expected to
    close") is in capitals up to its last word, so the prose's forecast is not on its figure."""
    doc = Doc(spacy.blank("en").vocab, words=ITEM)
    assert in_capitals(doc[index]) is capitals


@pytest.mark.parametrize(
    ("text", "figure", "present"),
    [
        ("One spectator said about 300 people had waited outside the gym.", "about 300", True),
        ("A campaign adviser said the senator needs about 200 more delegates.", "about 200", True),
        ("Two consultants said the ad buy was worth about $2 million.", "about $2 million", True),
        # a named adviser is no unnamed source
        (
            "Campaign adviser Dana Ortiz said the senator needs about 200 more delegates.",
            "about 200",
            False,
        ),
    ],
)
def test_unnamed_advisers_and_spectators_give_anonymous_source(nlp, text, figure, present):
    assert has_caveat(nlp, text, figure, "anonymous_source") is present
