"""Sources, session 27 (nosource34): a figure that counts who hears a speaker is the
writer's count, not the speaker's words.

Sentences are invented, parallel to real cases.
"""

from factcheck.model import SourceKind
from tests.conftest import source_of

_NONE = ("", SourceKind.NONE)


def test_followers_written_to_are_the_writers_count(nlp):
    text = (
        "After the vote, Ramos wrote to his 45,000 Facebook followers, "
        '"We are not done yet," and linked to his fundraising page.'
    )
    assert source_of(nlp, text, "45,000") == _NONE


def test_crowd_told_after_a_quotation_is_the_writers_count(nlp):
    text = '"We will carry this county," Mrs. Ortiz told a crowd of 2,400 in Dayton on Friday.'
    assert source_of(nlp, text, "2,400") == _NONE


def test_members_addressed_in_an_opening_participle_are_the_writers_count(nlp):
    text = (
        "Addressing about 250 party members at the winter meeting, Mr. Kline said the "
        "campaign would change its tone."
    )
    assert source_of(nlp, text, "about 250") == _NONE


def test_headline_tells_a_bare_figure_is_the_audience(nlp):
    text = "Ramos tells 5,000 in Tulsa the league has gone soft\n\nTULSA - Ramos spoke Sunday."
    assert source_of(nlp, text, "5,000") == _NONE


def test_what_the_speaker_tells_the_audience_stays_the_speakers(nlp):
    text = "Mrs. Ortiz told a crowd of 2,400 that the plant would hire 300 workers."
    assert source_of(nlp, text, "300") == ("Mrs. Ortiz", SourceKind.NAMED_PERSON)


def test_crowd_spoken_in_front_of_is_the_writers_count(nlp):
    text = (
        '"We are going to win this state," Mr. Kline said in front of a crowd of about 800 '
        "people who filled a church hall here."
    )
    assert source_of(nlp, text, "about 800") == _NONE
