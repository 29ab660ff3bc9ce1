"""The first person inside a quotation is its speaker (`quote`, session 41).

Gold README: the source of a quoted figure is its speaker: the "I" and "we" of a transcript's
turn are the turn's labelled speaker, and quoted paragraphs announced as "Quotes from Sheriff
Walton:" are his. Invented sentences.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of

_INTRO = "Ms. Lind spoke at the forum on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (_INTRO + 'Partial transcript as follows:\n\n"HOST: Did you answer them?\n\n'
         '"LIND: I was wrong. So I testified for 9 hours, and nobody listened.\n', "9"),
        (_INTRO + 'Transcript:\n\n"HOST: What happened?\n\n'
         '"LIND: We were told nothing. We counted 40 ballots ourselves.\n', "40"),
        (_INTRO + 'Transcript:\n\n"HOST: And then?\n\n'
         '"LIND: Then we raised $3 million, I told them that.\n\n"HOST: Thank you.\n',
         "$3 million"),
        (_INTRO + 'Transcript:\n\n"HOST: And then?\n\n'
         '"LIND: We reported 7 cases to the state, as I told you.\n', "7"),
    ],
)  # fmt: skip
def test_the_first_person_in_a_transcript_turn_is_the_turn_s_speaker(nlp, text, figure):
    assert source_of(nlp, text, figure) == ("LIND", SourceKind.NAMED_PERSON)


_SCENE = "A gunman opened fire at a plant on Thursday, Sheriff Ted Walton said.\n\n"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (_SCENE + 'Quotes from Sheriff Walton:\n\n"We had reports of shots.\n\n'
         '"There could be as many as 20 people hurt."\n', "20", "Sheriff Walton"),
        (_SCENE + "More quotes from Walton:\n\n“The shooter himself has been shot. There are 4 "
         "dead.”\n", "4", "Walton"),
        (_SCENE + "Remarks by Mayor Ann Cole:\n\n“We will rebuild the 12 homes that burned.”\n",
         "12", "Mayor Ann Cole"),
        (_SCENE + 'Some comments from Chief Dana Ortiz:\n\n"It was quiet.\n\n'
         '"The crews cleared 30 cars from the lot."\n', "30", "Chief Dana Ortiz"),
    ],
)  # fmt: skip
def test_quotes_announced_from_a_named_speaker_are_that_speaker_s(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_PERSON)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # prose after the quoted paragraphs is the writer's again
        (_SCENE + "Quotes from Sheriff Walton:\n\n“We had reports of shots.”\n\n"
         "The road reopened after 3 hours.\n", "3 hours"),
        # an announcement that names no one, or no speech
        (_SCENE + 'Quotes from the scene:\n\n"The crews cleared 30 cars from the lot."\n', "30"),
        (_SCENE + 'Photos from Sheriff Walton:\n\n"The crews cleared 30 cars from the lot."\n',
         "30"),
        # an unquoted paragraph after the announcement is not the speaker's quotation
        (_SCENE + "Quotes from Sheriff Walton:\n\nThe plant employs 900 people.\n", "900"),
    ],
)  # fmt: skip
def test_prose_or_an_announcement_naming_no_speaker_takes_no_speaker(nlp, text, figure):
    assert source_of(nlp, text, figure) == ("", SourceKind.NONE)
