"""wsubj69 (session 69): a share given to a name ("gives Renew 24.1%", "gave Hartono 52.3
percent") is that name's vote, as "Renew on 24.1%" is, not the pollster's. Invented texts.

Gold README "subject"; tests/wirej (exit polls), tests/wirey (quick counts) golds.
"""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_claims
from factcheck.extract.pipeline import parse_text


def _subject(nlp, text: str, span: str) -> str:
    ex = extract_claims(parse_text(nlp, text), doc_name="t", text=text)
    return next(c.subject for c in ex.claims if c.text == span)


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("Gamma Research, for Nova TV, gives Renew 24.1%, Unity 14.5% and Forward 12.2%.", "24.1%",
         "Renew"),
        (
            "Kantar Indonesia, whose quick count was based on 2,000 polling stations, gave Hartono"
            " 52.3 percent with 98.1 percent of its sample counted.",
            "52.3 percent",
            "Hartono",
        ),
    ],
)  # fmt: skip
def test_share_given_to_a_name_is_its_vote(nlp, text, span, name):
    subject = _subject(nlp, text, span).split()
    assert name in subject and "vote" in subject


def test_share_given_to_a_pronoun_is_no_vote(nlp):
    # near miss: "him" is no candidate or party; the share is of the estate
    assert "vote" not in _subject(nlp, "The court gave him 30% of the estate.", "30%").split()
