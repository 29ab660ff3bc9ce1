"""Vocabulary of casualty shapes, seventh round (session 48, branch implvoc): words a local crime
reporter writes for a killing, a shooting or a wound (death_phrases.py, victim_phrases.py,
wound_phrases.py, misparsed_people.py and casualty_measures.measure_of): "beaten to death", "was the
victim of a fatal shooting", "a homicide victim", "took a bullet to the leg", "fatally struck by a
bullet", "was slain" (misparsed), "assassinated", "executed", "perished", "passed away", "found
lifeless", "stab wounds", "a slain teen", "found fatally shot". Invented sentences in several
constructions for each, and parallels that count no one; docs/gold-conventions.md "Vocabulary of
casualty shapes (session 29)", gold README "Implied counts"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man was beaten to death in an alley.", ("A man", "killed", 1)),
        ("A man was bludgeoned to death with a hammer.", ("A man", "killed", 1)),
        ("A woman was choked to death by her husband.", ("A woman", "killed", 1)),
        ("He strangled a woman to death.", ("a woman", "killed", 1)),
        ("A man was mauled to death.", ("A man", "killed", 1)),
        ("A man who was beaten to death last week was identified.", ("A man", "killed", 1)),
    ],
)
def test_a_violent_verb_with_to_death_is_a_killing(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The incumbent was beaten by a challenger.",
        "I was bored to death by the speech.",
        "The fans were scared to death.",
    ],
)
def test_beaten_or_an_idiom_of_death_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A woman was the victim of a fatal shooting.", ("A woman", "killed", 1)),
        ("A man fell victim to a shooting on Elm Street.", ("A man", "shot", 1)),
        ("Ann Lee fell victim to a drive-by shooting.", ("Ann Lee", "shot", 1)),
        ("A teen became the latest victim of a stabbing.", ("A teen", "injured", 1)),
        ("Tom Lee was the victim of a homicide.", ("Tom Lee", "killed", 1)),
    ],
)
def test_the_victim_of_a_casualty_event_has_its_measure(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A homicide victim was found in a field.", ("A homicide victim", "killed", 1)),
        ("A murder victim was identified Tuesday as Ann Lee.", ("A murder victim", "killed", 1)),
        ("Deputies found a homicide victim in the woods.", ("a homicide victim", "killed", 1)),
    ],
)
def test_a_new_victim_named_by_a_killing_is_killed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A woman was the victim of fraud.",
        "The senator was the victim of a smear campaign.",
        "Police identified the murder victim as Ann Lee.",
        "A man was not the victim of a shooting.",
    ],
)
def test_a_victim_of_no_casualty_or_named_again_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man took a bullet to the leg during the robbery.", ("A man", "shot", 1)),
        ("A guard caught a round in the shoulder.", ("A guard", "shot", 1)),
        (
            "The child that was standing near the door took a round to the head.",
            ("The child", "shot", 1),
        ),
    ],
)
def test_a_person_who_takes_a_bullet_in_the_body_is_shot(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The soldier took a bullet for his friend.",
        "The quarterback took a shot at the mayor.",
    ],
)
def test_taking_a_bullet_as_an_idiom_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A boy was hit by a pickup truck on Elm Street.",
        "Police said the shooter was struck by a vehicle while fleeing.",
    ],
)
def test_a_person_struck_by_a_vehicle_counts_no_one(nlp, text):
    # implied counts are gun casualties (test_verify_implied: "hit by a car" counts no one)
    assert _counts(nlp, text) == []


def test_a_thing_struck_by_a_vehicle_counts_no_one(nlp):
    assert _counts(nlp, "The car was hit by a truck.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "A pedestrian was fatally struck by a bullet on Main Street.",
            ("A pedestrian", "killed", 1),
        ),
        ("A man was struck by a bullet and killed.", ("A man", "killed", 1)),
    ],
)
def test_a_fatal_hit_by_gunfire_is_a_killing(nlp, text, count):
    assert count in _counts(nlp, text)


def test_a_joined_clause_with_its_own_was_keeps_the_first_hit(nlp):
    text = "A girl was hit by a bullet and Tom Lee, 22, was shot dead in a yard."
    assert ("A girl", "shot", 1) in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A teen was slain near the park.", ("A teen", "killed", 1)),
        ("Police said a teen was slain Friday.", ("a teen", "killed", 1)),
        ("Tom Lee was slain near the park.", ("Tom Lee", "killed", 1)),
    ],
)
def test_slain_read_as_the_copulas_complement_is_the_passive(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man was assassinated outside his office.", ("A man", "killed", 1)),
        ("A man was executed in front of his home, police said.", ("A man", "killed", 1)),
        ("The gunman executed a store clerk.", ("a store clerk", "killed", 1)),
    ],
)
def test_assassinated_or_executed_person_is_killed(nlp, text, count):
    assert count in _counts(nlp, text)


def test_an_executed_warrant_counts_no_one(nlp):
    assert _counts(nlp, "Officers executed a search warrant at the home of a man.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A woman perished in the fire that followed the shooting.", ("A woman", "killed", 1)),
        ("A man who perished in the attack was a nurse.", ("A man", "killed", 1)),
        ("A man passed away from his injuries.", ("A man", "killed", 1)),
        ("A teen passed away at the hospital on Sunday.", ("A teen", "killed", 1)),
    ],
)
def test_perished_or_passed_away_is_a_death(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Many businesses perished in the recession.", "A senator passed the bill on Sunday."],
)
def test_perish_or_pass_of_no_person_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A woman was found lifeless in the driveway.", ("A woman", "killed", 1)),
        ("Officers found a man lifeless on the floor.", ("a man", "killed", 1)),
        ("A man was found fatally shot in his car.", ("A man", "killed", 1)),
    ],
)
def test_a_person_found_lifeless_or_fatally_shot_is_killed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man was found with multiple stab wounds.", ("A man", "injured", 1)),
        ("Police found a woman with a knife wound to the arm.", ("a woman", "injured", 1)),
        ("A teen arrived at the hospital with stab wounds.", ("A teen", "injured", 1)),
    ],
)
def test_a_person_with_stab_wounds_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Friends gathered to remember a slain teen on Sunday.", ("a slain teen", "killed", 1)),
        ("A deceased man was found in a car.", ("A deceased man", "killed", 1)),
        ("Hunters found a murdered woman in the woods.", ("a murdered woman", "killed", 1)),
    ],
)
def test_an_indefinite_person_modified_as_killed_is_killed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man suffered fatal injuries in the crash.", ("A man", "killed", 1)),
        ("A man suffered a fatal gunshot wound to the head.", ("A man", "killed", 1)),
        ("Police found a man with a fatal gunshot wound.", ("a man", "killed", 1)),
        ("A woman sustained mortal wounds in the attack.", ("A woman", "killed", 1)),
    ],
)
def test_a_fatal_wound_is_a_killing(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A man suffered near-fatal injuries.",
        "A man suffered non-fatal injuries.",
        "A man suffered potentially fatal injuries.",
    ],
)
def test_a_wound_not_said_fatal_stays_injured(nlp, text):
    assert ("A man", "injured", 1) in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man's body was found in the river.", ("A man", "killed", 1)),
        ("Police discovered a woman's body in a field.", ("a woman", "killed", 1)),
        ("The remains of a woman were found in the woods.", ("a woman", "killed", 1)),
        (
            "The remains of a man and a woman were recovered from the fire.",
            ("a man and a woman", "killed", 2),
        ),
    ],
)
def test_the_owner_of_a_body_or_remains_found_is_killed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The man's body was found in the river.",
        "A woman's body language changed.",
        "The remains of the day were quiet.",
        "Crews found the remains of a house.",
    ],
)
def test_a_body_named_again_or_no_persons_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Man assassinated outside office\nPolice are investigating.", ("Man", "killed", 1)),
        ("Hiker perishes in fire\nCrews are investigating.", ("Hiker", "killed", 1)),
        ("Woman found lifeless in home\nPolice are investigating.", ("Woman", "killed", 1)),
    ],
)
def test_a_headlines_new_casualty_words_count_its_people(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Man stabbed his wife, police say\nThe vote was close.", [("his wife", "injured", 1)]),
        ("Senator assassinated the bill, critics say\nThe vote was close.", []),
    ],
)
def test_a_headline_participle_with_an_object_is_active(nlp, text, counts):
    assert _counts(nlp, text) == counts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A teen was left with serious injuries.", ("A teen", "injured", 1)),
        ("A woman was left with a gunshot wound to the leg.", ("A woman", "injured", 1)),
        ("A boy was sent to the hospital with a gunshot wound.", ("A boy", "injured", 1)),
    ],
)
def test_a_passive_left_or_sent_with_a_wound_is_hurt(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text", ["A man was left with a note.", "The man was left with serious injuries."]
)
def test_left_with_no_wound_or_named_again_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A man was knifed outside a bar.", ("A man", "injured", 1)),
        ("A robber knifed a clerk.", ("a clerk", "injured", 1)),
        ("A man was knifed to death.", ("A man", "killed", 1)),
    ],
)
def test_knifed_is_stabbed(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Deputies found a man unresponsive with gunshot wounds.", ("a man", "injured", 1)),
        (
            "Officers found a woman unresponsive with multiple gunshot wounds in the kitchen.",
            ("a woman", "injured", 1),
        ),
        ("Police found a teen unconscious with a gunshot wound.", ("a teen", "injured", 1)),
    ],
)
def test_a_state_between_the_person_found_and_the_wound_keeps_the_wound(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A woman was found unresponsive in her home.",
        "Officers found a man unresponsive.",
        "A doctor familiar with gunshot wounds testified.",
    ],
)
def test_found_unresponsive_without_a_wound_counts_no_one(nlp, text):
    assert _counts(nlp, text) == []
