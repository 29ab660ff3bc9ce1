"""The person who has a wound: who suffered, sustained or was treated for it ("The girl sustained
serious injuries to her face"), who is "with" it ("a 13-year-old girl with a gunshot wound",
"A man was found with gunshot wounds"), and whether it was fatal ("suffered fatal injuries").
Pure.

Split from ``implied_predicates.py``, which counts the holder as injured, or killed where the
wound was fatal. Not a holder: "a man with a gun", "a wound to the city's pride", "heard
gunshots", "near-fatal injuries" (not fatal).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.care_arrivals import care_arrival_person, care_arrival_verb
from factcheck.extract.implied.care_receipts import care_taking_verb
from factcheck.extract.implied.carried_wounds import carried_person
from factcheck.extract.implied.coordinated_victims import listed_sufferer
from factcheck.extract.implied.datelines import without_datelines
from factcheck.extract.implied.found_clauses import found_clause_person
from factcheck.extract.implied.harm_participles import participle_mover
from factcheck.extract.implied.hedged_wounds import hedged_wound_place
from factcheck.extract.implied.implied_people import is_noun_or_person
from factcheck.extract.implied.misparsed_people import found_subjects, lying_person
from factcheck.extract.implied.named_victims import PersonNames, is_named
from factcheck.extract.implied.person_shapes import is_age_word
from factcheck.extract.implied.placed_holders import place_holder
from factcheck.extract.implied.relative_people import relative_person
from factcheck.extract.implied.suffering_misparses import misparsed_sufferer
from factcheck.extract.lexicon import (
    BLADE_WOUND_MODIFIERS,
    CASUALTY_PERSON_NOUNS,
    FATAL_WOUND_MODIFIERS,
    FIND_VERBS,
    FOUND_STATE_WORDS,
    GUNSHOT_WOUND_MODIFIERS,
    WOUND_FOUND_VERBS,
    WOUND_HAVING_PAIRS,
    WOUND_HAVING_VERBS,
)


def is_fatal_wound(wound: Token) -> bool:
    """ "fatal injuries", "a fatal gunshot wound", "mortal wounds": a wound that killed (not
    "near-fatal", "non-fatal", "potentially fatal": the modifier alone, no hyphen before it)."""
    return any(
        c.dep_ == "amod"
        and c.lower_ in FATAL_WOUND_MODIFIERS
        and not list(c.children)
        and not (c.i > 0 and c.nbor(-1).text == "-")
        for c in wound.children
    )


# the subject pronouns a wound's holder may be, read as a casualty verb's pronoun subject is
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})


def wound_haver(wound: Token) -> Token | None:
    """The person noun that suffered, sustained or was treated for ``wound``; "who" stands
    for the noun its clause hangs on ("a woman who suffered gunshot wounds")."""
    verb = wound.head.head if wound.dep_ == "pobj" else wound.head
    prep = wound.head.lower_ if wound.dep_ == "pobj" else ""
    hedged = hedged_wound_place(wound)  # "suffering from what appeared to be ..." (impl55)
    if hedged is not None:
        verb, prep = (hedged.head, hedged.lower_) if hedged.dep_ == "prep" else (hedged, "")
    taker = care_taking_verb(wound)
    if taker is not None:
        verb, prep = taker, ""  # "received treatment for minor injuries" (impl56b)
    if prep == "for" and verb.dep_ == "dobj" and verb.head.lemma_.lower() == "treat":
        # "Paramedics treated a man for a gunshot wound": the parse hangs "for" on who is
        # treated (implwide)
        treated = verb.head
        if verb.pos_ == "NOUN" and not any(c.dep_ == "neg" for c in treated.children):
            return verb if _wounded_one(verb) else None
    if prep == "from":
        # "located an adult male suffering from ...", the parse's "suffering" a noun
        # (suffering_misparses.py)
        sufferer = misparsed_sufferer(verb)
        if sufferer is not None:
            return sufferer
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or (
        taker is None
        and WOUND_HAVING_VERBS.get(lemma) != prep
        and (lemma, prep) not in WOUND_HAVING_PAIRS
    ):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects = without_datelines(subjects)  # "ATLANTA — A 16-year-old suffered ..."
    patients = [c for c in verb.children if c.dep_ == "dobj"] if lemma == "treat" else []
    if patients:
        # "Paramedics treated a man for a gunshot wound": who is treated, never who treats
        # (implwide)
        subjects = patients
    if not subjects:
        subjects = found_subjects(verb)  # "A man was found suffering from ..." (impl41)
    if not subjects:
        listed = listed_sufferer(verb)  # "found a man and a woman suffering from ..."
        subjects = [listed] if listed is not None else []
    if not subjects:
        # "showed up at a fire station suffering from stab wounds" (harm_participles.py,
        # implwide; not the noun's own participle: see there)
        held = participle_mover(verb)
        subjects = [held] if held is not None else []
    if not subjects:
        return None
    person = subjects[0]
    if person.lower_ in ("who", "that") and verb.dep_ == "relcl":
        person = relative_person(verb)
    # "A 19-year-old suffered gunshot wounds": an age standing for the person (vocab36)
    # "Ann and Tia each had a single gunshot wound": "had" also tells how the dead died, so a
    # name the tagger mislabels counts only where the wound is suffered or found
    known = lemma != "have"
    if person.tag_ == "PRP" and person.lower_ in _SUBJECT_PRONOUNS:
        # "Officers found a man in an alley. He had multiple gunshot wounds": the pronoun, whose
        # person the count reads as for "He had been shot" (named_victims.find_antecedents,
        # previous_antecedents.py; a pronoun alone counts no one; imp62)
        return person
    return person if _wounded_one(person, known=known) or _age_noun(person) else None


def _wounded_one(person: Token, *, known: bool = True) -> bool:
    """A person noun ("a male and female had gunshot wounds": the tagger may call "male" an
    adjective) or a name ("found Ann Lee suffering from gunshot wounds"); with ``known``, a
    name the article gives a person that the tagger labels something else ("Belford suffered a
    gunshot wound"; impl41)."""
    if person.pos_ == "PROPN" and person.ent_type_ == "PERSON":
        return True
    if known and is_named(person, PersonNames(person.doc)):
        return True
    return person.lemma_.lower() in CASUALTY_PERSON_NOUNS and (
        is_noun_or_person(person) or person.pos_ == "ADJ" and person.dep_ == "nsubj"
    )


def wounded_person(wound: Token) -> Token | None:
    """The person who has ``wound``: "a girl with a gunshot wound", "A man was found with
    gunshot wounds"; not "a man with a gun", "a wound to the city's pride"."""
    # "with gun shots to his hand" (``is_gunshot_wound``)
    gunshots = wound.lemma_.lower() != "wound"
    # "with multiple stab wounds" as "with gunshot wounds" (implvoc)
    kinds = GUNSHOT_WOUND_MODIFIERS | BLADE_WOUND_MODIFIERS
    if not gunshots and not any(c.lower_ in kinds for c in wound.lefts):
        return None
    # "with what appeared to be a gunshot wound": the "with" of the hedge (impl55)
    hedged = hedged_wound_place(wound)
    prep = wound.head if hedged is None else hedged
    if (hedged is None and wound.dep_ != "pobj") or prep.lower_ != "with":
        return None
    holder = prep.head
    if holder.lower_ in FOUND_STATE_WORDS and holder.dep_ in ("amod", "oprd", "acomp", "ccomp"):
        # "found a man unresponsive with gunshot wounds", "was found unconscious with a gunshot
        # wound": the parse hangs "with" on the state; its person or verb holds it, or the
        # subject of the small clause it makes ("found a teen unconscious with ..."; implvoc)
        inner = [c for c in holder.children if c.dep_ == "nsubj"] if holder.dep_ == "ccomp" else []
        holder = inner[0] if inner else holder.head
    # "found a 17-year-old inside the apartment with ...": the parse hangs "with" on the place
    holder = place_holder(holder)
    # "found a man slumped over the wheel with ...": the small clause's person (impl54)
    holder = found_clause_person(holder) or holder
    lying = lying_person(holder)  # "found a man lying in the street with ..." (impl41)
    if lying is not None and lying.i < prep.i:
        holder = lying
    arrival = care_arrival_verb(holder)
    if arrival is not None:
        # "A man showed up at a hospital with a gunshot wound": the parse hangs "with" on the
        # place of care; who came there has the wound (impl42)
        person = care_arrival_person(arrival)
        if person is None or not (_age_noun(person) or _wounded_one(person)):
            return None
        return person
    carried = carried_person(holder)
    if carried is not None:
        # "A woman was taken to Harborview with a gunshot wound" (carried_wounds.py, imp62)
        holder = carried
    elif holder.pos_ in ("VERB", "AUX") and holder.lemma_.lower() in WOUND_FOUND_VERBS:
        # "A man was found with ...", "A boy arrived at the hospital with ...": the subject;
        # "troopers found Ann Lee with ...": who is found (the object), not the finder
        found = [c for c in holder.children if c.dep_ == "dobj"]
        if holder.lemma_.lower() not in FIND_VERBS:
            found = []
        subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
        holder = (found or subjects or [holder])[0]
    if _age_noun(holder):
        return holder  # "found ... and the 16-year-old with a gunshot wound": "old" an adjective
    if holder.pos_ == "PROPN" and _wounded_one(holder):
        return holder  # "Ann Lee was found with a gunshot wound" (impl41)
    if holder.pos_ not in ("NOUN", "PROPN") or holder.lemma_.lower() not in CASUALTY_PERSON_NOUNS:
        return _found_with(prep)
    return holder


def is_gunshot_wound(shots: Token) -> bool:
    """Shots as wounds a person has: "with gun shots to his hand", "with gunshots to the
    chest"; not "heard gunshots", "with shots fired"."""
    lemma = shots.lemma_.lower()
    if lemma not in ("shot", "gunshot"):
        return False
    if lemma == "shot" and not any(c.lower_ == "gun" for c in shots.lefts):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in shots.children)


