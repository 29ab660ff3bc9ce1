"""Wire copy's quoted people: a speaker introduced with an age in apposition is a person, and
a "she said" goes on from an earlier "she said" (tests/wirea, tests/wireb, tests/corpus)."""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Among the marchers was Nélida Arriagada, a 71-year-old former cook who said she "
            "came by train from Villa Celina with 40 neighbours.\n\n"
            '"My pension is 410,000 pesos," she said.',
            "410,000",
            "Nélida Arriagada",
        ),
        (
            "Oksana, a 48-year-old baker who asked that her surname be withheld, has been "
            'talking to reporters.\n\n"We heard them coming," she says. "I counted seven '
            'blasts."',
            "seven",
            "Oksana",
        ),
    ],
)
def test_a_speaker_described_with_an_age_is_the_person_she_stands_for(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_PERSON)


def test_a_speaker_described_as_a_representative_is_a_person(nlp):
    text = (
        '"Families are moving for the fourth time," said Ines Mbeki, the agency\'s '
        "representative in Morvia. She said trucks had not reached Ostra for 11 days."
    )
    assert source_of(nlp, text, "11 days") == ("Ines Mbeki", SourceKind.NAMED_PERSON)


def test_she_said_goes_on_from_an_earlier_she_said(nlp):
    text = (
        "Halima Osei, a surgeon at the Central Hospital, said the ward took in 61 wounded.\n\n"
        '"We have one anaesthetist left," she told reporters. "We ran out of plasma. '
        'We worked by torchlight." She said roughly a third of the wounded were children.'
    )
    assert source_of(nlp, text, "roughly a third") == ("Halima Osei", SourceKind.NAMED_PERSON)


def test_he_does_not_go_on_from_an_earlier_she(nlp):
    # near-miss: a different pronoun is not the same speaker
    text = (
        "Halima Osei, a surgeon at the Central Hospital, said the ward took in 61 wounded.\n\n"
        '"We have one anaesthetist left," she told reporters. "We ran out of plasma. '
        'We worked by torchlight." He said roughly a third of the wounded were children.'
    )
    assert source_of(nlp, text, "roughly a third")[0] != "Halima Osei"


def test_a_body_described_without_an_age_stays_a_body(nlp):
    # near-miss: an apposition with no age says nothing of a person
    text = "Velmora, a regional carrier based in Tanvar, said 40 flights were cancelled."
    assert source_of(nlp, text, "40") == ("Velmora", SourceKind.NAMED_ORG)
