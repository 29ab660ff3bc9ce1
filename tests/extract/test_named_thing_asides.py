"""A figure in a clause set off to describe a thing a name makes one of its kind ("last week's
Kentucky primary, where ...", "the Benghazi attack, in which ...") is the writer's, as one on a
name is (``background_clauses.describes_a_name``, session 51; tuning golds: no source, 2
articles). Invented sentences of the shapes found in real articles.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of

_INTRO = "The council met on Monday.\n\nThe vote came late.\n\n"
_NONE = ("", SourceKind.NONE)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (_INTRO + "Ortiz's campaign announced it would seek a recount in last week's Ohio "
         "primary, where she trailed Lee by less than one-half of 1 percent.\n",
         "less than one-half of 1 percent"),
        (_INTRO + "Lee said the city's failures are not confined to the Elm Street fire, in "
         "which four tenants were killed.\n", "four"),
    ],
)  # fmt: skip
def test_a_figure_in_an_aside_on_a_named_thing_is_the_writers(nlp, text, figure):
    assert source_of(nlp, text, figure) == _NONE


def test_an_aside_on_a_plain_noun_stays_in_the_report(nlp):
    text = (
        _INTRO + "Reuters reported that drones fly over the valley to find the captives, which "
        "are believed to include about 12 Britons.\n"
    )
    assert source_of(nlp, text, "about 12") == ("Reuters", SourceKind.NAMED_ORG)
