"""A figure inside the phrase that would name its source is not attributed to that phrase
(``sentence_sources.sentence_according_to``, ``verb_subject.subject_of``, session 51).

Gold README "Source": the source is who gives the figure. In "according to three recent polls"
or "found unlawful by a 9-to-6 vote of the court" the figure counts the sources or describes
them; the writer gives it (tuning golds: source none, 4 articles). The reporting verb's subject
already never holds the figure; an "according to" on the figure's path already skips a frame
holding it ("By one estimate"). Invented sentences of the shapes found in real articles.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of

_INTRO = "The council met on Monday.\n\nThe vote came late.\n\n"
_NONE = ("", SourceKind.NONE)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (_INTRO + "Though she trails in delegates, Ann Ortiz appears to have the best odds of "
         "beating Tom Lee in a general election, according to three recent polls, including "
         "one from a state university released Thursday.\n", "three"),
        (_INTRO + "Her staff is still weighing where she will campaign. But according to "
         "interviews with more than a dozen of Ortiz's friends, aides and allies, she wants "
         "to be engaged this fall.\n", "more than a dozen"),
    ],
)  # fmt: skip
def test_a_figure_inside_an_according_to_phrase_counts_the_sources(nlp, text, figure):
    assert source_of(nlp, text, figure) == _NONE


def test_a_figure_inside_a_passive_agent_is_not_reported_by_it(nlp):
    text = (
        _INTRO + "But the state's voting law was found discriminatory by a 9-to-6 vote of the "
        "full appeals court, known as the most cautious in the region.\n"
    )
    assert source_of(nlp, text, "9-to-6") == _NONE


def test_a_figure_outside_the_according_to_phrase_keeps_it(nlp):
    text = (
        _INTRO + "Ortiz leads Lee by 9 points, according to three recent polls, including one "
        "from a state university released Thursday.\n"
    )
    assert source_of(nlp, text, "9 points") == ("three recent polls", SourceKind.ANONYMOUS)
