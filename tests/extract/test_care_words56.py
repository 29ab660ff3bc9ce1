"""Care and death said in a local report's plain words (session 56, impl56): a person treated by
those who give care ("was treated by paramedics"), kept alive by a machine ("remains on a
ventilator"), in surgery where the tagger calls "underwent" an adjective, recovering or released
when the parse's subject is an age ("The 24-year-old is recovering"), and a death said by a
failed "make it" ("The victim did not make it", failed_survivals.py). Invented sentences, with
parallels that count no one; gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man was treated by paramedics at the scene.", ("A man", "injured", 1)),
        (
            "Shots rang out on Pine Street. A woman was treated by medics and firefighters.",
            ("A woman", "injured", 1),
        ),
    ],
)
def test_person_treated_by_caregivers_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


def test_treated_by_police_is_no_care(nlp):
    assert _counts(nlp, "The man was treated by police as a suspect.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man remains on a ventilator after the shooting.", ("A man", "injured", 1)),
        (
            "Gunfire hit the house. The girl was placed on a respirator.",
            ("The girl", "injured", 1),
        ),
    ],
)
def test_person_on_a_life_machine_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Shots were fired on Elm Street on Sunday night. The 24-year-old is recovering.",
            ("The 24-year-old", "injured", 1),
        ),
        (
            "Shots were fired on Elm Street. A 24-year-old was released from the hospital.",
            ("A 24-year-old", "injured", 1),
        ),
    ],
)
def test_age_recovering_or_released_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Shots were fired on Maple Avenue on Sunday. The victim did not make it.",
            ("The victim", "killed", 1),
        ),
        (
            "A man was shot in the chest outside a bar. The man didn't make it through surgery.",
            ("The man", "killed", 1),
        ),
    ],
)
def test_failed_make_it_after_a_casualty_is_a_death(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no casualty told
        "The team did not make it to the finals. The coach did not make it.",
        # a place after "make it"
        "A man was shot on Friday. His brother did not make it home that night.",
        # an outlook, not a death
        "A man was shot on Friday. Doctors fear the man will not make it.",
    ],
)
def test_failed_make_it_without_a_death_counts_no_one(nlp, text):
    assert all(c[1] != "killed" for c in _counts(nlp, text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Shots were fired on Elm Street on Sunday night. Jones, 24, underwent surgery.",
            ("Jones", "injured", 1),
        ),
        ("A woman underwent surgery after the shooting.", ("A woman", "injured", 1)),
    ],
)
def test_person_undergoing_surgery_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The boy was shot while walking home and died at the hospital.",
            ("The boy", "killed", 1),
        ),
        (
            "A man was shot while sitting in his car and later died.",
            ("A man", "killed", 1),
        ),
    ],
)
def test_death_joined_to_the_clause_after_a_shooting_is_the_victims(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot while walking and did not die.",
        "A man was shot while his friend ran and hid.",
    ],
)
def test_no_death_joined_to_the_clause_keeps_shot(nlp, text):
    assert ("A man", "shot", 1) in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # found in a state of bleeding
        ("Shots rang out. A man was found bleeding.", ("A man", "injured", 1)),
        # an outlook of a full recovery
        (
            "A woman was hit by gunfire. The woman is expected to make a full recovery.",
            ("The woman", "injured", 1),
        ),
        # released after treatment
        (
            "Gunfire erupted at a party. The victim was released after treatment.",
            ("The victim", "injured", 1),
        ),
        # a medical flight to care
        ("A man was medflighted to a trauma center.", ("A man", "injured", 1)),
    ],
)
def test_care_said_in_plain_words_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The company is expected to make a full recovery next year.",
        "The suspect was released after questioning.",
    ],
)
def test_outlook_or_release_of_no_person_in_care_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Shots were fired Saturday on Elm Street. Jones, 24, died Monday.",
            ("Jones", "killed", 1),
        ),
        (
            "Gunfire broke out at a party. Ann Reyes, 19, survived.",
            ("Ann Reyes", "injured", 1),
        ),
    ],
)
def test_named_death_after_a_casualty_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator praised the court. Justice Antonin Scalia died in February.",
        "Florence Henderson, the TV mom, has died.",
    ],
)
def test_named_death_in_other_news_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Shots rang out. A man drove himself to the hospital.", ("A man", "injured", 1)),
        (
            "Gunfire erupted at the park. A 24-year-old drove himself to the hospital.",
            ("A 24-year-old", "injured", 1),
        ),
    ],
)
def test_self_arrival_after_gunfire_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A woman drove herself to the hospital to give birth.",
        "The storm knocked out power. A man drove himself to the hospital.",
        "Shots rang out. An officer drove himself to the hospital.",
    ],
)
def test_self_arrival_without_harm_told_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Shots were fired Sunday. A 24-year-old remains in intensive care.",
            ("A 24-year-old", "injured", 1),
        ),
        (
            "Shots were fired Sunday. A 3-year-old remains on a ventilator.",
            ("A 3-year-old", "injured", 1),
        ),
    ],
)
def test_age_remaining_in_intensive_care_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


def test_aged_remains_found_count_no_one_hurt(nlp):
    text = "The 60-year-old remains were found in the woods."
    assert all(c[1] != "injured" for c in _counts(nlp, text))


def test_self_arrival_with_a_relative_of_belief_is_left_to_the_relative(nlp):
    text = "A man who police believe was shot walked into a hospital."
    assert _counts(nlp, text) == []
