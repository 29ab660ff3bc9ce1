"""Where a source's phrase ends (source_phrase.py, phrase_edges.py): a dash typed as a spaced
hyphen ends it, a participle whose "by" phrase holds a figure is the finding, not who made the
source, and the date of a poll or report ("a CNN/ORC poll in February") is left out, as the
tuning golds write it (24 records cut a date or dated participle after a poll, 4 keep it).

Gold README "Source": the source text is who gives the figure, as written. Sentences are
invented, of the shapes found in real articles ("according to the X Center - half a
percentage point", "a X/Y poll found by 43%-41%, the public ...").
"""

import pytest
from spacy.language import Language

from factcheck.model import SourceKind
from tests.conftest import source_of

_INTRO = "The council met on Monday.\n\nThe vote came late.\n\n"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Mr. Lee's whole housing plan would cost only $2.3 billion over the next decade, "
            "according to the Urban Budget Institute - half a percent of the state's output.\n",
            "$2.3 billion",
            "the Urban Budget Institute",
        ),
        (
            "In May, a Gallup/Ipsos poll found by 48%-39%, the public overall says drivers "
            "should pay the new toll.\n",
            "48%",
            "a Gallup/Ipsos poll",
        ),
    ],
)
def test_the_source_phrase_stops_before_a_dash_or_a_finding(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, _INTRO + text, figure) == (source, SourceKind.NAMED_ORG)


def test_a_participle_by_its_maker_stays_in_the_source_phrase(nlp: Language) -> None:
    text = (
        _INTRO + "The city will need 4,000 new homes by 2030, according to a study commissioned "
        "by the Harbor Housing Trust.\n"
    )
    assert source_of(nlp, text, "4,000")[0] == ("a study commissioned by the Harbor Housing Trust")


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "A Marist poll in March found that 40 percent of tenants pay too much.\n",
            "40 percent",
            "A Marist poll",
        ),
        (
            "Only 31 percent of voters backed the levy in a similar survey in early October.\n",
            "31 percent",
            "a similar survey",
        ),
    ],
)
def test_the_date_of_a_poll_is_not_part_of_its_source(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, _INTRO + text, figure)[0] == source


def test_a_place_after_a_source_stays_in_its_phrase(nlp: Language) -> None:
    text = _INTRO + "Some 300 people were hurt, a county official in Tripoli said.\n"
    assert source_of(nlp, text, "300")[0] == "a county official in Tripoli"
