"""src55c: a name the tagger splits into a proper noun and a common noun ("Brett O\u2019Donnell",
its surname a NOUN, the whole tagged ORG) is still described by its apposition ("chief
strategist for ..."): a person. Gold README, "Source kinds". Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims
from factcheck.model import SourceKind


def claim_of(nlp, text, figure):
    claims = extract_claims(nlp(text), doc_name="t").claims
    return next(c for c in claims if figure in c.text)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "\u201cVisiting 99 counties may not pay off,\u201d said Brett O\u2019Donnell, "
            "chief strategist for a campaign four years ago.",
            "99",
            "Brett O\u2019Donnell",
        ),
    ],
)
def test_a_name_described_as_a_person_is_a_person(nlp, text, figure, source):
    claim = claim_of(nlp, text, figure)
    assert claim.source.text == source
    assert claim.source.kind is SourceKind.NAMED_PERSON
