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


# A reporting verb the parse reads as a plural noun after a name: "Trump estimates that he
# spent ..." (realgold10 gold "Trump"), "Wealth-X tallies 585 ..." and "which the Tax Foundation
# estimates would cost ..." (PolNeAR golds "Wealth-X", "the Tax Foundation"): the name is the
# source, not "Trump estimates" nor the sentence's first speaker.
@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Jo Trump filed on Friday. Trump estimates that she spent between $4 million and "
            "$5 million to date for her campaign.",
            "$4 million",
            ("Trump", SourceKind.NAMED_PERSON),
        ),
        (
            "Forbes and Acme-Z say the city has more shops; Acme-Z tallies 585 in the city to "
            "the suburbs' 260.",
            "585",
            ("Acme-Z", SourceKind.NAMED_ORG),
        ),
        (
            "Hurun and Wealth-X disagree; Wealth-X tallies 585 in China.",
            "585",
            ("Wealth-X", SourceKind.NAMED_ORG),
        ),
        (
            "The plan, which the Tax Policy Center estimates would cost as much as $90 billion "
            "a year, is stalled.",
            "$90 billion",
            ("the Tax Policy Center", SourceKind.NAMED_ORG),
        ),
    ],
)
def test_reporting_verb_read_as_a_noun_after_a_name_gives_the_name(nlp, text, figure, expected):
    assert source_of(nlp, text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # another verb follows: the plural is a noun, the reports are the source
        (
            "Acme reports show the chain made $100 million last year.",
            "$100 million",
            "Acme reports",
        ),
        # an owned claim is a noun
        ("Mr. Lee's claims that 40 died were false.", "40", "Mr. Lee's claims"),
    ],
)
def test_plural_reporting_noun_that_is_a_noun_stays_the_source(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source
