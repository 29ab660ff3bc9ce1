"""The casualty predicates of care: "is listed in critical condition", "was taken to a
hospital". Pure.

Split from ``implied_predicates.py``, which asks ``in_condition_phrase`` and
``sent_for_care`` in its order of shapes and, when one answers, returns what
``condition_casualty`` or ``cared_for_casualty`` give (None included: the shape is this one,
its people are not found). Care said without "condition" or "hospital" ("in intensive care",
"listed as critical") is ``care_states.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.care_objects import carried_people
from factcheck.extract.implied.care_places import into_surgery, to_hospital
from factcheck.extract.implied.casualty_measures import later_death
from factcheck.extract.implied.hurt_states import left_in_condition, state_subjects
from factcheck.extract.implied.implied_people import with_conjuncts
from factcheck.extract.implied.lost_subjects import lost_subject
from factcheck.extract.implied.misparsed_people import joined_subjects
from factcheck.extract.lexicon import CARE_CONDITION_WORDS, CARE_NOUNS, HOSPITAL_VERBS


def in_condition_phrase(token: Token) -> bool:
    """ "critical" in "in critical condition": a care condition on the noun "condition"."""
    return (
        token.lower_ in CARE_CONDITION_WORDS
        and token.dep_ == "amod"
        and token.head.lower_ == "condition"
    )


def condition_casualty(token: Token) -> tuple[str, list[Token], bool] | None:
    """(measure, people, passive) for "her father is listed in critical condition", the
    condition word at ``token`` (``in_condition_phrase``)."""
    prep = token.head.head
    state = prep.head
    if prep.dep_ == "prep" and state.lower_ == "another" and state.dep_ == "conj":
        return "injured", [state], True  # "four are dead and another in critical condition"
    if state.lemma_.lower() in CARE_NOUNS and state.dep_ == "pobj":
        state = state.head.head  # "is still at Mercy Hospital in stable condition"
    if prep.dep_ != "prep" or prep.lower_ != "in" or state.pos_ not in ("VERB", "AUX"):
        return None
    # "The shooting left a man in critical condition": who is left, not who leaves
    left = left_in_condition(state)
    people = state_subjects(state) if left is None else left
    measure = "killed" if later_death(state) else "injured"
    return (measure, with_conjuncts(people[0]), True) if people else None


def sent_for_care(token: Token, lemma: str) -> bool:
    """ "was taken to a local hospital", "went into surgery": a hospital verb with its place."""
    return lemma in HOSPITAL_VERBS and (to_hospital(token) or into_surgery(token))


def cared_for_casualty(token: Token) -> tuple[str, list[Token], bool] | None:
    """(measure, people, passive) for the hospital verb at ``token`` (``sent_for_care``).

    "Another child was taken to a local hospital", "The boy was taken to Mercy Hospital": hurt,
    a claim at each place (gold README, "Repeats"; realgold5, realgold8); "... where he was
    later pronounced dead": the later death wins (``later_death``).
    """
    # "Both the suspect and the child were taken to ...": the parse may give two (vocab38)
    people = joined_subjects(token, ("nsubjpass",))
    # "Medics took a woman to the hospital": the active's object (care_objects.py)
    people = people or carried_people(token)
    lost = None if people else lost_subject(token)  # "... and the victim, 20, was taken"
    people = [lost] if lost is not None else people
    measure = "killed" if later_death(token) else "injured"
    return (measure, [p for s in people for p in with_conjuncts(s)], True) if people else None
