"""Sources the text keeps unnamed (session 37, anon45): kept_anonymous.py. Gold README, the
`anonymous_source` caveat ("on condition of anonymity")."""

from __future__ import annotations

import pytest

from factcheck.model import Caveat
from tests.conftest import claims_of


def _cued(nlp, text: str, figure: str) -> bool:
    claim = next(c for c in claims_of(nlp, text) if c.text == figure)
    return any(m.kind == Caveat.ANONYMOUS_SOURCE for m in claim.caveats)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("One senator, speaking anonymously, said 14 colleagues would vote no.", "14"),
        ("A senator who spoke on the condition that she not be named said 8 votes were lost.", "8"),
        ("One shop owner, who did not want to be named, said 5 windows were smashed.", "5"),
    ],
)
def test_anonymity_said_in_the_sentence_gives_the_caveat(nlp, text, figure):
    assert _cued(nlp, text, figure)


def test_anonymity_said_elsewhere_reaches_the_same_sources_figures(nlp):
    text = (
        '"I counted 7 shots," said the cashier. '
        '"It was terrifying," said the cashier, who wished to remain anonymous.'
    )
    assert _cued(nlp, text, "7")


def test_anonymity_of_another_source_does_not_reach_a_named_one(nlp):
    text = (
        "Police Chief Dana Ruiz said 7 shots were fired. "
        "A neighbor, who asked not to be named, said it was frightening."
    )
    assert not _cued(nlp, text, "7")
