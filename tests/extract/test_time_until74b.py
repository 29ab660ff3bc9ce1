"""A span of time that "with" opens and "until" closes looks forward to an event and places it,
as "two months away" does: "With just one day until the vote, ..." is not a claim; a span
asserted as how long something went on ("lasted six weeks until ...", "for two hours until
...") is. Invented texts; docs/gold-conventions.md "Spans of time before or after an event";
time_ahead.py."""

from __future__ import annotations

from tests.conftest import mention_texts


def test_with_a_span_until_an_event_is_not_a_claim(nlp):
    text = "With just three days until the runoff, the mayor has stopped campaigning.\n"
    assert mention_texts(nlp, text) == []


def test_a_conjoined_span_until_an_event_is_not_a_claim(nlp):
    text = (
        "With the final debate on Thursday and only two days until voters go to the "
        "polls, the challenger cancelled a rally.\n"
    )
    assert mention_texts(nlp, text) == []


def test_a_span_that_lasted_until_an_event_is_still_a_claim(nlp):
    text = "The dockworkers' strike lasted six weeks until a court ordered them back.\n"
    assert any("six weeks" in m for m in mention_texts(nlp, text))


def test_a_span_for_which_something_went_on_until_an_event_is_still_a_claim(nlp):
    text = "Voters stood in line for three hours until the polling station ran out of ballots.\n"
    assert any("three hours" in m for m in mention_texts(nlp, text))


def test_a_span_for_which_a_companion_served_until_an_event_is_still_a_claim(nlp):
    text = "She worked with the budget panel for two years until it was disbanded.\n"
    assert any("two years" in m for m in mention_texts(nlp, text))
