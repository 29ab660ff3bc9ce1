"""Caveats, session 19 (`caveats20`): a speaker counting their own results is partisan."""

import pytest

from factcheck.extract import extract_claims

PART = "partisan_source"


def has_caveat(nlp, text, figure, kind):
    """Whether the first extracted claim containing ``figure`` carries caveat ``kind``."""
    claim = next(c for c in extract_claims(nlp(text), doc_name="t").claims if figure in c.text)
    return kind in [c.kind.value for c in claim.caveats]


@pytest.mark.parametrize(
    ("text", "figure", "present"),
    [
        # a candidate's own count of votes, delegates, states: a campaign's own count
        ("“We have won 14 states so far,” Dana Ortiz told the rally.", "14", True),
        (
            "“I have received 6 million votes in this race,” Ortiz said on Monday.",
            "6 million",
            True,
        ),
        (
            "Lena Varga said on Sunday that she was winning 53 percent against 41 percent "
            "for Moreau.",
            "41 percent",
            True,
        ),
        ("Ortiz said she now has a lead of 220 delegates over Moreau.", "220", True),
        # no result held by the speaker: a rate moved, children had, a share had, another's win
        (
            "Ortiz said she would get the jobless rate down to 4 percent by 2030.",
            "4 percent",
            False,
        ),
        ("Ortiz said she has three children and two dogs.", "three", False),
        ("“We haven't won a county in nearly four weeks,” Ortiz joked.", "four weeks", False),
        ("Ortiz said the county has 8 percent unemployment.", "8 percent", False),
        ("Ortiz said she would run again if she could win 20 percent.", "20 percent", False),
        ("Ortiz said Moreau won 47 percent of the vote in the county.", "47 percent", False),
    ],
)
def test_a_speakers_own_count_of_votes_is_partisan(nlp, text, figure, present):
    assert has_caveat(nlp, text, figure, PART) is present
