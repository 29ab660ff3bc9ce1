"""How harm is said (session 36, branch impl44v): a hurt then the same person's death in a
conjunct is one killed (later_deaths.py); "X's killer", "the killer of X" (NOMINAL_AGENTS); "the
slain officer" (FATAL_MODIFIERS); "was shot at twice" counts no one. Invented sentences; gold
README "Implied counts", docs/gold-conventions.md "Vocabulary of casualty shapes"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man was wounded in the shooting and later died.", ("A man", "killed", 1)),
        ("A woman was rushed to a hospital but did not survive.", ("A woman", "killed", 1)),
        ("A teen was hospitalized and died two days later.", ("A teen", "killed", 1)),
        (
            "A man suffered a gunshot wound to the head and died at the scene.",
            ("A man", "killed", 1),
        ),
        ("A boy was hit by a stray bullet and later died at a hospital.", ("A boy", "killed", 1)),
        (
            "A woman was found unresponsive with a gunshot wound and later died.",
            ("A woman", "killed", 1),
        ),
        ("A clerk was critically injured and succumbed to her wounds.", ("A clerk", "killed", 1)),
    ],
)
def test_a_hurt_then_death_in_a_conjunct_is_one_killed(nlp, text, count):
    assert _counts(nlp, text) == [count]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # the death has a subject of its own
        (
            "A man was wounded and his cousin died.",
            [("A man", "injured", 1), ("his cousin", "killed", 1)],
        ),
        ("A man was wounded but did not die.", [("A man", "injured", 1)]),
        ("A woman was hospitalized and could die.", [("A woman", "injured", 1)]),
        ("A man was wounded but survived.", [("A man", "injured", 1)]),
        ("A woman was wounded and later released from the hospital.", [("A woman", "injured", 1)]),
    ],
)
def test_no_later_death_keeps_the_hurt(nlp, text, counts):
    assert _counts(nlp, text) == counts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Mara Quinn's killer has not been found.", ("Mara Quinn", "killed", 1)),
        ("Police have not yet found the killer of Leon Hart.", ("Leon Hart", "killed", 1)),
        ("Police arrested the man's killer on Friday.", ("the man", "killed", 1)),
        ("The killers of a store clerk were sentenced Monday.", ("a store clerk", "killed", 1)),
        ("A jury convicted the murderer of a cab driver.", ("a cab driver", "killed", 1)),
    ],
)
def test_the_killer_of_a_person_says_the_person_was_killed(nlp, text, count):
    assert _counts(nlp, text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        "The senator has a killer instinct.",
        "The company's killer app sold well.",
        "Police are hunting a serial killer.",
        "Her killer was never caught.",
        "The killer's mother spoke to reporters.",
    ],
)
def test_killer_without_a_victim_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The slain officer was a 20-year veteran.", ("The slain officer", "killed", 1)),
        ("Police found the slain woman in her kitchen.", ("the slain woman", "killed", 1)),
        ("The slain teen had just graduated.", ("The slain teen", "killed", 1)),
    ],
)
def test_the_slain_person_is_killed(nlp, text, count):
    assert _counts(nlp, text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        "The man was shot at twice but was not hit.",
        "A woman was shot at twice from a passing car.",
        "Deputies say someone shot at a man walking his dog.",
    ],
)
def test_shot_at_is_a_miss(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot at a party Saturday.",
        "A man was shot at about 3 a.m. Sunday.",
        "A woman was shot at close range.",
    ],
)
def test_shot_at_a_place_or_time_is_shot(nlp, text):
    assert [m for _, m, _ in _counts(nlp, text)] == ["shot"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A woman answered the door and was shot in the face.", ("A woman", "shot", 1)),
        ("A man opened the door and was immediately shot.", ("A man", "shot", 1)),
        ("The gunman fired at deputies and was killed.", ("The gunman", "killed", 1)),
        ("A woman got out of her car and was hit by gunfire.", ("A woman", "shot", 1)),
        ("Ann Lee walked outside and was shot in the leg.", ("Ann Lee", "shot", 1)),
    ],
)
def test_a_passive_harm_after_and_shares_the_active_subject(nlp, text, count):
    assert _counts(nlp, text) == [count]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The suspect fled and was arrested.", []),
        ("The boy tried to run but was caught.", []),
        ("A man shot his wife and fled.", [("his wife", "shot", 1)]),
        ("A girl ran and a man was shot in the arm.", [("a man", "shot", 1)]),
    ],
)
def test_no_gapped_passive_harm_counts_no_active_subject(nlp, text, counts):
    assert _counts(nlp, text) == counts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A woman was sitting on her porch when someone shot her.", ("A woman", "shot", 1)),
        (
            "A man was walking to his car when a gunman shot him in the back.",
            ("A man", "shot", 1),
        ),
        (
            "A man was sitting in his car when gunfire erupted, striking him in the chest.",
            ("A man", "shot", 1),
        ),
        ("The officer chased a man into the alley and shot him.", ("a man", "shot", 1)),
    ],
)
def test_an_object_pronoun_counts_the_person_named_before_it(nlp, text, count):
    assert _counts(nlp, text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        # who did the harm is never the pronoun's person (whom he shot at is: gva3,
        # test_participle_targets.py)
        "Witnesses said a bystander in the crowd shot back, injuring him.",
        "A man threatened to shoot her.",
        "The gunman did not shoot him.",
        # a reporter of it is not the victim
        "A man told police his brother shot him.",
    ],
)
def test_an_object_pronoun_without_its_victim_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
