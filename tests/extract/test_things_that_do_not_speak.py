"""Things that are no speaker: "claim" with lives for its object kills ("Gunfire claimed the
lives of ..."), "under investigation" is a state, and a passive count of what was put out ("60%
of the letters were written by students") counts an act; none of them gives the figure a source
(taken_lives.py, nominal.py, published_counts.py; gold README "Source kinds"). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claim_named


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
        # a plan reports nothing, framing or not (src55: tuning golds)
        ("Under the governor's plan, 300 jobs would be cut.", "300", ""),
    ],
)
def test_under_a_bare_noun_is_a_state_not_a_frame(nlp, text, figure, source):
    """nominal.py: "under investigation" is where the matter stands; "under the governor's
    plan" frames the figure as an aim, which reports nothing."""
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
