"""A figure whose noun a clause reports is that clause's reporter's: "the 15 deaths acknowledged
by the council", "the 3.1% ratio that the bank reported" (tests/wiree, tests/wireg)."""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Soldiers fired on the marchers, killing at least 40 people, according to doctors "
            "at the main hospital, a toll nearly three times the 15 deaths acknowledged by the "
            "military council.",
            "15",
            "the military council",
        ),
        (
            "Bad loans could reach 30 trillion dong, an official said. The figure is far above "
            "the 3.1% bad-loan ratio that Mekong Bank reported to investors in June.",
            "3.1%",
            "Mekong Bank",
        ),
    ],
)
def test_a_figure_of_a_reported_noun_is_its_reporters(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_ORG)


def test_a_multiplier_of_a_reported_noun_is_not_its_reporters(nlp):
    # near-miss: "three times the 15 deaths" compares; the reporter gave the 15 only
    text = (
        "Soldiers killed at least 40 people, according to doctors at the main hospital, a toll "
        "nearly three times the 15 deaths acknowledged by the military council."
    )
    assert source_of(nlp, text, "nearly three times")[0] != "the military council"


def test_a_noun_posted_by_someone_is_not_reported_by_them(nlp):
    # near-miss: posting records is an act done to them, not a count given
    text = (
        "A sample of 4,000 records posted by the hacker matched real accounts, said Ana Lira, "
        "a security researcher."
    )
    assert source_of(nlp, text, "4,000")[0] != "the hacker"
