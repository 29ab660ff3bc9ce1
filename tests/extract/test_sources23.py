"""Sources, session 20 (`sources23`, local news): a sentence the parser cut at an abbreviation
keeps the attribution that closes it; an aside about a named speaker is the speaker's; police
who find a named person, or a person in some state, report nothing; whoever polls a group is a
body however the tagger reads its name.

Sentences are invented, parallel to real cases.
"""

import pytest

from factcheck.extract import extract_claims
from factcheck.model import SourceKind
from tests.conftest import source_of


def _claim(nlp, text, figure):
    return next(c for c in extract_claims(nlp(text), doc_name="t").claims if figure in c.text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "The two suspects were still at large on Monday and no names had been released, "
            "Pike County Sheriff's spokesman Sgt. Tom Reilly said.",
            "two",
            ("Sgt. Tom Reilly", SourceKind.NAMED_PERSON),
        ),
        (
            "The shooter and three friends followed the man from a bar before firing into a "
            "diner at Fifth Ave. and 12th St. in Midtown, about 2 a.m., police said.",
            "three",
            ("police", SourceKind.NAMED_ORG),
        ),
    ],
)
def test_sentence_cut_at_an_abbreviation_keeps_its_closing_attribution(nlp, text, figure, expected):
    assert source_of(nlp, text, figure) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Police then went to a Dover home, where they found Keisha Moore in a jeep in the "
            "driveway with a bullet wound to the head.",
            "Keisha Moore",
        ),
        (
            "When officers arrived, they found Marco Bell suffering from several gunshot wounds.",
            "Marco Bell",
        ),
    ],
)
def test_police_who_find_a_named_person_report_nothing(nlp, text, found):
    claim = _claim(nlp, text, found)
    assert claim.source.kind is SourceKind.NONE


def test_police_who_find_that_something_happened_still_report(nlp):
    text = "Investigators found that 40 rounds had been fired inside the store."
    assert source_of(nlp, text, "40") == ("Investigators", SourceKind.NAMED_ORG)


def test_whoever_polls_a_group_is_a_body_whatever_its_name_is_tagged(nlp):
    text = "Economists polled by Wire had expected a reading of 2.9 percent."
    assert source_of(nlp, text, "2.9 percent") == (
        "Economists polled by Wire",
        SourceKind.NAMED_ORG,
    )


@pytest.mark.parametrize(
    "text",
    [
        "According to deputies, the fire started at noon on Mill Road. Wind spread it "
        "across the valley. By evening, 40 homes had burned.",
        # lead59: a stated figure in the next sentence is the writer's too (real golds: none
        # for 8 of the 10 such figures, in all three gold families)
        "According to deputies, the fire started at noon on Mill Road. By evening, 40 homes "
        "had burned.",
    ],
)
def test_opening_according_to_gives_no_source_to_a_stated_figure_in_a_later_sentence(nlp, text):
    assert source_of(nlp, text, "40") == ("", SourceKind.NONE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to deputies, officers arrived at noon on Mill Road. A man was shot and "
            "killed.",
            ("deputies", SourceKind.NAMED_ORG),
        ),
        # negative: it stops at the paragraph's end
        (
            "According to deputies, officers arrived at noon on Mill Road.\n\nA man was shot "
            "and killed.",
            ("", SourceKind.NONE),
        ),
        # negative: it stops at a sentence with an attribution of its own
        (
            "According to deputies, officers arrived at noon. Residents said the wind was "
            "strong. A man was shot and killed.",
            ("", SourceKind.NONE),
        ),
    ],
)
def test_opening_according_to_covers_the_count_the_next_sentence_implies(nlp, text, expected):
    implied = [c for c in extract_claims(nlp(text), doc_name="t").claims if c.implied]
    assert [(c.source.text, c.source.kind) for c in implied] == [expected]
