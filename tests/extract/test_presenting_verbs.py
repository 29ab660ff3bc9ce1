"""A thing that "shows", "indicates" or "reveals" a figure is its source only when it is a
record, a poll or someone who speaks ("Court records show", "A tally showed", "the new poll
shows"): a calculation, an abstract result or a mark on a map is no source (presenting_verbs.py;
gold README "Source kinds"). Outer speakers still attribute. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claim_named


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Basic arithmetic shows the mayor needs to close a 12-point gap with renters.",
            "12-point",
        ),
        ("The outcome showed Ruiz had won 51.2 percent of the vote.", "51.2 percent"),
        ("Red dots indicate the four bridges the county plans to rebuild.", "four"),
        ("The verdict revealed how the firm had hidden $3 million from auditors.", "$3 million"),
    ],
)
def test_a_thing_that_is_no_record_gives_no_source(nlp, text, figure):
    claim = claim_named(nlp, text, figure)
    assert claim is not None
    assert claim.source.kind.value == "none", claim.source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("County records show Marsh had 14 prior arrests.", "14", "County records"),
        ("A tally showed that 48,210 people visited the park in 2019.", "48,210", "A tally"),
        ("The new poll shows Ruiz at 44 percent.", "44 percent", "The new poll"),
        (
            "Earlier results indicated that 61 percent had voted by mail.",
            "61 percent",
            "Earlier results",
        ),
        (
            "Ms. Ruiz said basic arithmetic shows the city needs 300 more teachers.",
            "300",
            "Ms. Ruiz",
        ),
    ],
)
def test_records_and_outer_speakers_still_give_the_source(nlp, text, figure, source):
    claim = claim_named(nlp, text, figure)
    assert claim is not None
    assert claim.source.text == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "A fire on Friday morning claimed the lives of a Fargo teacher and his two sons.",
            "a Fargo teacher",
            "",
        ),
        ("The flu has claimed 40 lives in the county this winter.", "40", ""),
        ("Councilman Lee claimed that 40 people had died.", "40", "Councilman Lee"),
    ],
)
def test_claiming_lives_is_a_killing_not_a_report(nlp, text, figure, source):
    """taken_lives.py: "claim" with lives for its object takes them; it asserts nothing."""
    claim = claim_named(nlp, text, figure)
    assert claim is not None
    assert claim.source.text == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Two officers are under investigation after the crash.", "Two", ""),
        ("The deaths of three inmates are under review by the state.", "three", ""),
        ("Under the governor's plan, 300 jobs would be cut.", "300", "the governor's plan"),
    ],
)
def test_under_a_bare_noun_is_a_state_not_a_frame(nlp, text, figure, source):
    """nominal.py: "under investigation" is where the matter stands; "under the governor's
    plan" frames the figure as the plan's."""
    claim = claim_named(nlp, text, figure)
    assert claim is not None
    assert claim.source.text == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("About 60% of the letters were written by students.", "About 60%", ""),
        ("About 1,100 pages were released by the department on Friday.", "About 1,100", ""),
        ("A toll of 300 was released by the ministry.", "300", "the ministry"),
    ],
)
def test_a_count_of_what_was_published_has_no_source(nlp, text, figure, source):
    """published_counts.py: the passive's subject counts what the doer put out, an act."""
    claim = claim_named(nlp, text, figure)
    assert claim is not None
    assert claim.source.text == source
