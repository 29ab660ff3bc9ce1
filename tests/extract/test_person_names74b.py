"""A noun that names a figure and opens a sentence ("Turnout in Varna was 62.4% when the polls closed") is that noun,
even where the parse tags it a person: the share measures the turnout, not a candidate's poll
support (poll_subjects.py, ``person_names``; gold README, "subject": what is counted; wire2c,
wire2k, wire2q). A name of a person keeps its poll reading. Invented texts."""

from __future__ import annotations

from tests.conftest import subject_of

_TURNOUT = (
    "Recount ordered in Varna mayoral race.\n\n"
    "Election officials in Varna ordered a recount on Monday after the incumbent won by 212 "
    "votes, and observers said dozens of ballots had been lost.\n\n"
    "Turnout in Varna was 62.4% when the polls closed, just below the regional average of 63%, "
    "the commission said.\n"
)

_NAMED = (
    "Poll shows tight race.\n\n"
    "A new poll of likely voters shows Mayor Elena Vasquez in a close contest.\n\n"
    "Vasquez has 44 percent in the poll, against 41 percent for her rival.\n"
)


def test_a_turnout_share_opening_a_sentence_is_the_turnout(nlp):
    assert "turnout" in subject_of(nlp, _TURNOUT, "62.4%").lower()


def test_a_named_candidates_share_in_a_poll_is_still_poll_support(nlp):
    assert subject_of(nlp, _NAMED, "44 percent").startswith("poll support")
