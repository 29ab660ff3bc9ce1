"""A telegraphic headline's casualties read in general shapes (session 40, branch head;
headline_casualties.py): people of several words, more casualty states, a clause after "after",
"for" or "leaves", active casualty verbs and their objects, "then himself". Invented headlines;
gold README "Implied counts" and "Headlines"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts

_BODY = "\n\nDetectives asked anyone with information to call them.\n"


def _counts(nlp, headline: str) -> list[tuple[str, str, int]]:
    doc = nlp(headline + _BODY)
    return [
        (c.text, c.measure, c.value) for c in find_implied_counts(doc) if c.start < len(headline)
    ]


@pytest.mark.parametrize(
    ("headline", "count"),
    [
        ("Hotel desk clerk shot during holdup", ("Hotel desk clerk", "shot", 1)),
        ("Tow truck driver hurt in Sunday shooting", ("Tow truck driver", "injured", 1)),
        ("Nursing student shot near bus depot", ("Nursing student", "shot", 1)),
        ("Elderly man shot on his front steps", ("Elderly man", "shot", 1)),
        ("Parking Garage Attendant Shot During Robbery", ("Parking Garage Attendant", "shot", 1)),
        ("Young couple shot in parked car", ("Young couple", "shot", 2)),
    ],
)
def test_headline_people_of_several_words_are_counted(nlp, headline, count):
    assert count in _counts(nlp, headline)


@pytest.mark.parametrize(
    ("headline", "count"),
    [
        ("Cousin gunned down outside barbershop", ("Cousin", "killed", 1)),
        ("Neighbor dead after dispute over fence", ("Neighbor", "killed", 1)),
        ("Nephew struck by stray bullet at cookout", ("Nephew", "shot", 1)),
        ("Landlord beaten to death in hallway", ("Landlord", "killed", 1)),
        ("Landlady found beaten to death", ("Landlady", "killed", 1)),
        ("Widowed couple found stabbed to death", ("Widowed couple", "killed", 2)),
        ("Cashier shot, killed in overnight robbery", ("Cashier", "killed", 1)),
        ("Victim identified in Tuesday slaying", ("Victim", "killed", 1)),
    ],
)
def test_headline_casualty_states_are_read(nlp, headline, count):
    assert count in _counts(nlp, headline)


# guards: the words alone count nobody (these pass before the change too)
@pytest.mark.parametrize(
    "headline",
    [
        "Pedestrian struck by pickup on Main Street",
        "Cousin gunned engine before crash",
        "Victim identified after boating trip",
    ],
)
def test_headline_states_need_their_context(nlp, headline):
    assert _counts(nlp, headline) == []


@pytest.mark.parametrize(
    ("headline", "count"),
    [
        ("Woman held after husband stabbed", ("husband", "injured", 1)),
        ("Man jailed after cousin shot at party", ("cousin", "shot", 1)),
        ("Prayers offered for toddler shot in crib", ("toddler", "shot", 1)),
        ("Brawl leaves bouncer critically hurt", ("bouncer", "injured", 1)),
        ("Dispute leaves tenant dead, landlord hurt", ("landlord", "injured", 1)),
    ],
)
def test_headline_clause_after_a_clause_word_counts_its_people(nlp, headline, count):
    assert count in _counts(nlp, headline)


@pytest.mark.parametrize(
    ("headline", "count"),
    [
        ("Preschooler accidentally shoots sibling", ("sibling", "shot", 1)),
        ("Woman stabs boyfriend during argument", ("boyfriend", "injured", 1)),
        ("Troopers shoot, wound armed driver", ("armed driver", "injured", 1)),
        ("Mother kills daughter, then herself", ("herself", "killed", 1)),
    ],
)
def test_headline_active_casualty_verbs_count_their_objects(nlp, headline, count):
    assert count in _counts(nlp, headline)


# guards: a verb after "to" or a modal, or a car's hit, is no casualty
@pytest.mark.parametrize(
    "headline",
    [
        "Man accused of threatening to shoot coworker",
        "Officials say they will kill program",
        "Car hits cyclist on bridge",
    ],
)
def test_headline_unreal_or_other_active_verbs_count_nobody(nlp, headline):
    assert _counts(nlp, headline) == []


@pytest.mark.parametrize(
    ("headline", "count", "not_count"),
    [
        ("Police: Teen killed cousin over video game", ("cousin", "killed", 1), "Teen"),
        ("Cops: Woman shot neighbor during feud", ("neighbor", "shot", 1), "Woman"),
    ],
)
def test_headline_participle_with_an_object_counts_the_object(nlp, headline, count, not_count):
    found = _counts(nlp, headline)
    assert count in found
    assert not any(text == not_count for text, _, _ in found)
