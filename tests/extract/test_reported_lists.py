"""Sources, session 62 (src62): a sentence that opens with a reporting clause and lists what was
reported, comma after comma ("Clinic staff reported two patients were critical, three were
stable and four were still being examined"), gives every item the speaker, though the parse
makes the later items the root with the reporting verb hanging on them (gold README "Source":
who the text says the figure comes from, in this sentence). A reporting clause after the
figure, or one that is not the sentence's opening, keeps to its own clause.

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of

_LIST = (
    "Clinic staff reported two patients were critical, three were stable and four were still "
    "being examined."
)


_OPENED_LIST = (
    "Earlier, Mercy staff reported two patients were critical, three were stable, four were "
    "still being examined, and five more were on their way from Dover."
)


@pytest.mark.parametrize("figure", ["three", "four"])
def test_later_items_of_a_reported_list_are_the_speakers(nlp, figure):
    assert source_of(nlp, _LIST, figure) == ("Clinic staff", SourceKind.ANONYMOUS)


@pytest.mark.parametrize("figure", ["three", "four", "five"])
def test_items_of_a_list_opened_after_an_adverb_are_the_speakers(nlp, figure):
    assert source_of(nlp, _OPENED_LIST, figure) == ("Mercy staff", SourceKind.NAMED_ORG)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # the reporting clause after the figure reports its own clause only
        (
            "Turnout hit 41 percent, while the clerk said 12 precincts had problems.",
            "41 percent",
            "",
        ),
        # a clause before the reporting sentence's opening is the writer's
        (
            "After police said the shooter had fled, 300 students were kept in classrooms.",
            "300",
            "",
        ),
    ],
)
def test_reporting_clause_not_opening_the_list_keeps_to_itself(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source
