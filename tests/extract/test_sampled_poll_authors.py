"""Sources, session 67 (wsrc67a): a poll or survey "of" a counted sample credited "by" a body
after it is written whole through the body's name ("A survey of 310 firms by the Traders
Association of Ghana"; conventions "Documents 'by' an organisation"; tests/wireb, wireo), not
cut to "A survey". A "by" on a participle inside the sample ("people killed by police") is not
the author.

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "A survey of 310 firms by the Traders Association of Ghana (TAG), published last "
            "week, found that one in four had cut jobs.",
            "one in four",
            "A survey of 310 firms by the Traders Association of Ghana",
        ),
        (
            "An exit poll of 4,100 voters carried out for a group of newspapers by the Centre "
            "for Opinion Research (COR) had put Banda on 48.2%.",
            "48.2%",
            "An exit poll of 4,100 voters carried out for a group of newspapers by the Centre "
            "for Opinion Research",
        ),
    ],
)
def test_poll_of_a_counted_sample_is_written_through_its_author(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_ORG)


def test_by_on_a_participle_inside_the_sample_is_not_the_author(nlp):
    text = "A survey of 300 people killed by police found that 40 were unarmed."
    assert source_of(nlp, text, "40") == ("A survey", SourceKind.NAMED_ORG)
