"""Numbers that label, address or date something in local news, and decades written
with an apostrophe. Invented texts.

- "men in their 20's", "a woman in her early 30's": the decade of an age, as "in their 20s"
  (gold README: ages used as descriptors are not claims; ``decade_apostrophes``).
- "Jazz Lee, at 15 the youngest marshal ever": an age set off before "youngest" or "oldest"
  (``age_superlatives``).
- "markers numbered 1, 2 and 3": the later numbers of a list of labels label too.
- "texting the word TIPS plus a message to 274637": a text short code is a phone number, even
  when the verb stands a few words before "to".
- "New York, NY, 10032": a ZIP code after a state's postal code is part of an address.
- "at the :44 mark": seconds into a video clip are a time.
- "a Nissan with Georgia tag PVW 8141": the digits of a licence plate are part of a name.
- "dial "1" for English", "press 2 for billing": a key of a phone menu.
- "the collapse of 2008-9": the end of a span of years cut short is a year (``short_years``).
- "of two minds", "seven days a week": set phrases (gold README: idioms are not claims).
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _figures(nlp, text: str) -> list[str]:
    """The claim texts of ``text``, implied counts left out (the scorer leaves them out)."""
    return [c.text for c in claims_of(nlp, text) if not c.implied]


@pytest.mark.parametrize(
    ("text", "decade"),
    [
        ("The other three, all men in their 20's, drove themselves to the hospital.", "20"),
        ("Police said the man found on the porch was in his 40's.", "40"),
        ("The suspect is described as a woman in her early 30's with short hair.", "30"),
        ("Temperatures stayed in the 90's as crews searched the lake.", "90"),
    ],
)
def test_a_decade_written_with_an_apostrophe_is_no_figure(nlp, text, decade):
    assert not any(decade in figure for figure in _figures(nlp, text))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("The grand marshals included activist Jazz Lee, at 15 the youngest marshal ever.", "15"),
        ("At 34, she is the youngest mayor in the town's history.", "34"),
        ("Ann Cole, at 92 the oldest delegate, cast the first vote on Monday.", "92"),
    ],
)
def test_an_age_set_off_before_youngest_or_oldest_is_no_figure(nlp, text, age):
    assert age not in _figures(nlp, text)


def test_a_rate_a_verb_reaches_with_at_is_still_a_figure(nlp):
    text = "The jobless rate stood at 10, the highest since 1983, and the oldest mill closed."
    assert "10" in _figures(nlp, text)


def test_a_possessive_after_a_name_is_still_a_figure(nlp):
    text = "Trump has won 81 delegates to Rubio's 17 so far."
    assert "17" in _figures(nlp, text)


def test_later_numbers_of_a_list_of_labels_are_labels(nlp):
    text = "Detectives set down cones numbered 1, 2 and 3 where they found shell casings."
    assert _figures(nlp, text) == []


def test_a_count_after_a_label_in_a_list_is_still_a_figure(nlp):
    text = "Crews closed Route 9 and 10 miles of side roads after the storm."
    assert "10 miles" in _figures(nlp, text)


def test_a_text_short_code_far_from_the_verb_is_a_phone_number(nlp):
    text = "Tipsters may reach police by texting the word TIPS plus a message to 274637."
    assert "274637" not in _figures(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Donations may be sent to 100 Elm Avenue, Suite 4B, New York, NY, 10032.",
        "Cards can be mailed to the family in care of the church, Austin, TX, 78701.",
    ],
)
def test_a_zip_code_after_a_state_code_is_an_address(nlp, text):
    assert not any(len(f) == 5 and f.isdigit() for f in _figures(nlp, text))


def test_seconds_into_a_clip_are_a_time(nlp):
    text = "Shots can be heard on the video starting at the :44 mark, police said."
    assert _figures(nlp, text) == []


def test_the_digits_of_a_licence_plate_are_part_of_a_name(nlp):
    text = "Deputies are looking for a black Honda with Georgia tag RTX 5520."
    assert _figures(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He mocked a country where callers must dial ''1'' for English.",
        "Customers are told to press 2 for billing questions.",
    ],
)
def test_a_key_of_a_phone_menu_is_no_figure(nlp, text):
    assert _figures(nlp, text) == []


def test_pressing_a_count_of_people_is_still_a_figure(nlp):
    assert "3" in _figures(nlp, "The new fee would press 3 families out of the program.")


@pytest.mark.parametrize(
    "text",
    [
        "The law was a response to the market collapse of 2008-9, its authors said.",
        "The recession of 2001-2 hit the county's mills hardest.",
    ],
)
def test_the_short_end_of_a_span_of_years_is_a_year(nlp, text):
    assert _figures(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The senator seemed to be of two minds about the deal on Tuesday.",
        "She still writes the newsletter seven days a week.",
        "Voters here are in two minds about the new school tax.",
    ],
)
def test_set_phrases_with_a_number_are_idioms(nlp, text):
    assert _figures(nlp, text) == []
