"""subjfresh (session 43): a span of time hung on a verb by a preposition names the party its
verb is said of and the doing ("after three decades in Albany, Senator Ortiz has lost touch" ->
"decades Senator Ortiz lose lost"); over a span, the doing even with a pronoun for who. A span
with its own "in" phrase is named by where it was spent first (spent_in.py, helper dur: "three
decades in Albany" -> "decades in Albany"), so the cases here have none."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, words",
    [
        ("After nearly three decades, Ortiz has lost touch with the voters of Albany.",
         "nearly three decades", {"Ortiz"}),
        ("After almost two decades on the council, Margaret Lindqvist has forgotten the town.",
         "almost two decades", {"Lindqvist"}),
        ("The Federal Reserve could return to zero within three years, traders said.",
         "within three years", {"Reserve"}),
        ("Harold Brennan, who's run the fair for 22 years, retired on Monday.",
         "22 years", {"Brennan"}),
        ("After six years, Senator Ruiz has quit the race for governor.", "six years",
         {"Ruiz"}),
    ],
)  # fmt: skip
def test_span_of_time_names_the_party_its_verb_is_said_of(nlp, text, figure, words):
    subject = subject_of(nlp, text, figure)
    assert words <= set(subject.split()), subject


@pytest.mark.parametrize(
    "text, figure, words",
    [
        ("Over two years we have been campaigning for a new library.", "Over two years",
         {"campaigning"}),
        ("Over the past nine years they have rebuilt the harbour wall.", "nine years",
         {"rebuilt"}),
        ("Over three months she has interviewed every candidate in the district.",
         "Over three months", {"interviewed"}),
    ],
)  # fmt: skip
def test_span_of_time_over_which_something_went_on_names_the_doing(nlp, text, figure, words):
    subject = subject_of(nlp, text, figure)
    assert words <= set(subject.split()), subject