def _age_noun(token: Token) -> bool:
    """An age standing for a person, which the tagger may call an adjective: "the 16-year-old"
    as an object or a listed one ("old" with "year" before it); not "a 16-year-old boy"."""
    placed = token.dep_ in ("dobj", "conj", "nsubj", "nsubjpass", "appos", "pobj")
    return placed and is_age_word(token)


def _found_with(prep: Token) -> Token | None:
    """The person a finding verb finds "with a gunshot wound" where the parse hangs "with" on a
    place or the finder: "found a woman inside the home with a gunshot wound", "troopers found
    Ann Lee in the driver's seat with a gunshot wound to his head"."""
    head = prep.head
    while head.dep_ in ("pobj", "prep", "advcl", "dobj") and head.lemma_.lower() not in FIND_VERBS:
        if head.dep_ == "advcl" and head.tag_ != "VBN":
            return None  # "... after he arrived at the house with ...": another clause
        head = head.head
    lying = lying_person(head)
    if lying is not None and _wounded_one(lying):
        return lying  # "found a man lying in the roadway with gunshot wounds" (impl41)
    if head.lemma_.lower() not in FIND_VERBS or head.pos_ != "VERB":
        return None
    found = [c for c in head.children if c.dep_ == "dobj"]
    if not found or not _wounded_one(found[0]) or found[0].i > prep.i:
        return None
    return found[0]
