"""The casualty predicates of implied counts: a word that says what happened to some people,
and the people it counts. Pure.

Split from ``implied.py``: ``casualty_predicate`` tries each shape a casualty is said in, in
order, first answer wins: multiples ("a double homicide"), states ("dead", "in critical
condition"), care ("taken to a hospital", "in surgery"), wounds, vocabulary rounds, then a
casualty verb's measure and the people it counts. The parts it asks, one concern each:
``predicate_candidates.py`` (which tokens to ask), ``counted_by_verb.py`` (the people a verb
counts), ``wound_holders.py`` (who has a wound), ``casualty_groups.py`` ("including",
"among", "both of whom"), ``care_predicates.py`` ("in critical condition", "taken to a
hospital"), ``care_places.py`` and ``hurt_objects.py`` (care; "sent ... to the hospital");
``shared_fates.py`` holds "both" floating before the verb and companions after "with" (asked
by ``verb_measures.py`` and ``parsed_counts.py``); ``verb_measures.py`` is the last shape
asked, a casualty verb's own measure.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from factcheck.extract.doctext import doc_text
from factcheck.extract.implied.age_objects import age_object
from factcheck.extract.implied.care_places import is_in_care, to_hospital
from factcheck.extract.implied.care_predicates import (
    cared_for_casualty,
    condition_casualty,
    in_condition_phrase,
    sent_for_care,
)
from factcheck.extract.implied.care_states import in_intensive_care, listed_as_condition
from factcheck.extract.implied.casualty_groups import (
    among_casualties,
    included_casualties,
    is_quantified_relative,
)
from factcheck.extract.implied.casualty_measures import later_death, measure_of
from factcheck.extract.implied.casualty_nouns import (
    is_casualty_modifier,
    multiple_event,
    nominal_event,
)
from factcheck.extract.implied.condition_changes import condition_changed
from factcheck.extract.implied.coordinated_victims import left_hurt_list, listed_wound_holder
from factcheck.extract.implied.copular_victims import copular_victims
from factcheck.extract.implied.counted_by_verb import counted_by_verb
from factcheck.extract.implied.death_phrases import lives_taken
from factcheck.extract.implied.deceased_states import deceased_people
from factcheck.extract.implied.event_compounds import compound_multiple_event
from factcheck.extract.implied.failed_survivals import failed_survivors
from factcheck.extract.implied.found_bodies import owned_body, remains_of
from factcheck.extract.implied.found_victims import found_victim
from factcheck.extract.implied.gapped_states import gapped_participle
from factcheck.extract.implied.gunfire_context import caught_stray_bullet
from factcheck.extract.implied.hurt_objects import hurt_objects, sent_to_hospital
from factcheck.extract.implied.hurt_states import (
    clings_to_life,
    expected_recovery,
    fights_for_life,
    on_life_support,
    treated_in_care,
)
from factcheck.extract.implied.implied_people import is_noun_or_person, with_conjuncts
from factcheck.extract.implied.inflicted_wounds import inflicted_wound
from factcheck.extract.implied.left_states import left_hurt
from factcheck.extract.implied.lucky_survivals import lucky_survivors
from factcheck.extract.implied.misparsed_people import (
    aged_dead,
    dead_coordination,
    lying_hurt,
)
from factcheck.extract.implied.misread_sufferers import misread_sufferer
from factcheck.extract.implied.modified_victims import modified_people
from factcheck.extract.implied.one_of_groups import one_of_casualties
from factcheck.extract.implied.other_means import other_means_measure
from factcheck.extract.implied.person_shapes import is_person_or_age
from factcheck.extract.implied.recovered_victims import recovered_people
from factcheck.extract.implied.relative_people import relative_person, resolve_relatives
from factcheck.extract.implied.self_arrivals import self_arrival
from factcheck.extract.implied.split_transfers import split_transfer_subjects
from factcheck.extract.implied.verb_measures import harm_told_below, verb_measure_predicate
from factcheck.extract.implied.victim_links import victim_casualty
from factcheck.extract.implied.victim_phrases import (
    arrived_victim,
    is_victim_person,
)
from factcheck.extract.implied.wound_holders import (
    is_fatal_wound,
    is_gunshot_wound,
    wound_haver,
    wounded_person,
)
from factcheck.extract.implied.wound_phrases import (
    bleeding_people,
    body_part_owner,
    injuries_owner,
    struck_part_owner,
    suffered_wound_age,
    took_bullet,
)
from factcheck.extract.lexicon import (
    ADJECTIVE_PARTICIPLES,
    CARE_STATE_VERBS,
    CAREGIVER_NOUNS,
    CASUALTY_PERSON_MEASURES,
    CASUALTY_PERSON_NOUNS,
    CONDITION_WORDS,
    DEAD_STATE_WORDS,
    FATAL_MODIFIERS,
    FIND_VERBS,
    FOUND_LIFELESS_WORDS,
    LIST_INCLUDE_WORDS,
    STABBING_VERBS,
    SURVIVAL_VERBS,
    UNDERGO_FORMS,
    WOUND_NOUNS,
)

# Shapes that name the people in a lasting state, asked in this order ``_casualty_predicate``'s
# run of "people = finder(token); if people: return measure" had (same answers): "A 3-year-old
# is fighting for his life" (vocab38), "is clinging to life" (implvoc2), "was upgraded to
# stable condition", "was lucky to survive the shooting" (impl56b), "is expected to be OK",
# "was bleeding from her face" (vdesc40), "The shooting left a man paralyzed" (impl54c), "found
# the bodies of a man and a child", "A man's body was found" (implvoc).
_STATE_FINDERS: tuple[tuple[str, Callable[[Token], list[Token]]], ...] = (
    ("injured", fights_for_life),
    ("injured", clings_to_life),
    ("injured", condition_changed),
    ("injured", lucky_survivors),
    ("injured", expected_recovery),
    ("injured", bleeding_people),
    ("injured", left_hurt),
    ("killed", remains_of),
    ("killed", owned_body),
)


def casualty_predicate(token: Token) -> tuple[str, list[Token], bool] | None:
    """(measure, people, passive) when ``token`` says what happened to some people; a relative
    clause's "who" among the people is the noun it stands for (relative_people.py)."""
    found = _casualty_predicate(token)
    if found is None:
        return None
    measure, people, passive = found
    # "Michael Carter Sr. was shot": the parse may split "Sr." and make its period a second
    # subject; a mark is no one (name_forms.py)
    people = [p for p in people if not p.is_punct] or people
    return measure, resolve_relatives(people), passive


