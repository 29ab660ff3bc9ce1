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


def caveats_of(nlp, text, start):
    """The caveat kinds of the claim starting at character ``start``."""
    claims = extract_claims(nlp(text), doc_name="t").claims
    return {c.kind.value for c in next(c for c in claims if c.start == start).caveats}


@pytest.mark.parametrize(
    ("headline", "shared"),
    [
        # no source in the headline: the body's unnamed officials are no caveat of its figure
        ("Storm kills 5 in coastal towns", set()),
        # a headline that names its source keeps the caveat of the same figure in the body
        ("Storm kills 5 in coastal towns: officials", {"anonymous_source"}),
    ],
)
def test_a_headline_figure_with_no_source_takes_no_source_caveat(nlp, headline, shared):
    text = f"{headline}\n\nFive people died when the storm hit the coast, officials said."
    assert caveats_of(nlp, text, headline.index("5")) == shared
