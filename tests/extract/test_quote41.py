"""The first person inside a quotation is its speaker (`quote`, session 41).

Gold README: the source of a quoted figure is its speaker: the "I" and "we" of a transcript's
turn are the turn's labelled speaker. Invented sentences.
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
