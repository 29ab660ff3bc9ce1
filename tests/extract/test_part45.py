"""partisan_source on more of the ways news marks a source as a party (session 37, branch
part45): a candidate's poll standing said as where it stands, "the candidate" as the source
whatever its kind, a candidate's staff named by the candidate they serve, and a side-held body.
Gold README partisan_source; docs/gold-conventions.md "Candidates and campaigns as a partisan
source". Sentences are invented; ``challenge_part45.py`` holds the breadth set."""

from __future__ import annotations

import pytest

from factcheck.extract.claims import extract_claims
from factcheck.model import Caveat
from tests.extract.challenge_part45 import LEAD, NEGATIVES, POSITIVES

# recall on the challenge set: 42 of 69 at 0.34.0, 57 of 69 at part45, 52 of 69 once a
# candidate's staff is partisan only where candidate_race.counts_the_race or race_standing reads
# the figure as the race (caveats._on_the_race): staff on crowds and contests, which the
# conventions also count as the race, are not read yet
_RECALL_FLOOR = 0.75
# negatives given partisan_source at most (one at 0.34.0 and at part45: a campaign manager on a
# plan's tax cut, which campaign_staff reads as the campaign's own)
_NEGATIVE_CEILING = 1


def _partisan(nlp, text: str, figure: str) -> bool | None:
    """Whether the figure whose text holds ``figure`` carries partisan_source (None: no such
    figure), the sentence read after the challenge set's lead."""
    text = LEAD + text
    extraction = extract_claims(nlp(text), doc_name="t", text=text)
    for claim in extraction.claims:
        if figure in text[claim.start : claim.end]:
            return any(c.kind is Caveat.PARTISAN_SOURCE for c in claim.caveats)
    return None


def test_challenge_partisan_sources_are_marked_in_many_ways(nlp):
    found = [_partisan(nlp, text, figure) is True for text, figure in POSITIVES]
    assert sum(found) / len(found) >= _RECALL_FLOOR


def test_challenge_third_matters_and_neutral_sources_are_not_partisan(nlp):
    fired = [_partisan(nlp, text, figure) is True for text, figure in NEGATIVES]
    assert sum(fired) <= _NEGATIVE_CEILING


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ('"A year ago we were at 3 percent," Pratt said.', "3 percent"),
        ('"We were at 5 and 6 back then," Alvarez said of her polls.', "6"),
        ("Whitfield said she was up 9 points over the incumbent.", "9 points"),
        ("Okafor said that he was ahead by four points in Ohio.", "four points"),
    ],
)
def test_candidate_saying_where_they_stand_is_partisan(nlp, text, figure):
    assert _partisan(nlp, text, figure) is True


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Pratt said unemployment was at 5 percent in the state.", "5 percent"),
        ("Alvarez said the rate was up 2 percent last year.", "2 percent"),
        ("Okafor said his plane was at 30,000 feet when the call came.", "30,000"),
        ('"We could be at 30 percent by June," Whitfield said.', "30 percent"),
    ],
)
def test_standing_of_no_speaker_or_a_hope_is_not_partisan(nlp, text, figure):
    assert _partisan(nlp, text, figure) is False


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The candidate said she would take 60 percent of the remaining delegates.", "60 percent"),
        ("The candidate said he needs 1,237 delegates to clinch the nomination.", "1,237"),
    ],
)
def test_the_candidate_as_source_counts_the_race(nlp, text, figure):
    assert _partisan(nlp, text, figure) is True


def test_the_candidate_on_a_policy_is_not_partisan(nlp):
    text = "The candidate said the plan would cost $40 billion."
    assert _partisan(nlp, text, "$40 billion") is False


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Alvarez spokesman Ben Ruiz said the campaign had raised $6 million.", "$6 million"),
        (
            "Ben Ruiz, Alvarez's spokesman, said the campaign raised $2 million in May.",
            "$2 million",
        ),
        ("Advisers to Mr. Pratt said he trailed Alvarez by 9 points.", "9 points"),
    ],
)
def test_staff_named_by_the_candidate_they_serve_is_partisan(nlp, text, figure):
    assert _partisan(nlp, text, figure) is True


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Lee Park, a senior adviser to the mayor, said the city hired 400 teachers.", "400"),
        ("An aide to the governor said 12 bridges need repair.", "12"),
    ],
)
def test_staff_of_someone_not_in_the_race_is_not_partisan(nlp, text, figure):
    assert _partisan(nlp, text, figure) is False


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Lee Park, a senior adviser to Mr. Pratt, said the plan would cut taxes by $2,000.",
         "$2,000"),
        ("Alvarez spokesman Ben Ruiz said 40 bridges in the state need repair.", "40"),
    ],
)  # fmt: skip
def test_staff_on_a_third_matter_is_not_partisan(nlp, text, figure):
    assert _partisan(nlp, text, figure) is False


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The rebel-held health ministry said 62 civilians died in the strikes.", "62"),
        ("The opposition-held city council said 300 homes were destroyed.", "300"),
    ],
)
def test_a_side_held_body_is_partisan(nlp, text, figure):
    assert _partisan(nlp, text, figure) is True
