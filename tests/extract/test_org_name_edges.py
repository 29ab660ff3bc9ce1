"""A body's name in a source phrase ends where the name does: the tagger may run the name's
entity on over the adverb of the verb after it ("health ministry later"), which is not kept."""

import pytest

from factcheck.extract.sources.attribution import find_source
from tests.conftest import find_mention


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Peru's health ministry later said two children had died.",
            "two",
            "Peru's health ministry",
        ),
        # near-miss: no adverb after the name, the phrase is as before
        ("Peru's health ministry said two children had died.", "two", "Peru's health ministry"),
        # near-miss: a place adverb on the source stays ("a doctor there")
        ("A doctor there said two children had died.", "two", "A doctor there"),
    ],
)
def test_adverb_after_a_bodys_name_is_left_out(nlp, text, figure, source):
    doc, mention = find_mention(nlp, text, figure)
    found = find_source(doc, mention.number_token(doc))
    assert found.text == source
