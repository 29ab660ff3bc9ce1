"""cav44 (session 36): a hedge on one clause does not reach a coordinated clause with a subject
of its own ("..., and her two children were unharmed"), nor a time clause whose event the
sentence takes as known ("believe the suspect fled after shooting three people"). A second
verb sharing the hedged subject, and what an alleged act did, stay hedged. Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.model import Caveat
from tests.conftest import claim_texts, claims_of, hedged_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The clerk was allegedly robbed by a customer, and her two coworkers were unharmed.",
            "two",
        ),
        (
            "Deputies say the fire may have been set on purpose, and six families were displaced.",
            "six",
        ),
        ("Backers believe the bond will pass, and it has 70 votes in the House, aides said.", "70"),
        ("The senator reportedly wooed donors in Ohio, and his campaign has 40 offices.", "40"),
    ],
)
def test_a_hedge_does_not_reach_a_coordinated_clause_with_its_own_subject(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
    assert figure not in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Detectives believe the gunman drove away after shooting four people.", "four"),
        ("Officials do not believe residents are at risk after two people were stabbed.", "two"),
        # "when" hangs on the clause's verb as an adverb, not as a mark
        ("Deputies believe the driver sped off when four shots were fired.", "four"),
        ("A third man is believed to have been in the van when 2 officers arrived.", "2"),
    ],
)
def test_a_hedge_does_not_reach_a_time_clause(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
    assert figure not in hedged_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The gang is believed to have robbed 12 banks and stolen $90,000.", "$90,000"),
        ("The treasurer allegedly fled the country after stealing $80,000.", "$80,000"),
        ("Officials believe 14 people died in the blaze.", "14"),
        ("The company reportedly cut 300 jobs and closed two plants.", "two"),
        ("Reportedly, 40 homes burned and 200 people fled the valley.", "200"),
    ],
)
def test_a_hedge_still_reaches_its_own_clause(nlp, text, figure):
    assert figure in hedged_texts(nlp, text)


def disputed(nlp, text):
    return [
        c.text for c in claims_of(nlp, text) if any(m.kind == Caveat.DISPUTED for m in c.caveats)
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The mayor denied taking the gifts, and she leads the race with 41 percent.",
            "41 percent",
        ),
        ("The senator rejected the report, and his party holds 52 seats.", "52"),
    ],
)
def test_a_dispute_does_not_reach_a_coordinated_clause_with_its_own_subject(nlp, text, figure):
    assert figure in claim_texts(nlp, text)
    assert figure not in disputed(nlp, text)


def test_a_dispute_still_reaches_its_own_clause(nlp):
    text = "The union disputed that 300 workers walked out."
    assert "300" in disputed(nlp, text)
