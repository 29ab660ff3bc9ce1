"""fps38 (session 30): numbers that number a list's items, and "one more" / "one last".
Invented texts.

Gold README, not-claims: ordinals, numbers that label, idioms. A ranking or a slideshow numbers
its items one a line without a dot ("1 Donald Trump." ... "12 Jim Gilmore.", realgold gold:
"rank (ordinal position in a list)"), and a page may break a slide counter over three lines
("1." / "of." / "23."); a bare number opening a line is read as a marker only inside a run of
three lines numbered in order, so a headline "7 Shot, 3 Dead" stays a figure. "One more
chance" and "one last splash" mean "another" and "a final" (realgold5, realgold19 golds:
"hypothetical (not a count)", "idiom (one more trip)"); the "one" stays a count where the
sentence needs, compares or limits it, or tells of a casualty.
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        (
            "The panel ranked the field again this week:\n\n1 Mary Ortiz.\n\n2 Dan Cole.\n\n"
            "3 Lee Park.\n\n4 Ann Roe.\n",
            ["1", "2", "3", "4"],
        ),
        (
            "Here are the moments that stood out.\n\n1\nMayor Vance Opened The New Library.\n\n"
            "2\nThe Council Voted On A Park Plan.\n\n3\nA Teacher Won The State Award.\n",
            ["1", "2", "3"],
        ),
        (
            "See the photos from the rally below.\n\n1.\n\nof.\n\n12.\n\nThe mayor spoke at noon.",
            ["1", "12"],
        ),
    ],
)
def test_numbers_of_a_list_laid_out_by_line_are_not_claims(nlp, text, markers):
    claims = mention_texts(nlp, text)
    assert not [m for m in markers if m in claims]
    assert all(m in mention_texts(nlp, text, claims=False) for m in markers)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a headline's figures: no run of numbered lines
        ("7 Shot, 3 Dead After Drive-By\n\nPolice said seven people were shot.", ["7", "3"]),
        # two paragraphs that open with figures are no list of three
        ("2 men were shot on Elm Street on Friday.\n\n3 others were hurt nearby.", ["2", "3"]),
        # a number alone on its line with no "of" beside it
        ("The tally of counties he visited:\n\n60.\n\nNo rival came close.", ["60"]),
        # a list with its figures inside the lines, not opening them
        ("Results:\n\nOrtiz won 12 votes.\n\nCole won 13 votes.\n\nPark won 14 votes.", ["12"]),
    ],
)
def test_figures_opening_lines_outside_a_numbered_run_stay_claims(nlp, text, figures):
    claims = mention_texts(nlp, text)
    assert all(f in claims for f in figures)


def _ones(texts: list[str]) -> list[str]:
    """The mentions whose figure is "one"."""
    return [t for t in texts if "one" in t.lower().split()]


@pytest.mark.parametrize(
    "text",
    [
        "The governor will get one more chance to veto the bill.",
        "Voters got one more look at the candidates on Tuesday.",
        "The band played one last song before midnight.",
        "If the reporters ask one more rude question, I will walk out.",
        "The senator made one last appeal to the committee.",
        "The mayor hopes for one last burst of coverage from his tour of 12-hour days.",
    ],
)
def test_one_more_and_one_last_are_not_claims(nlp, text):
    assert not _ones(mention_texts(nlp, text))
    assert _ones(mention_texts(nlp, text, claims=False))


@pytest.mark.parametrize(
    "text",
    [
        "The party needs one more seat to control the chamber.",
        "One more person died at the hospital on Sunday.",
        "She won one more delegate than her rival in the county.",
        "Only one more debate is scheduled before the vote.",
        "The county reported one more case on Monday, bringing the total to 14.",
    ],
)
def test_one_more_that_counts_stays_a_claim(nlp, text):
    assert _ones(mention_texts(nlp, text))


def test_a_line_of_thousands_of_digits_is_read_without_error(nlp):
    """A marker has 1-3 digits: a line opening with 4,482 of them is no marker, and reading it
    must not overflow int() (the fuzz test's input)."""
    mention_texts(nlp, "9" * 4482 + " billion\n")
