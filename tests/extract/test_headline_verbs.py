"""A headline's casualty after its verb (headline_verbs.py, session 53): "Family mourns man shot
to death", "Coroner IDs victim of fatal shooting", "Police find gunshot victim in street"; and
a headline participle with an object pronoun is active ("Woman shot her husband": she is no
casualty). Invented headlines; gold README "Implied counts" and "Headlines"."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.headline_casualties import find_headline_casualties
from factcheck.extract.implied.implied import find_implied_counts

BODY = "\nPolice are investigating."


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("headline", "count"),
    [
        ("Family mourns man shot to death", ("man", "killed", 1)),
        ("Family mourns man shot and killed", ("man", "killed", 1)),
        ("Coroner identifies man shot to death", ("man", "killed", 1)),
        ("Family mourns man shot outside bar", ("man", "shot", 1)),
        ("Neighbors mourn teen fatally shot", ("teen", "killed", 1)),
        ("Classmates remember girl killed in crossfire", ("girl", "killed", 1)),
    ],
)
def test_the_people_after_a_headline_verb_are_its_casualty(nlp, headline, count):
    assert count in _counts(nlp, headline + BODY)


@pytest.mark.parametrize(
    ("headline", "count"),
    [
        ("Coroner IDs victim of fatal shooting", ("victim", "killed", 1)),
        ("Police find gunshot victim in street", ("gunshot victim", "shot", 1)),
        ("Gunshot victim found in street", ("Gunshot victim", "shot", 1)),
        ("Deputies find stabbing victim near river", ("stabbing victim", "injured", 1)),
    ],
)
def test_a_victim_named_by_the_harm_in_a_headline_is_counted(nlp, headline, count):
    assert count in _counts(nlp, headline + BODY)


@pytest.mark.parametrize(
    "headline",
    [
        "Woman says man shot her",
        "Man charged after girlfriend shot him",
        "Jury finds man guilty of fraud",
        "Police seek man wanted for robbery",
        "Mayor names victim advocate to board",
        "Coroner IDs victim of fatal crash",
    ],
)
def test_no_casualty_where_the_people_did_the_harm_or_none_was_done(nlp, headline):
    counts = _counts(nlp, headline + BODY)
    assert not any(
        text in ("man", "girlfriend", "victim", "victim advocate") for text, *_ in counts
    )


@pytest.mark.parametrize("headline", ["Woman shot her husband", "Man stabbed him in fight"])
def test_a_headline_participle_with_an_object_pronoun_is_no_casualty_of_its_people(nlp, headline):
    # the headline reader no longer counts the doer; the object is the parse's count
    assert list(find_headline_casualties(nlp(headline + BODY))) == []


@pytest.mark.parametrize(
    ("headline", "count"),
    [
        ("Suspect arrested in shooting death of 17-year-old", ("17-year-old", "killed", 1)),
        ("Man held in stabbing death of 16-year-old", ("16-year-old", "killed", 1)),
        ("Man charged in shooting death of wife, son", ("wife, son", "killed", 2)),
    ],
)
def test_the_people_after_a_headline_death_of_were_killed(nlp, headline, count):
    # headline_phrases.LIFE_CLAIMED, as "claims life of"
    assert count in _counts(nlp, headline + BODY)


@pytest.mark.parametrize(
    "headline", ["Murder of democracy feared", "Killing of bill angers unions"]
)
def test_a_death_of_no_person_counts_no_one(nlp, headline):
    assert _counts(nlp, headline + BODY) == []
