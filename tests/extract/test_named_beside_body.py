"""A name set beside a body's noun without a comma belongs to the source phrase ("the
state-run broadcaster MRTV", "The election supervisory agency Bawaslu"), an acronym as much as
a capitalised name, and also when the parse makes the name a second subject of the verb."""

import pytest

from factcheck.extract.sources.attribution import find_source
from tests.conftest import find_mention


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Laos's state-run broadcaster LNTV said on Monday evening that 12 bodies had been"
            " recovered.",
            "12",
            "Laos's state-run broadcaster LNTV",
        ),
        (
            "The election monitoring agency Panwas said it had received 940 reports of violations.",
            "940",
            "The election monitoring agency Panwas",
        ),
    ],
)
def test_name_beside_a_bodys_noun_is_part_of_the_source(nlp, text, figure, source):
    doc, mention = find_mention(nlp, text, figure)
    found = find_source(doc, mention.number_token(doc))
    assert found.text == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # near-miss: no name beside the noun
        (
            "The election monitoring agency said it had received 940 reports of violations.",
            "940",
            "The election monitoring agency",
        ),
        # near-miss: a capitalised name beside the noun, kept as before
        (
            "The activist group Basra Watch said 14 people were detained.",
            "14",
            "The activist group Basra Watch",
        ),
    ],
)
def test_body_without_a_name_beside_it_stays(nlp, text, figure, source):
    doc, mention = find_mention(nlp, text, figure)
    found = find_source(doc, mention.number_token(doc))
    assert found.text == source
