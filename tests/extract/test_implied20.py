"""Implied counts added in session 19 (branch implied20): invented sentences, gold README
"Implied counts" and the tuning sets' golds."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Officials say a man followed and gunned down his neighbor outside a bakery.",
            [("his neighbor", "killed", 1)],
        ),
        (
            "A 19-year-old was gunned down on Elm Street on Friday.",
            [("A 19-year-old", "killed", 1)],
        ),
        ("Nobody knew who would want to gun down the boy.", []),
        ("The crew gunned the engine and drove down the road.", []),
    ],
)
def test_gunned_down_person_is_an_implied_killed(nlp, text, expected):
    assert _counts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Deputy Maria Ruiz was released from the hospital on Sunday.",
            [("Deputy Maria Ruiz", "injured", 1)],
        ),
        (
            "The grandmother has been released, but her grandson remains in critical condition.",
            [("The grandmother", "injured", 1), ("her grandson", "injured", 1)],
        ),
        (
            "Her husband and daughter are now recovering at home.",
            [("Her husband and daughter", "injured", 2)],
        ),
        (
            "Her husband and daughter are recovering, and she wants the men who shot them caught.",
            [("Her husband and daughter", "injured", 2)],
        ),
        ("The suspect was released from jail on Monday.", []),
        ("The driver was released on bond.", []),
        ("The senator is recovering from the flu.", []),
        ("No other details were released by police.", []),
        ("Officers recovered a rifle from the car.", []),
    ],
)
def test_person_released_from_care_or_recovering_is_an_implied_injured(nlp, text, expected):
    assert _counts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The victim was taken to a hospital in noncritical condition, police said.",
            [("The victim", "injured", 1)],
        ),
        ("Her cousin is in fair condition.", [("Her cousin", "injured", 1)]),
        ("The old barn is in fair condition.", []),
    ],
)
def test_every_hospital_condition_word_says_hurt(nlp, text, expected):
    assert _counts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A woman, three men and a teenage boy were killed on Sunday, police said.",
            [("A woman", "killed", 1), ("a teenage boy", "killed", 1)],
        ),
        ("Three men and a woman were pronounced dead.", [("a woman", "killed", 1)]),
    ],
)
def test_people_on_either_side_of_a_figure_are_counted_apart(nlp, text, expected):
    counts = [
        (c.text, c.measure, c.value) for c in find_implied_counts(nlp(text), skip=_figures(text))
    ]
    assert counts == expected


def _figures(text: str) -> list[tuple[int, int]]:
    """The spans of the spelled figures in ``text`` (what the claims pass as ``skip``)."""
    words = ("three", "Three")
    return [(text.index(w), text.index(w) + len(w)) for w in words if w in text]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "12-year-old girl shot in drive-by on the east side\n\nMore follows.",
            [("12-year-old girl", "shot", 1)],
        ),
        ("Man, 40, killed by neighbor in dispute\n\nMore follows.", [("Man", "killed", 1)]),
        ("Teen cyclist shot to death near park\n\nMore follows.", [("Teen cyclist", "killed", 1)]),
        ("Teen Cyclist Shot In Drive-By\n\nMore follows.", [("Teen Cyclist", "shot", 1)]),
    ],
)
def test_sentence_case_headline_people_before_a_casualty_word_are_counted(nlp, text, expected):
    assert _counts(nlp, text)[:1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Deputies later found a third victim behind the store.", [("victim", "shot", 1)]),
        ("A second victim was found near the bus stop.", [("victim", "shot", 1)]),
        ("Deputies found the victim behind the store.", []),
        ("Deputies never found a victim.", []),
    ],
)
def test_a_new_victim_found_is_an_implied_one(nlp, text, expected):
    assert _counts(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The 40-year-old did not survive, police said.", [("The 40-year-old", "killed", 1)]),
        ("Her uncle didn't survive.", [("Her uncle", "killed", 1)]),
        ("Doctors fear the man might not survive.", []),
        ("She hopes her son will not survive the night.", []),
    ],
)
def test_did_not_survive_is_an_implied_killed(nlp, text, expected):
    assert _counts(nlp, text) == expected
