"""A count of people named by their own noun takes the harm its clause tells of them
(harmed_persons.py): "injured two teens" -> "teens injured"."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, subject",
    [
        # the object of a harm verb
        (
            "A gunman injured two teens outside a store on Friday, police said.",
            "two",
            "teens injured",
        ),
        (
            "Police said the shooter killed one man and wounded two officers near the depot.",
            "two",
            "officers wounded",
        ),
        (
            "A retired clerk fatally shot three neighbors in a dispute over parking, police said.",
            "three",
            "neighbors killed",
        ),
        # the object of "leave" with a state
        (
            "The crash of gunfire left one man dead in the parking lot, police said.",
            "one",
            "man dead",
        ),
        ("Police: weekend shootings leave 2 teens wounded", "2", "teens wounded"),
        # the subject of "die" or of "be" with a state
        ("One victim died at the scene, the sheriff said.", "One", "victim died"),
        (
            "The driver and two passengers were dead on arrival, officials said.",
            "two",
            "passengers dead",
        ),
        # a participle right after the noun, a relative clause
        ("3 teens shot on east side", "3", "teens shot"),
        ("We have four individuals that were shot, the chief said.", "four", "individuals shot"),
        # the second of joined nouns, as the first
        (
            "In 2014, 11 students and two teachers were killed in an attack on the campus.",
            "two",
            "teachers killed",
        ),
    ],
)
def test_count_of_people_takes_the_harm_told_of_them(
    nlp, text: str, figure: str, subject: str
) -> None:
    assert subject_of(nlp, text, figure) == subject


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The guard did not injure two clerks, the report found.", "two"),
        ("Officials warned the storm could kill two hikers on the ridge.", "two"),
        ("Three officers arrested the man at his home on Monday.", "Three"),
        ("Two teachers said the school was safe before the attack.", "Two"),
    ],
)
def test_count_of_people_with_no_harm_told_keeps_its_noun(nlp, text: str, figure: str) -> None:
    subject = subject_of(nlp, text, figure)
    assert not {"injured", "killed", "wounded", "died", "dead", "shot"} & set(subject.split())


@pytest.mark.parametrize(
    "text, figure, subject",
    [
        ("A couple shot dead 14 people at an office party in December.", "14", "people killed"),
        (
            "The two clerks were shot to death behind the counter, police said.",
            "two",
            "clerks killed",
        ),
        ("Police said he shot and killed his two sons before fleeing.", "two", "sons killed"),
    ],
)
def test_harm_that_killed_counts_the_killed(nlp, text: str, figure: str, subject: str) -> None:
    assert subject_of(nlp, text, figure) == subject


def test_a_later_killing_of_someone_else_is_no_fatal_harm(nlp) -> None:
    text = "The gunman shot two clerks and killed himself in the back room."
    assert subject_of(nlp, text, "two") == "clerks shot"
