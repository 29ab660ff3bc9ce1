"""Wire copy's "he said" after an unnamed speaker, and after a quotation that closes a
paragraph: the pronoun stands for the speaker before it (tests/wired, wiree, wiref, wireg)."""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of

_PASTOR = "Tomas Brenner, a local pastor, said the attackers arrived at dawn.\n\n"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            _PASTOR + "A senior army officer, who spoke on condition of anonymity because he "
            "was not cleared to talk to reporters, said the raiders came on motorbikes. He said "
            "14 soldiers were wounded in the fighting.",
            "14",
            "A senior army officer",
        ),
        (
            _PASTOR + '"The donors promised a great deal," said a senior Ruvanian official, '
            'speaking on condition of anonymity. "Now we pay alone." He said the country had '
            "spent about 9 billion francs on the camps.",
            "about 9 billion francs",
            "a senior Ruvanian official",
        ),
        (
            _PASTOR + "The clinic in Varo has 40 beds, according to a district health official. "
            "He said three nurses had fled the town.",
            "three",
            "a district health official",
        ),
    ],
)
def test_he_after_one_unnamed_speaker_is_that_speaker(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.ANONYMOUS)


def test_he_after_a_named_speaker_nearer_than_an_unnamed_one_is_the_named_one(nlp):
    # near-miss: the unnamed official spoke first, the named pastor last
    text = (
        "A senior army officer, who spoke on condition of anonymity, said the raiders came on "
        "motorbikes. Tomas Brenner, a local pastor, said the attackers arrived at dawn. He "
        "said 14 houses were burned."
    )
    assert source_of(nlp, text, "14") == ("Tomas Brenner", SourceKind.NAMED_PERSON)


def test_he_opening_the_paragraph_after_a_quotation_is_its_speaker(nlp):
    text = (
        "Regional police chief Ivo Tarrant told reporters that a bomb went off near the market. "
        '"We have found 17 bodies," he said. "The toll could rise. Many are badly hurt."\n\n'
        "He said 40 people had been wounded."
    )
    assert source_of(nlp, text, "40") == (
        "Regional police chief Ivo Tarrant",
        SourceKind.NAMED_PERSON,
    )


def test_he_four_worded_sentences_after_a_speaker_stays_unresolved(nlp):
    # near-miss: four sentences with words between the speaker and the pronoun
    text = (
        "Regional police chief Ivo Tarrant told reporters that a bomb went off near the market. "
        "The market was busy. Traders fled. Smoke rose over the square. Shops closed early.\n\n"
        "He said 40 people had been wounded."
    )
    assert source_of(nlp, text, "40")[0] == "He"


def test_he_does_not_stand_for_an_unnamed_spokeswoman(nlp):
    # near-miss: the unnamed speaker's own word says she is a woman
    text = (
        "Of the 90 people detained, 51 were deported, according to a border agency spokeswoman. "
        "Tomas Brenner announced a plan for families who had lived in the country at least "
        "six years. He announced it in March."
    )
    assert source_of(nlp, text, "six years")[0] != "a border agency spokeswoman"


def test_a_timestamp_line_still_counts_in_the_look_back(nlp):
    # near-miss: a live blog's time line ends a section; the look-back does not cross more
    text = (
        "Senator Ada Morrow predicted a win in Lakeshire.\n\n___.\n\n9:18 p.m.\n\n"
        "Mayor Ivo Tarrant is thanking his supporters for a big night.\n\n"
        "And he has predicted more wins ahead.\n\n"
        '"Let us win 30 more," he tells the crowd.'
    )
    assert source_of(nlp, text, "30")[0] != "Senator Ada Morrow"
