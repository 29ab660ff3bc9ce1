"""A headline that names its law-enforcement source after a comma (comma_tails.py).

"Man kills 4 over taxes, police" stands for "..., police say": the headline names its source
(gold README, "Headlines"). Headlines are invented.
"""

import pytest
from spacy.language import Language

from factcheck.model import SourceKind
from tests.conftest import claim_named

_BODY = "\n\nA man killed several people on Sunday, the report said.\n"


@pytest.mark.parametrize(
    ("headline", "source"),
    [
        ("Dispute over rent leads man to kill 3 people, police", "police"),
        ("Dispute over rent leads man to kill 3 people, police - KXYZ-TV: News, Weather", "police"),
        ("Dispute over rent leads man to kill 3 people, Dayton police say", "Dayton police"),
        ("Dispute over rent leads man to kill 3 people, deputies | KXYZ", "deputies"),
    ],
)
def test_a_trailing_law_body_is_the_headlines_source(
    nlp: Language, headline: str, source: str
) -> None:
    claim = claim_named(nlp, headline + _BODY, "3")
    assert claim is not None
    assert (claim.source.text, claim.source.kind) == (source, SourceKind.NAMED_ORG)


@pytest.mark.parametrize(
    "headline",
    [
        "Gunman kills 3 people, wounds police officer",
        "Gunman kills 3 people, police officer among dead",
    ],
)
def test_a_comma_before_the_news_names_no_one(nlp: Language, headline: str) -> None:
    claim = claim_named(nlp, headline + _BODY, "3")
    assert claim is not None
    assert claim.source.text in ("", "the report")
