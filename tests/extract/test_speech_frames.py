"""Sources, session 47 (nosrc): a figure in what frames an act of saying (how often it was said,
by what margin, of what, in what frame) is the writer's, not the speaker's.

Sentences are invented, parallel to real cases.
"""

from factcheck.model import SourceKind
from tests.conftest import source_of

_NONE = ("", SourceKind.NONE)


def test_how_often_a_speaker_said_it_is_the_writers_count(nlp):
    text = "Ortiz said, twice, that the plant would stay open through the winter."
    assert source_of(nlp, text, "twice") == _NONE


def test_times_a_speaker_cited_something_are_the_writers_count(nlp):
    text = (
        "At least a half-dozen times, Ortiz cited the mayor's housing plan, which she said "
        "had failed."
    )
    assert source_of(nlp, text, "At least a half-dozen") == _NONE


def test_the_margin_by_which_respondents_say_something_is_no_speakers(nlp):
    text = "Supporters of the mayor say by 55%-41% that the stadium should be built downtown."
    assert source_of(nlp, text, "55%") == _NONE


def test_an_opening_margin_before_they_say_is_no_speakers(nlp):
    text = "By nearly 2-1, they say the council should approve the new budget."
    assert source_of(nlp, text, "nearly 2-1") == _NONE


def test_an_opening_frame_before_a_speaker_is_the_writers(nlp):
    text = (
        "But in a sharp break from more than 80 years of city policy, Ortiz said that "
        "renters would get a vote."
    )
    assert source_of(nlp, text, "more than 80 years") == _NONE


def test_a_poll_above_what_respondents_said_is_the_source(nlp):
    text = (
        "A city survey in May found that roughly three times as many renters said rents "
        "were rising as said they were falling."
    )
    # the survey without its month: the tuning golds leave a date after a poll out (24 / 4; srctext52)
    assert source_of(nlp, text, "roughly three times") == (
        "A city survey",
        SourceKind.NAMED_ORG,
    )


def test_in_addition_to_after_said_stays_the_speakers(nlp):
    text = (
        "Police said in addition to the two men pronounced dead, one person was taken to the "
        "hospital in critical condition."
    )
    assert source_of(nlp, text, "two") == ("Police", SourceKind.NAMED_ORG)
