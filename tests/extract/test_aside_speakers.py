"""A quotation's speaker named after it, where the parse loses the reporting verb's subject
(``aside_speakers.py``, session 44).

Gold README: the source of a quoted figure is its speaker. A long aside on the speaker's name
(`, who served as labor secretary yet endorsed Lee`) or a verb read as a noun ("the Saudis
state") leaves the reporting verb without a subject; the name right after the closing mark
or the verb is the speaker. Invented sentences of the shapes found in real articles.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of

_INTRO = "The council met on Monday.\n\nThe vote came late.\n\n"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (_INTRO + "''The city needs one or two new parks that match the size of the needs we "
         "are facing,'' said Robert Lind, who served as parks director during Mr. Cole's first "
         "term yet endorsed Ann Ortiz in the primary.\n", "one or two", "Robert Lind"),
        (_INTRO + '"We need one or two big ideas that are as large as the problems we are '
         'facing," said Maria Tanaka, who ran the budget office under Mr. Cole yet backed '
         "Ms. Ortiz in the runoff.\n", "one or two", "Maria Tanaka"),
    ],
)  # fmt: skip
def test_a_name_after_said_keeps_its_long_aside_out_of_the_speaker(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_PERSON)


def test_a_name_before_its_aside_and_verb_is_the_speaker(nlp):
    text = (
        _INTRO + '"We heard maybe one shot," 31-year-old Lena Moss of Clifton, who lives across '
        "the street from the bar, said Monday.\n"
    )
    assert source_of(nlp, text, "one") == ("Lena Moss", SourceKind.NAMED_PERSON)


@pytest.mark.parametrize(
    ("text", "figure", "source", "kind"),
    [
        (_INTRO + '"Today, the republic is one of the leading nations in fighting fraud on '
         'every front," the Estonians state in the white paper, which was sent to lawmakers '
         'on Thursday. "Estonia has fought the same fight for over two decades."\n',
         "over two decades", "the Estonians", SourceKind.NAMED_ORG),
        (_INTRO + "“They know she is the only one strong enough to stop 40 new abuses a year,” "
         "a voice-over in the ad states.\n", "40", "a voice-over in the ad",
         SourceKind.ANONYMOUS),
    ],
)  # fmt: skip
def test_state_read_as_a_noun_after_a_quotation_names_its_speaker(nlp, text, figure, source, kind):
    assert source_of(nlp, text, figure) == (source, kind)
