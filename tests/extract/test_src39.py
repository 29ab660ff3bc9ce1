"""src39 (session 31): a clause set off after a comma to describe a thing the text names with a
proper noun ("the Benghazi scandal, in which four Americans were killed", "last week's Kentucky
primary, where he trailed Clinton by less than 1 percent") is the writer's background, as the
clause on a bare name already was: the speaker reports the rest of the sentence (realgold,
realgold10 golds: no source). A clause opened by a preposition and "which" ("in which",
"during which") sets off such an aside too. A common noun no name modifies, and a thing that is
the subject of its own clause, keep the speaker. Invented sentences parallel to the real ones."""

from __future__ import annotations

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of

NONE = ("", SourceKind.NONE)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Lee said the losses go well beyond the Dayton scandal, in which four clerks "
            "were fired.",
            "four",
        ),
        (
            "The campaign said it would seek a recount in the Utah primary, where he trailed "
            "Ruiz by less than 2 percent.",
            "less than 2 percent",
        ),
        (
            "The union said it would never forget the Acme strike, during which 300 workers "
            "walked out.",
            "300",
        ),
        (
            "Ruiz said the city is still paying for the Elm Street fire, which destroyed 40 homes.",
            "40",
        ),
    ],
)
def test_figure_in_an_aside_on_a_named_thing_is_the_writers(nlp, text, figure):
    assert source_of(nlp, text, figure) == NONE


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a common noun no proper noun modifies: the speaker's
        (
            "Reuters reported that drones fly over the area to find the captives, which are "
            "believed to include about 12 Britons.",
            "about 12",
            "Reuters",
        ),
        # the named thing is the subject of the reported clause: the speaker's
        (
            "Lee said the Dayton scandal, in which four clerks were fired, shook the city.",
            "four",
            "Lee",
        ),
        # no comma: a restrictive clause is part of what the speaker says
        (
            "Lee said it was the Dayton scandal in which four clerks were fired.",
            "four",
            "Lee",
        ),
    ],
)
def test_clause_that_is_no_aside_on_a_named_thing_keeps_the_speaker(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source
