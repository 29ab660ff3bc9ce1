"""Victims' names the small tagger does not label a person's are counted by their written form:
a suffix ("James Brown III", "Carter Sr."), capitals inside ("McGee"), a surname read as a plural
("Tyrone Banks"), a place label under an age ("19-year-old Rose Price"), and a surname named
again after a full name the tagger labelled otherwise (name_forms.py, shaped_names.py; gold
README "Implied counts"; invented sentences)."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts
from factcheck.extract.implied.name_forms import is_name_cased


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Police said James Brown III was shot and killed Saturday night.",
            ("James Brown III", "killed", 1),
        ),
        (
            "Samuel Adams IV was taken to a hospital with gunshot wounds, police said.",
            ("Samuel Adams IV", "injured", 1),
        ),
        (
            "Michael Carter Sr. was injured in the shooting, police said.",
            ("Michael Carter Sr.", "injured", 1),
        ),
    ],
)
def test_a_name_with_a_suffix_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Shannon McGee was wounded in the shooting, police said.",
            ("Shannon McGee", "injured", 1),
        ),
        (
            "Police said Tyrone Banks was shot and killed Saturday.",
            ("Tyrone Banks", "killed", 1),
        ),
        (
            "Police said 19-year-old Rose Price was killed in the shooting.",
            ("19-year-old Rose Price", "killed", 1),
        ),
    ],
)
def test_a_name_the_tagger_reads_as_something_else_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Gunfire erupted late Saturday. Officers arrived to find Darnell Price lying in "
            "the road. Price was pronounced dead at the scene.",
            ("Price", "killed", 1),
        ),
        (
            "Officers arrived to find Grant Young lying in the road. Young was wounded in the "
            "shooting.",
            ("Young", "injured", 1),
        ),
    ],
)
def test_a_surname_alone_is_counted_after_a_full_name_of_any_label(nlp, text, count):
    assert count in _counts(nlp, text)


def test_a_team_named_by_its_city_is_no_person(nlp):
    text = "Dallas is a big city. The Dallas Cowboys were hurt by injuries all season."
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("word", "cased"),
    [
        ("McGee", True),
        ("DeShawn", True),
        ("O'Neil", True),
        ("R.", True),
        ("NFL", False),
        ("SHOOTING", False),
        ("iPhone", False),
    ],
)
def test_a_name_may_have_capitals_inside(nlp, word, cased):
    assert is_name_cased(nlp(word)[0]) is cased


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A gunman shot and killed Darnell Price outside a store Saturday, police said.",
            ("Darnell Price", "killed", 1),
        ),
        (
            "A gunman shot and wounded Faith Love outside a store Saturday, police said.",
            ("Faith Love", "injured", 1),
        ),
    ],
)
def test_a_name_by_shape_shot_by_someone_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


def test_a_name_by_shape_killed_without_a_shooting_needs_a_person_label(nlp):
    text = "Lawmakers killed Planned Parenthood in the budget, critics said."
    assert _counts(nlp, text) == []


def test_a_name_shot_down_is_no_casualty(nlp):
    text = "Lawmakers shot down Planned Parenthood in the budget, critics said."
    assert _counts(nlp, text) == []


def test_a_surname_read_as_a_labelled_noun_is_counted_after_the_full_name(nlp):
    text = (
        "Miguel Angel Reyes was sitting in a car on Main Street when gunfire erupted. Reyes, "
        "who was killed in the shooting, later died."
    )
    assert ("Reyes", "killed", 1) in _counts(nlp, text)


def test_a_first_listed_name_labelled_a_place_counts_with_the_name_after_it(nlp):
    text = "Dashawn Pettiford and Marcus Reed were killed in the shooting."
    assert ("Dashawn Pettiford and Marcus Reed", "killed", 2) in _counts(nlp, text)