def _casualty_predicate(token: Token) -> tuple[str, list[Token], bool] | None:
    """(measure, people, passive) when ``token`` says what happened to some people."""
    lemma = token.lemma_.lower()
    if token.tag_ == "JJ" and token.dep_ == "acomp" and token.head.lemma_ == "be":
        # "The 24-year-old was slain": the participle tagged an adjective (impl56b)
        lemma = ADJECTIVE_PARTICIPLES.get(token.lower_, lemma)
    multiple = multiple_event(token) or compound_multiple_event(token)  # event_compounds.py
    if multiple:
        return multiple, [token], True  # "a double homicide" = 2 killed
    age_victim = age_object(token)
    if age_victim is not None:
        return age_victim  # "Stray bullet kills 9-year-old" (age_objects.py)
    nominal = nominal_event(token)
    if nominal is not None:
        return nominal
    copular = copular_victims(token)
    if copular is not None:
        return copular[0], copular[1], True  # "The victims were a man and a woman"
    victim = victim_casualty(token) if lemma == "victim" else None
    if victim is not None:
        return victim  # "was the victim of a fatal shooting" (implvoc)
    inflicted = inflicted_wound(token)
    if inflicted is not None:
        return inflicted  # "inflicted a fatal gunshot wound on their son" (impl54)
    if took_bullet(token) or caught_stray_bullet(token):
        # "A man took a bullet to the leg" (wound_phrases.py, implvoc); "caught a stray
        # bullet" (gunfire_context.py, impl54)
        people = [c for c in token.children if c.dep_ == "nsubj" and is_victim_person(c)]
        return ("shot", with_conjuncts(people[0]), True) if people else None
    if token.lower_ == "another" and token.pos_ == "PRON" and token.dep_ == "conj":
        # "a man was shot in the leg, and another in the arm": the verb is gapped
        verb = token.head
        measure = measure_of(verb, verb.lemma_.lower()) if verb.pos_ == "VERB" else None
        if measure and any(c.dep_ == "prep" for c in token.children):
            return measure, [token], True
    if token.dep_ == "relcl" and is_quantified_relative(token):
        # "found a man and a boy, both of whom had been shot", "... three women, all of them dead"
        measure = "killed" if token.lower_ == "dead" else measure_of(token, lemma)
        return (measure, with_conjuncts(token.head), True) if measure else None
    if token.lower_ in LIST_INCLUDE_WORDS:
        listed = included_casualties(token)  # "wounded four people, including a woman"
        if listed is not None:
            return listed
    if token.lower_ == "among" and token.dep_ == "prep":
        return among_casualties(token)  # "her cousin was among those killed"
    if token.lower_ == "one" and token.dep_ == "attr":
        return one_of_casualties(token)  # "her son was one of the people injured" (impl54)
    if (
        token.lower_ in CONDITION_WORDS
        and token.is_title
        and token.i > 0
        and "\n" not in doc_text(token.doc)[: token.idx]
        and token.nbor(-1).lower_ in CASUALTY_PERSON_NOUNS
    ):
        return "injured", [token.nbor(-1)], True  # a headline's "Father Critical"
    if is_casualty_modifier(token):
        # "The surviving victim was taken to ...", "rallying around the injured child"
        measure = "killed" if token.lower_ in FATAL_MODIFIERS else "injured"
        return measure, [token.head], True
    modified = modified_people(token)
    if modified is not None:
        return modified[0], modified[1], True  # "found an injured girl", "The dead man is"
    aged = aged_dead(token)
    if aged:
        return "killed", aged, True  # "Police found a 22-year-old dead" (vocab38)
    if (
        token.lower_ in DEAD_STATE_WORDS
        and token.dep_ in ("amod", "acl")
        and token.head.i < token.i
    ):
        # "left a farmer dead", "discovered a woman, deceased, inside": after its noun, a state;
        # "found a man and a woman dead": the parse hangs it on the last person (vocab38)
        return "killed", dead_coordination(token), True
    if (
        (token.lower_ in DEAD_STATE_WORDS or token.lower_ in FOUND_LIFELESS_WORDS)
        and token.dep_ == "ccomp"
        and token.head.lemma_.lower() in FIND_VERBS
    ):
        # "Deputies found Ann Reed dead of gunshot wounds": the parse makes a small clause;
        # "Officers found a man lifeless on the floor" (implvoc); "found a woman deceased
        # inside" (impl54)
        people = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        return ("killed", with_conjuncts(people[0]), True) if people else None
    if token.pos_ == "ADJ" and token.lower_ in DEAD_STATE_WORDS and token.dep_ in ("acomp", "oprd"):
        # "a mother and her son are dead", "left the suspect dead" ("found dead": the verb)
        verb = token.head
        if verb.lemma_.lower() in ("find", "pronounce"):
            return None
        deps = ("dobj",) if verb.lemma_.lower() == "leave" else ("nsubj", "nsubjpass")
        people = [c for c in verb.children if c.dep_ in deps]
        if people and people[0].tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            # "found the father, Tom Lee, who was deceased": the noun "who" stands for
            noun = relative_person(verb)
            people = [noun] if is_noun_or_person(noun) else []
        return ("killed", with_conjuncts(people[0]), True) if people else None
    deceased = deceased_people(token)
    if deceased:
        # "a female who was deceased", "Ann Lee, 16 – deceased", "deceased victim Tom Lee"
        return "killed", deceased, True  # (deceased_states.py)
    if in_condition_phrase(token):
        return condition_casualty(token)  # "her father is listed in critical condition"
    supported = on_life_support(token)
    if supported:
        return "injured", supported, True  # "The boy remains on life support" (impl41)
    owners = injuries_owner(token)
    if owners:
        return "injured", owners, True  # "Both victims' injuries are superficial" (impl41)
    age = suffered_wound_age(token)
    # "suffered fatal injuries", "a fatal gunshot wound": the person died (implvoc)
    wound_measure = "killed" if is_fatal_wound(token) else "injured"
    if age is not None:
        return wound_measure, [age], True  # "A 19-year-old suffered gunshot wounds" (vocab37)
    sufferer = misread_sufferer(token)
    if sufferer is not None:
        return wound_measure, [sufferer], True  # "A motorist sustained injuries" (impl54c)
    if lemma in WOUND_NOUNS and token.pos_ == "NOUN" and token.dep_ in ("dobj", "pobj", "attr"):
        person = wound_haver(token)  # "The girl sustained serious injuries to her face"
        if person is not None:
            return wound_measure, with_conjuncts(person), True
    if token.pos_ == "NOUN" and (lemma == "wound" or is_gunshot_wound(token)):
        person = wounded_person(token)  # "a 13-year-old girl with a gunshot wound"
        if person is not None:
            # "found a man and a woman with gunshot wounds": the parse hangs "with" on the
            # woman; both are counted (coordinated_victims.py)
            person = listed_wound_holder(person) or person
            return wound_measure, with_conjuncts(person), True
        if lemma == "wound":
            return None
    if lemma in ("send", "leave") and token.pos_ == "VERB":
        # "a shooting that sent a boy and his mother to the hospital", "left a woman with a
        # gunshot wound": someone new, hurt ("sent the victim to ..." re-mentions one)
        people = hurt_objects(token) if lemma == "leave" or sent_to_hospital(token) else []
        people = people or left_hurt_list(token)  # "left a man and a woman wounded"
        if people:
            return "injured", people, True
        if lemma != "leave" or other_means_measure(token, lemma) is None:
            return None  # else "left a clerk for dead": ``measure_of`` below reads it
    arrival = self_arrival(token)  # "Another victim drove himself to a hospital" (impl55)
    if arrival is not None:
        return arrival[0], [arrival[1]], True
    carried = split_transfer_subjects(token)  # "A man was life-flighted to ..." (impl56b)
    if carried and to_hospital(token):
        measure = "killed" if later_death(token) else "injured"
        return measure, [p for s in carried for p in with_conjuncts(s)], True
    if sent_for_care(token, lemma):
        return cared_for_casualty(token)  # "Another child was taken to a local hospital"
    condition_of = listed_as_condition(token)
    if condition_of and is_person_or_age(condition_of[0]):
        return "injured", with_conjuncts(condition_of[0]), True  # "was listed as critical"
    # "A man remains in intensive care", "is in the ICU" (care_states.py, implwide)
    in_care = is_in_care(token) or in_intensive_care(token)
    undergoes = token.lower_ in UNDERGO_FORMS  # "underwent" tagged an adjective (impl56)
    if (lemma in CARE_STATE_VERBS and token.pos_ in ("VERB", "AUX") or undergoes) and in_care:
        # "The girl is still in the hospital", "The child went into emergency surgery"
        people = [c for c in token.children if c.dep_ == "nsubj"]
        if people and people[0].lemma_.lower() not in CAREGIVER_NOUNS:
            return "injured", with_conjuncts(people[0]), True
    if token.dep_ == "neg" and token.head.lemma_.lower() in SURVIVAL_VERBS:
        # "The 22-year-old did not survive": the negation is the death (the verb itself is
        # unreal, ``is_unreal``), counted on the "not"
        verb = token.head
        auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
        if auxes == ["did"]:  # not "will not survive", "might not survive"
            passive, people = counted_by_verb(verb)
            return ("killed", people, True) if people else None
    failed = failed_survivors(token)
    if failed:
        return "killed", failed, True  # "The victim did not make it" (impl56)
    found = found_victim(token)
    if found is not None:
        return found[0], [found[1]], True  # "later found a fourth victim in a ditch"
    recovered = recovered_people(token)
    if recovered and not harm_told_below(token):
        return "injured", recovered, True  # "was released from the hospital", "is recovering"
    arrived = arrived_victim(token)
    if arrived is not None:
        # "A gunshot victim walked into the hospital": a new victim (vocab37)
        stabbed = any(c.lemma_.lower() in STABBING_VERBS for c in arrived.children)
        measure = "injured" if stabbed else CASUALTY_PERSON_MEASURES[arrived.lemma_.lower()]
        return measure, [arrived], True
    # "a man's back was grazed by a bullet" (vocab38), "A bullet grazed a teen's head"
    # (wound_phrases.py, implvoc2)
    owner = body_part_owner(token) or struck_part_owner(token)
    if owner is not None:
        return "shot", [owner], True
    lying = lying_hurt(token)
    if lying is not None:
        return "injured", with_conjuncts(lying), True  # "another person lying wounded" (vocab38)
    for measure, find in _STATE_FINDERS:
        found_people = find(token)
        if found_people:
            return measure, found_people, True
    taken = lives_taken(token)
    if taken is not None:
        return "killed", with_conjuncts(taken), True  # "claimed the life of a 16-year-old"
    if treated_in_care(token):
        people = counted_by_verb(token)[1]  # "A man was treated and released": hurt
        return ("injured", people, True) if people else None
    gapped = gapped_participle(token)
    if gapped is not None:
        return gapped[0], gapped[1], True  # "A man was killed and a woman wounded" (implwide)
    return verb_measure_predicate(token, lemma)
