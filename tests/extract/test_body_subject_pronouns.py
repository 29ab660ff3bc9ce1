"""Sources, session 67 (wsrc67a): an "it" that reports a figure stands for the body the
sentence before made its subject ("The general staff gave a very different picture. It said
..."), not for the body that spoke further back (tests/wirem, wirek: the golds give the body
the writer turned to). A body that spoke nearer, a person subject, and an unnamed group keep
the old reading.

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Lorvia's Defence Ministry said its troops had captured two villages. Lorvia's "
            "General Staff gave a very different picture. It said enemy forces lost 840 troops "
            "on Friday.",
            "840",
            "Lorvia's General Staff",
        ),
        (
            "Lorvia's Defence Ministry said its troops had captured two villages. Lorvia's "
            "General Staff gave a very different picture. It said enemy forces lost 840 troops "
            "on Friday. In the Dravik sector alone, it said, enemy troops attacked 33 times.",
            "33 times",
            "Lorvia's General Staff",
        ),
        (
            "The builder said it had followed every rule. The Harbour Works Agency gave a "
            "different account. It said the pier had been approved for four cranes only.",
            "four",
            "The Harbour Works Agency",
        ),
        (
            "The coast authority says its estimate is 5,000 barrels. A local fishing group, the "
            "Delta Shore Trust, goes further. It says as much as 12,000 barrels may have spilled.",
            "as much as 12,000 barrels",
            "the Delta Shore Trust",
        ),
    ],
)
def test_it_stands_for_the_body_subject_of_the_sentence_before(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_ORG)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (  # a body that spoke nearer is still the one "it" continues
            "The Harbour Works Agency rejected the claim. The company said on Monday that it "
            "had hired 60 workers. It said 41 of them were on site.",
            "41",
            "The company",
        ),
        (  # a person subject in between is not what "it" stands for
            "The ministry said 12 people died. Mayor Tomas Renn visited the site. It said 30 "
            "homes were destroyed.",
            "30",
            "The ministry",
        ),
    ],
)
def test_it_keeps_the_last_speaker_when_no_body_subject_is_nearer(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_ORG)
