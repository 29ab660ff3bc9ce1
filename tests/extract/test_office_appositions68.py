"""Sources, session 68 (wsrc68b): an office only a person holds, written in apposition to a
name ("Chinwe Ibe, the agency's chief of relief"), makes the name a person's whatever the
tagger reads it as, so the "she said" that follows stands for her (tests/wired gold). A name
described by a body's noun stays a body.

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            '"The camps are filling up," said Chinwe Ibe, the agency\'s chief of relief in '
            'Kano. "Water is short." She said the camps held 2,310 people.',
            "2,310",
            "Chinwe Ibe",
        ),
        (
            '"Roads are cut," said Emeka Uba, the state\'s commissioner for health. "We need '
            'help." He said 40 clinics had closed.',
            "40",
            "Emeka Uba",
        ),
    ],
)
def test_a_pronoun_stands_for_a_name_an_office_in_apposition_describes(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_PERSON)


def test_a_name_a_body_noun_describes_stays_a_body(nlp):
    text = "Harmon Lane, a relief charity, said 40 clinics had closed."
    assert source_of(nlp, text, "40") == ("Harmon Lane", SourceKind.NAMED_ORG)
