"""People listed before a reduced participle the parse hangs on the last of them (session 54,
impl54b; listed_participles.py): "identified a man and a woman killed in a shooting" counts
both, as the same list counts when it is the subject. Invented sentences; parallels where the
first person has a state of its own or the list is "or". Gold README "Implied counts";
realgold6 counts such a list once."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Police identified a man and a woman killed in a shooting on Friday.",
            ("a man and a woman", "killed", 2),
        ),
        (
            "Police identified a man and a woman wounded in a shooting on Friday.",
            ("a man and a woman", "injured", 2),
        ),
        (
            "Detectives interviewed a teen and a neighbor wounded in the gunfire.",
            ("a teen and a neighbor", "injured", 2),
        ),
        (
            "Relatives gathered for a cook and a waiter slain at the diner.",
            ("a cook and a waiter", "killed", 2),
        ),
    ],
)
def test_a_list_before_a_harm_participle_counts_every_person(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "lone"),
    [
        ("Police arrested a man and questioned a woman wounded in the shooting.", "a woman"),
        ("Police did not say if a man or a woman killed in the crash was driving.", None),
    ],
)
def test_a_list_with_its_own_states_is_not_joined(nlp, text, lone):
    counts = _counts(nlp, text)
    assert not any(value == 2 for _, _, value in counts)


@pytest.mark.parametrize(
    "text",
    [
        "The victims and the 50-year-old man, wounded in the arm, were found in the kitchen.",
        "Neighbors said the victims and a woman hurt in the fire were friends.",
    ],
)
def test_an_aside_or_a_plural_keeps_the_last_person_alone(nlp, text):
    assert not any(value == 2 for _, _, value in _counts(nlp, text))
