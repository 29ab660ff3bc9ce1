"""Casualty shapes whose own sentence says what happened, fourth round (session 32, branch vdesc40):
an outlook of recovery ("The baby is expected to be OK": 1 injured), a person bleeding (1 injured),
care "into surgery" (1 injured, as "taken to a hospital"), and the people whose bodies are found or
lie somewhere (killed) (hurt_states.py, wound_phrases.py, found_bodies.py, implied_predicates.py);
objects the count read as no one: "killing her and another woman" (2), "wounding both" (2),
"shooting her parents" (2) (implied_people.py). Invented sentences in several constructions for each
shape, and parallels that count no one; docs/gold-conventions.md "Vocabulary of casualty shapes
(session 29)", gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # "to be OK", a definite re-mention with its own state
        ("The toddler is expected to be OK, police said.", ("The toddler", "injured", 1)),
        # an age standing for the person, "okay" with what hurt the child after it
        (
            "The 3-month-old is expected to be okay after suffering a graze wound.",
            ("The 3-month-old", "injured", 1),
        ),
        # indefinite person, "survive"
        ("A cashier was expected to survive, officers said.", ("A cashier", "injured", 1)),
        # "recover from his wounds"
        (
            "The teenager is expected to recover from his wounds.",
            ("The teenager", "injured", 1),
        ),
        # coordinated people
        (
            "A woman and her son are expected to survive, the sheriff said.",
            ("A woman and her son", "injured", 2),
        ),
        # a name
        (
            "Officer Dana Pruitt is expected to live, the chief said.",
            ("Officer Dana Pruitt", "injured", 1),
        ),
    ],
)
def test_expected_recovery_is_a_person_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # negated: a grave state the sentence does not count here
        "The clerk is not expected to survive the night.",
        # another sense of "live", "fine", "survive"
        "The girl is expected to live with her aunt in Ohio.",
        "The senator is expected to be fine with the new budget deal.",
        "The campaign is expected to survive until March.",
        "Councilman Reed is expected to survive the primary.",
        # who expects is no casualty
        "The mayor expected to recover the costs next year.",
    ],
)
def test_expected_outlook_without_a_person_hurt_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The child was also bleeding from her face.", ("The child", "injured", 1)),
        ("A cyclist was bleeding heavily when deputies arrived.", ("A cyclist", "injured", 1)),
        (
            "Witnesses said a man and a teenager were bleeding on the sidewalk.",
            ("a man and a teenager", "injured", 2),
        ),
    ],
)
def test_a_person_bleeding_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The campaign is bleeding support among young voters.",
        "Party leaders moved to stop the bleeding after the vote.",
        "The retailer has been bleeding cash for two years.",
    ],
)
def test_bleeding_without_a_person_hurt_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Her brother was taken into surgery at Mercy Hospital.", ("Her brother", "injured", 1)),
        ("A guard was rushed into emergency surgery.", ("A guard", "injured", 1)),
        (
            "The boy went home, while his father was taken into surgery.",
            ("his father", "injured", 1),
        ),
    ],
)
def test_taken_into_surgery_is_a_person_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the object of a finding verb, coordinated people
        (
            "Deputies found the bodies of a woman and her daughter in the house.",
            ("a woman and her daughter", "killed", 2),
        ),
        # the passive subject, an age
        ("The body of a 19-year-old was found in a field.", ("a 19-year-old", "killed", 1)),
        # a name, where the body is found
        ("Hikers discovered the body of Lena Marsh near the trail.", ("Lena Marsh", "killed", 1)),
    ],
)
def test_the_people_whose_bodies_are_found_are_killed(nlp, text, count):
    assert count in _counts(nlp, text)


def test_bodies_listed_around_a_figure_count_each_run(nlp):
    """ "the bodies of a man, two women and a small child": the figure is its own claim; the man
    and the child are each an implied count (as realgold14's gold writes them)."""
    counts = _counts(
        nlp, "Chalk marks showed where the bodies of a man, two women and a small child had lain."
    )
    assert ("a man", "killed", 1) in counts
    assert ("a small child", "killed", 1) in counts


@pytest.mark.parametrize(
    "text",
    [
        "Pastors urged the crowd to energize the body of Christ.",
        "A large body of work suggests the program helps.",
        "The student body of the college voted on Monday.",
        "The governing body of the league met in May.",
    ],
)
def test_a_body_that_is_no_remains_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # an object pronoun joined to a person noun, a participle clause
        (
            "Her former boyfriend opened fire in the lobby, killing her and another woman.",
            ("her and another woman", "killed", 2),
        ),
        # a finite verb, the pronoun with an owned person
        (
            "Police said the gunman shot him and his girlfriend.",
            ("him and his girlfriend", "shot", 2),
        ),
        # "wounding both", an object that is a pair
        ("The suspect fired at two deputies, wounding both.", ("both", "injured", 2)),
        ("A man opened fire on the couple, killing both.", ("both", "killed", 2)),
        # owned parents are two people
        ("He is charged with shooting her parents.", ("her parents", "shot", 2)),
        ("Deputies said the teen killed his parents.", ("his parents", "killed", 2)),
    ],
)
def test_a_pronoun_pair_or_parents_as_object_are_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun alone counts no one
        "Police said the gunman shot him in the leg.",
        # the figure is its own claim
        "Nobody knows who shot him and the three other men.",
        # no casualty verb
        "The coach praised her and another player.",
        "The mayor thanked both.",
    ],
)
def test_a_pronoun_alone_or_beside_a_figure_is_not_counted_by_the_pair(nlp, text):
    assert all(value != 2 and value != 4 for _, _, value in _counts(nlp, text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A 22-year-old relative was shot dead outside the house.",
            ("A 22-year-old relative", "killed", 1),
        ),
        ("The homeowner shot an intruder in the kitchen.", ("an intruder", "shot", 1)),
        ("The clerk shot and killed the robber.", ("the robber", "killed", 1)),
        ("An armed burglar was wounded by the homeowner.", ("An armed burglar", "injured", 1)),
        ("The assailant was killed by police.", ("The assailant", "killed", 1)),
        ("Officers said the attacker was shot by a guard.", ("the attacker", "shot", 1)),
    ],
)
def test_relatives_and_the_people_a_defender_shoots_are_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Relatives said the family was grieving.",
        "A relative of the victim said he was a kind man.",
        "The robber fled with the cash.",
        "Police are searching for the attacker.",
    ],
)
def test_relatives_and_attackers_without_a_casualty_are_not_counted(nlp, text):
    assert _counts(nlp, text) == []
