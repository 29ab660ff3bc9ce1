"""Vocabulary of casualty shapes, eighth round (session 49, branch implvoc2): harm by other
means a local crime reporter writes (other_means.py, modified_victims.py, lexicon
STABBING_VERBS and HEADLINE_VOCAB_CASUALTY): "was strangled", "slashed", "pistol-whipped",
"paralyzed by gunfire", "left for dead", "drowned her son", "caught in the crossfire", "riddled
with bullets", "clinging to life", "the family of a murdered woman". Invented sentences in
several constructions for each, and parallels that count no one; docs/gold-conventions.md
"Vocabulary of casualty shapes (session 29)", gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A woman was strangled in her apartment.", ("A woman", "killed", 1)),
        ("Police said a man was strangled during a robbery.", ("a man", "killed", 1)),
        ("A woman who was strangled in her home was identified.", ("A woman", "killed", 1)),
        ("Woman strangled in her home\nPolice are investigating.", ("Woman", "killed", 1)),
    ],
)
def test_a_person_strangled_is_killed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the active may be an assault the victim survived
        "The suspect strangled his girlfriend, police said.",
        "The new rules strangled the industry.",
        "The unions have a stranglehold on the party.",
    ],
)
def test_an_active_or_figurative_strangling_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man was slashed with a box cutter.", ("A man", "injured", 1)),
        ("A man was slashed in the face during a fight.", ("A man", "injured", 1)),
        ("The suspect slashed a clerk with a knife.", ("a clerk", "injured", 1)),
        ("Man slashed outside bar\nPolice are looking for a suspect.", ("Man", "injured", 1)),
    ],
)
def test_a_person_slashed_is_injured_as_stabbed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The council slashed the budget by half.",
        "Vandals slashed the tires of a police car.",
        "The governor slashed taxes for small businesses.",
    ],
)
def test_slashing_a_thing_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


def test_a_person_pistol_whipped_is_injured(nlp):
    assert ("A man", "injured", 1) in _counts(nlp, "A man was pistol-whipped during the robbery.")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A teen was paralyzed by gunfire last year.", ("A teen", "shot", 1)),
        ("A woman whose son was paralyzed by a bullet spoke.", ("son", "shot", 1)),
        ("A man was paralyzed in a shooting in 2015.", ("A man", "shot", 1)),
    ],
)
def test_a_person_paralyzed_by_gunfire_was_shot(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Trump team appeared paralyzed by the news.",
        "The city was paralyzed by the snowstorm.",
        "A driver was paralyzed in a crash.",
    ],
)
def test_a_paralysis_without_gunfire_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man was beaten and left for dead in an alley.", ("A man", "injured", 1)),
        ("Robbers left a clerk for dead behind the counter.", ("a clerk", "injured", 1)),
        # the shooting keeps its own measure
        ("A woman was shot and left for dead.", ("A woman", "shot", 1)),
    ],
)
def test_a_person_left_for_dead_is_injured(nlp, text, count):
    assert count in _counts(nlp, text)


def test_a_company_left_for_dead_counts_no_one(nlp):
    assert _counts(nlp, "The company was left for dead by investors.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The mother drowned her infant son, prosecutors said.", ("her infant son", "killed", 1)),
        ("A girl was drowned by her father, police said.", ("A girl", "killed", 1)),
    ],
)
def test_a_person_someone_drowned_is_killed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # an accident, as a car strike (test_implvoc48)
        "A man drowned in the river after fleeing police.",
        "Their voices drowned out the traffic.",
    ],
)
def test_a_drowning_by_no_one_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A 7-year-old girl was caught in the crossfire.", ("A 7-year-old girl", "shot", 1)),
        ("A man was riddled with bullets.", ("A man", "shot", 1)),
        # the conjunct says what the gunfire did
        ("A bystander was caught in the crossfire and killed.", ("A bystander", "killed", 1)),
    ],
)
def test_a_person_caught_in_gunfire_or_riddled_with_bullets_was_shot(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The hikers were caught in the rain.",
        "The report was riddled with errors.",
    ],
)
def test_caught_or_riddled_without_gunfire_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A teen is clinging to life after the shooting.", ("A teen", "injured", 1)),
        ("The shooting left a woman clinging to life.", ("a woman", "injured", 1)),
        ("A toddler was clinging to life at Mercy Hospital.", ("A toddler", "injured", 1)),
    ],
)
def test_a_person_clinging_to_life_is_injured(nlp, text, count):
    assert count in _counts(nlp, text)


def test_a_company_clinging_to_life_counts_no_one(nlp):
    assert _counts(nlp, "The company is clinging to life after the merger.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The family of a murdered woman asked for help.", ("a murdered woman", "killed", 1)),
        (
            "The father of a slain soldier spoke at the convention.",
            ("a slain soldier", "killed", 1),
        ),
        ("Friends of a slain teen gathered at the park.", ("a slain teen", "killed", 1)),
        ("A slain teen's mother called for justice.", ("A slain teen", "killed", 1)),
    ],
)
def test_a_new_person_killed_named_by_kin_is_killed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the definite re-mentions one counted already
        "The family of the slain officer spoke Monday.",
        "The killing of a slain man's dog was a mystery.",
    ],
)
def test_a_definite_or_no_kin_owner_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Also caught in the gunfire were a clerk and a customer.",
            ("a clerk and a customer", "shot", 2),
        ),
        ("Also caught in the crossfire was a 12-year-old boy.", ("a 12-year-old boy", "shot", 1)),
    ],
)
def test_an_inverted_caught_in_the_gunfire_lists_the_shot(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A bullet grazed a teen's head.", ("a teen", "shot", 1)),
        ("A stray bullet struck a woman's leg as she walked home.", ("a woman", "shot", 1)),
        ("Gunfire hit a 9-year-old's arm.", ("a 9-year-old", "shot", 1)),
    ],
)
def test_gunfire_that_hit_a_persons_body_part_shot_its_owner(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A ball struck the boy's head.",
        "The bullet hit the car's door.",
        "Gunfire struck a deputy's vest.",
    ],
)
def test_a_thing_or_no_gunfire_hitting_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("One round was fired, hitting both people.", ("both people", "shot", 2)),
        ("He fired twice, hitting both people.", ("both people", "shot", 2)),
        ("Both people were taken to a hospital.", ("Both people", "injured", 2)),
        ("The gunman killed both people.", ("both people", "killed", 2)),
    ],
)
def test_both_people_are_two(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A gunman sprayed a car with bullets, hitting a woman inside.", ("a woman", "shot", 1)),
        (
            "The gunman sprayed the house with gunfire, striking a 6-year-old.",
            ("a 6-year-old", "shot", 1),
        ),
        ("He opened fire on the crowd, striking a 17-year-old.", ("a 17-year-old", "shot", 1)),
    ],
)
def test_a_spray_of_bullets_or_an_age_struck_in_a_firing_clause_is_shot(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The crew sprayed the wall with paint, hitting a man.",
        "Several people were hurt, but both people in the car were fine.",
    ],
)
def test_a_spray_without_gunfire_or_both_people_unhurt_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
