"""Sources, session 62 (src62): a showing verb ("show", "indicate", "reveal") whose subject is a
thing that carries no information and names no source ("The outcome showed ...", "Red dots on
the map show ...") states the writer's figure; records, polls, evidence and information that
show a figure still cite it (realgold19, realgold24, realgold36 golds; gold README "Source").

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The outcome showed that Hayes took 48.2 percent of the vote.", "48.2 percent"),
        ("The top number on the chart shows a lead of 3 points.", "3 points"),
        ("Red dots on the map show the 14 polling places that closed.", "14"),
    ],
)
def test_a_thing_that_shows_a_figure_is_no_source(nlp, text, figure):
    assert source_of(nlp, text, figure) == ("", SourceKind.NONE)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Court records show Dale was arrested 4 times.", "4 times", "Court records"),
        ("A new Marist poll shows Hayes at 44 percent.", "44 percent", "A new Marist poll"),
        ("Preliminary information indicates 2 people were hurt.", "2", "Preliminary information"),
        ("The autopsy showed the victim was shot 3 times.", "3 times", "The autopsy"),
    ],
)
def test_information_that_shows_a_figure_is_its_source(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source
