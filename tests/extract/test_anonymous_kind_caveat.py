"""An anonymous-kind source carries anonymous_source (gold README: "the source is unnamed").

Every anonymous-kind gold claim of the tuning golds and the wire sets carries the caveat; the
source kind and the caveat were decided by two different tests before session 66, and the
caveat's missed sources that the kind read as unnamed ("one of them, a diplomat").
"""

import pytest

from factcheck.extract import extract_claims


def _claim(nlp, text, figure):
    return next(c for c in extract_claims(nlp(text), doc_name="t").claims if figure in c.text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Two envoys attended the talks. One of them, a European diplomat, said the army "
            "would free some 300 prisoners.",
            "some 300",
        ),
        ("Another of the guards said 12 prisoners had escaped.", "12"),
    ],
)
def test_an_unnamed_source_of_the_anonymous_kind_carries_anonymous_source(nlp, text, figure):
    claim = _claim(nlp, text, figure)
    assert claim.source.kind.value == "anonymous"
    assert "anonymous_source" in [c.kind.value for c in claim.caveats]


def test_an_unresolved_pronoun_source_stays_without_anonymous_source(nlp):
    claim = _claim(nlp, "A storm hit the coast. He said 14 boats had sunk.", "14")
    assert "anonymous_source" not in [c.kind.value for c in claim.caveats]


def test_a_named_body_gets_no_anonymous_source(nlp):
    claim = _claim(nlp, "The Coast Guard said 14 boats had sunk.", "14")
    assert "anonymous_source" not in [c.kind.value for c in claim.caveats]
