"""The casualty predicates of implied counts: a word that says what happened to some people,
and the people it counts. Pure.

Split from ``implied.py``: subjects and objects of casualty verbs, reduced and relative clauses,
states ("dead", "in critical condition"), care ("taken to a hospital", "in surgery"), wounds,
lists after "including", "both" floating before the verb, companions after "with".
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from factcheck.extract.doctext import doc_text
from factcheck.extract.implied.addressed_victims import is_addressed_name
from factcheck.extract.implied.age_objects import age_object
from factcheck.extract.implied.among_headlines import headline_among
from factcheck.extract.implied.care_arrivals import care_arrival_person, care_arrival_verb
from factcheck.extract.implied.care_objects import carried_people
from factcheck.extract.implied.care_states import in_intensive_care, listed_as_condition
from factcheck.extract.implied.casualty_measures import (
    is_casualty_modifier,
    is_unreal,
    later_death,
    measure_of,
    multiple_event,
    nominal_event,
)
from factcheck.extract.implied.casualty_vocab import lives_taken, treated_in_care
from factcheck.extract.implied.casualty_vocab2 import (
    arrived_victim,
    dies_after,
    dies_in_clause,
    dying_clause_subjects,
    suffered_wound_age,
)
from factcheck.extract.implied.casualty_vocab3 import (
    aged_dead,
    body_part_owner,
    dead_coordination,
    fights_for_life,
    joined_subjects,
    lying_hurt,
)
from factcheck.extract.implied.casualty_vocab4 import bleeding_people, expected_recovery, remains_of
from factcheck.extract.implied.casualty_vocab5 import (
    found_subjects,
    injuries_owner,
    lying_person,
    on_life_support,
)
from factcheck.extract.implied.casualty_vocab6 import left_in_condition
from factcheck.extract.implied.casualty_vocab7 import (
    fatal_victim,
    is_victim_person,
    misread_passive,
    owned_body,
    took_bullet,
    victim_of_event,
)
from factcheck.extract.implied.casualty_vocab8 import (
    OTHER_MEANS_LEMMAS,
    clings_to_life,
    other_means_measure,
    struck_part_owner,
)
from factcheck.extract.implied.coordinated_victims import (
    left_hurt_list,
    listed_sufferer,
    listed_wound_holder,
)
from factcheck.extract.implied.copular_victims import copular_victims
from factcheck.extract.implied.deceased_states import deceased_people
from factcheck.extract.implied.event_compounds import compound_multiple_event
from factcheck.extract.implied.found_victims import found_victim
from factcheck.extract.implied.gapped_passives import gapped_passive
from factcheck.extract.implied.gapped_states import gapped_participle
from factcheck.extract.implied.harm_participles import participle_mover
from factcheck.extract.implied.impact_clauses import fired_impact
from factcheck.extract.implied.implied_people import (
    OWNERS,
    hyphen_piece,
    is_indefinite,
    is_listed_pronoun,
    is_noun_or_person,
    is_twins,
    with_conjuncts,
)
from factcheck.extract.implied.instrument_use import used_to_harm
from factcheck.extract.implied.lost_subjects import lost_subject
from factcheck.extract.implied.misread_relatives import (
    misread_relative_died,
    misread_relative_person,
)
from factcheck.extract.implied.modified_victims import modified_people
from factcheck.extract.implied.named_victims import PersonNames, is_lone_name_word, is_named
from factcheck.extract.implied.person_shapes import is_age_word, is_person_or_age
from factcheck.extract.implied.recovered_victims import recovered_people
from factcheck.extract.implied.relative_people import relative_person, resolve_relatives
from factcheck.extract.implied.reported_relatives import reported_relative
from factcheck.extract.implied.victim_names import is_aged_name_shape
from factcheck.extract.lexicon import (
    AGE_UNITS,
    ARRIVAL_VERBS,
    BLADE_WOUND_MODIFIERS,
    BLEEDING_VERBS,
    BULLET_TAKING_VERBS,
    CARE_CONDITION_WORDS,
    CARE_NOUNS,
    CARE_STATE_VERBS,
    CAREGIVER_NOUNS,
    CASUALTY_GROUP_MEASURES,
    CASUALTY_MODIFIERS,
    CASUALTY_PERSON_MEASURES,
    CASUALTY_PERSON_NOUNS,
    CASUALTY_VERBS,
    CONDITION_WORDS,
    DEAD_STATE_WORDS,
    DEATH_MANNER_VERBS,
    DEATH_PHRASE_VERBS,
    EVENT_MULTIPLES,
    FATAL_MODIFIERS,
    FATAL_WOUND_MODIFIERS,
    FIND_VERBS,
    FOUND_LIFELESS_WORDS,
    FOUND_STATE_WORDS,
    GUNSHOT_WOUND_MODIFIERS,
    HOSPITAL_ABBREVIATIONS,
    HOSPITAL_NAME_WORDS,
    HOSPITAL_VERBS,
    HOSPITAL_WARDS,
    HURT_MODIFIERS,
    IMPACT_VERBS,
    INTRANSITIVE_CASUALTY_VERBS,
    KILLING_VERBS,
    KILLING_VOCAB_VERBS,
    LIFE_FIGHT_VERBS,
    LIFE_TAKING_VERBS,
    LIST_INCLUDE_WORDS,
    NOMINAL_AGENTS,
    NOMINAL_EVENTS,
    NOMINAL_HARMS,
    OUTLOOK_VERBS,
    PASSING_AWAY,
    PERISH_VERBS,
    PHRASAL_CASUALTY_VERBS,
    RECOVERY_VERBS,
    RELATIVE_QUANTIFIED,
    RELATIVE_QUANTIFIERS,
    RELEASE_VERBS,
    REMAINS_NOUNS,
    STABBING_VERBS,
    STAYING_AUXILIARIES,
    SURVIVAL_VERBS,
    WOUND_FOUND_VERBS,
    WOUND_HAVING_PAIRS,
    WOUND_HAVING_VERBS,
    WOUND_NOUNS,
)
from factcheck.extract.token_index import tokens_with_dep, tokens_with_lemma, tokens_with_lower

# Every branch of ``casualty_predicate`` that can answer needs the token's own word to be one
# of these (its lowercase form) or its lemma one of the next, or the token to be a "not":
# the multiple ("double"), "another", "among", the "including" list, a condition ("Father
# Critical", "in critical condition"), the modifiers (``is_casualty_modifier``: injured,
# wounded, surviving, deceased; ``modified_people``: dead, injured, wounded), the states
# ("dead", "deceased"); a relative clause on "both of whom" answers only for "dead" or a verb
# ``measure_of`` knows. Only these tokens are asked (``casualty_candidates``).
_PREDICATE_WORDS = frozenset(
    {"another", "among", "dead", "support"}  # casualty_vocab5.py: "on life support" (impl41)
    | EVENT_MULTIPLES.keys()
    | LIST_INCLUDE_WORDS
    | CONDITION_WORDS
    | CARE_CONDITION_WORDS
    | CASUALTY_MODIFIERS
    | FATAL_MODIFIERS
    | HURT_MODIFIERS
    | DEAD_STATE_WORDS
    | FOUND_LIFELESS_WORDS  # casualty_measures.py: "found lifeless" (implvoc)
)
# the lemmas: ``nominal_event`` (NOMINAL_EVENTS, NOMINAL_AGENTS), wounds (WOUND_NOUNS, "wound", ``_gunshots``'
# "shot"/"gunshot"), "send"/"leave", HOSPITAL_VERBS, CARE_STATE_VERBS, ``found_victim``
# (FIND_VERBS), ``recovered_people`` (RECOVERY_VERBS, RELEASE_VERBS), every verb
# ``measure_of`` knows (phrasal, KILLING_VERBS, CASUALTY_VERBS, "shoot", "find", "pronounce",
# IMPACT_VERBS, "hurt", "survive") and ``fired_impact`` (IMPACT_VERBS)
_PREDICATE_LEMMAS = frozenset(
    {"wound", "shot", "gunshot", "send", "leave", "shoot", "find", "pronounce", "hurt", "survive"}
    | NOMINAL_EVENTS.keys()
    | NOMINAL_AGENTS.keys()
    | NOMINAL_HARMS.keys()
    | WOUND_NOUNS
    | HOSPITAL_VERBS
    | CARE_STATE_VERBS
    | FIND_VERBS
    | RECOVERY_VERBS
    | RELEASE_VERBS
    | {lemma for lemma, _ in PHRASAL_CASUALTY_VERBS}
    | KILLING_VERBS.keys()
    | CASUALTY_VERBS.keys()
    | IMPACT_VERBS
    # casualty_vocab.py: "succumbed", "lost his life", "claimed the life of", "stabbed",
    # "was treated and released"
    | DEATH_PHRASE_VERBS
    | LIFE_TAKING_VERBS
    | STABBING_VERBS.keys()
    | {"treat"}
    # casualty_vocab2.py: "A gunshot victim arrived at the hospital" (vocab37)
    | ARRIVAL_VERBS
    # casualty_vocab3.py: "A 3-year-old is fighting for his life" (vocab38)
    | LIFE_FIGHT_VERBS
    # casualty_vocab4.py: "is expected to survive", "was bleeding", "the bodies of" (vdesc40)
    | OUTLOOK_VERBS
    | BLEEDING_VERBS
    | REMAINS_NOUNS
    # copular_victims.py: "The victims were her father and her sister" (gva3)
    | {"victim"}
    # casualty_vocab7.py: "was assassinated", "a woman perished", "beaten to death", "took a
    # bullet to the leg" (implvoc)
    | KILLING_VOCAB_VERBS.keys()
    | PERISH_VERBS
    | DEATH_MANNER_VERBS
    | BULLET_TAKING_VERBS
    | {PASSING_AWAY[0]}
    # casualty_vocab8.py: "was strangled", "pistol-whipped", "left for dead" (implvoc2)
    | OTHER_MEANS_LEMMAS
)

# verbs whose subject alone is counted: "Both victims survived", "a man succumbed to his
# injuries", "lost his life" (casualty_vocab.py)
# "a woman perished", "passed away" (implvoc)
# "A man bled to death" (implwide: "bleed" counts only with "to death", ``beaten_to_death``)
_SUBJECT_COUNTED_VERBS = (
    INTRANSITIVE_CASUALTY_VERBS
    | DEATH_PHRASE_VERBS
    | PERISH_VERBS
    | {PASSING_AWAY[0]}
    | BLEEDING_VERBS
)


def casualty_candidates(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` ``casualty_predicate`` may answer for, in text order: the same
    answers as asking every token, without making a Token of each (speedB)."""
    found = {
        t.i: t
        for t in [
            *tokens_with_lower(doc, _PREDICATE_WORDS),
            *tokens_with_lemma(doc, _PREDICATE_LEMMAS),
            *tokens_with_dep(doc, "neg"),  # "did not survive"
        ]
    }
    return [found[i] for i in sorted(found)]


def casualty_predicate(token: Token) -> tuple[str, list[Token], bool] | None:
    """(measure, people, passive) when ``token`` says what happened to some people; a relative
    clause's "who" among the people is the noun it stands for (relative_people.py)."""
    found = _casualty_predicate(token)
    if found is None:
        return None
    measure, people, passive = found
    return measure, resolve_relatives(people), passive


def _casualty_predicate(token: Token) -> tuple[str, list[Token], bool] | None:
    """(measure, people, passive) when ``token`` says what happened to some people."""
    lemma = token.lemma_.lower()
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
    victim = _victim_casualty(token) if lemma == "victim" else None
    if victim is not None:
        return victim  # "was the victim of a fatal shooting" (implvoc)
    if took_bullet(token):
        # "A man took a bullet to the leg" (casualty_vocab7.py, implvoc)
        people = [c for c in token.children if c.dep_ == "nsubj" and is_victim_person(c)]
        return ("shot", with_conjuncts(people[0]), True) if people else None
    if token.lower_ == "another" and token.pos_ == "PRON" and token.dep_ == "conj":
        # "a man was shot in the leg, and another in the arm": the verb is gapped
        verb = token.head
        measure = measure_of(verb, verb.lemma_.lower()) if verb.pos_ == "VERB" else None
        if measure and any(c.dep_ == "prep" for c in token.children):
            return measure, [token], True
    if token.dep_ == "relcl" and _quantified_relative(token):
        # "found a man and a boy, both of whom had been shot", "... three women, all of them dead"
        measure = "killed" if token.lower_ == "dead" else measure_of(token, lemma)
        return (measure, with_conjuncts(token.head), True) if measure else None
    if token.lower_ in LIST_INCLUDE_WORDS:
        listed = _included_casualties(token)  # "wounded four people, including a woman"
        if listed is not None:
            return listed
    if token.lower_ == "among" and token.dep_ == "prep":
        return _among_casualties(token)  # "her cousin was among those killed"
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
        (token.lower_ == "dead" or token.lower_ in FOUND_LIFELESS_WORDS)
        and token.dep_ == "ccomp"
        and token.head.lemma_.lower() in FIND_VERBS
    ):
        # "Deputies found Ann Reed dead of gunshot wounds": the parse makes a small clause;
        # "Officers found a man lifeless on the floor" (implvoc)
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
    if (
        token.lower_ in CARE_CONDITION_WORDS
        and token.dep_ == "amod"
        and token.head.lower_ == "condition"
    ):
        # "her father is listed in critical condition"
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
        people = _state_subjects(state) if left is None else left
        measure = "killed" if later_death(state) else "injured"
        return (measure, with_conjuncts(people[0]), True) if people else None
    supported = on_life_support(token)
    if supported:
        return "injured", supported, True  # "The boy remains on life support" (impl41)
    owners = injuries_owner(token)
    if owners:
        return "injured", owners, True  # "Both victims' injuries are superficial" (impl41)
    age = suffered_wound_age(token)
    # "suffered fatal injuries", "a fatal gunshot wound": the person died (implvoc)
    wound_measure = "killed" if _fatal_wound(token) else "injured"
    if age is not None:
        return wound_measure, [age], True  # "A 19-year-old suffered gunshot wounds" (vocab37)
    if lemma in WOUND_NOUNS and token.pos_ == "NOUN" and token.dep_ in ("dobj", "pobj"):
        person = _wound_haver(token)  # "The girl sustained serious injuries to her face"
        if person is not None:
            return wound_measure, with_conjuncts(person), True
    if token.pos_ == "NOUN" and (lemma == "wound" or _gunshots(token)):
        person = _wounded_person(token)  # "a 13-year-old girl with a gunshot wound"
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
        people = _hurt_objects(token) if lemma == "leave" or _sent_to_hospital(token) else []
        people = people or left_hurt_list(token)  # "left a man and a woman wounded"
        if people:
            return "injured", people, True
        if lemma != "leave" or other_means_measure(token, lemma) is None:
            return None  # else "left a clerk for dead": ``measure_of`` below reads it
    if lemma in HOSPITAL_VERBS and (_to_hospital(token) or _into_surgery(token)):
        # "Another child was taken to a local hospital", "The boy was taken to Mercy Hospital":
        # hurt, a claim at each place (gold README, "Repeats"; realgold5, realgold8)
        # "... where he was later pronounced dead": the later death wins (``later_death``)
        # "Both the suspect and the child were taken to ...": the parse may give two (vocab38)
        people = joined_subjects(token, ("nsubjpass",))
        # "Medics took a woman to the hospital": the active's object (care_objects.py)
        people = people or carried_people(token)
        measure = "killed" if later_death(token) else "injured"
        return (measure, [p for s in people for p in with_conjuncts(s)], True) if people else None
    condition_of = listed_as_condition(token)
    if condition_of and is_person_or_age(condition_of[0]):
        return "injured", with_conjuncts(condition_of[0]), True  # "was listed as critical"
    # "A man remains in intensive care", "is in the ICU" (care_states.py, implwide)
    in_care = _in_care(token) or in_intensive_care(token)
    if lemma in CARE_STATE_VERBS and token.pos_ in ("VERB", "AUX") and in_care:
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
            passive, people = _counted(verb)
            return ("killed", people, True) if people else None
    found = found_victim(token)
    if found is not None:
        return found[0], [found[1]], True  # "later found a fourth victim in a ditch"
    recovered = recovered_people(token)
    if recovered and not _harm_told_below(token):
        return "injured", recovered, True  # "was released from the hospital", "is recovering"
    arrived = arrived_victim(token)
    if arrived is not None:
        # "A gunshot victim walked into the hospital": a new victim (vocab37)
        stabbed = any(c.lemma_.lower() in STABBING_VERBS for c in arrived.children)
        measure = "injured" if stabbed else CASUALTY_PERSON_MEASURES[arrived.lemma_.lower()]
        return measure, [arrived], True
    # "a man's back was grazed by a bullet" (vocab38), "A bullet grazed a teen's head"
    # (casualty_vocab8.py, implvoc2)
    owner = body_part_owner(token) or struck_part_owner(token)
    if owner is not None:
        return "shot", [owner], True
    lying = lying_hurt(token)
    if lying is not None:
        return "injured", with_conjuncts(lying), True  # "another person lying wounded" (vocab38)
    fighting = fights_for_life(token) or clings_to_life(token)
    if fighting:
        # "A 3-year-old is fighting for his life" (vocab38), "is clinging to life" (implvoc2)
        return "injured", fighting, True
    outlook = expected_recovery(token)
    if outlook:
        return "injured", outlook, True  # "The baby is expected to be OK" (vdesc40)
    bleeding = bleeding_people(token)
    if bleeding:
        return "injured", bleeding, True  # "The child was bleeding from her face" (vdesc40)
    remains = remains_of(token) or owned_body(token)  # "A man's body was found" (implvoc)
    if remains:
        return "killed", remains, True  # "found the bodies of a man and a child" (vdesc40)
    taken = lives_taken(token)
    if taken is not None:
        return "killed", with_conjuncts(taken), True  # "claimed the life of a 16-year-old"
    if treated_in_care(token):
        people = _counted(token)[1]  # "A man was treated and released": hurt
        return ("injured", people, True) if people else None
    gapped = gapped_participle(token)
    if gapped is not None:
        return gapped[0], gapped[1], True  # "A man was killed and a woman wounded" (implwide)
    measure = measure_of(token, lemma)
    if measure is None:
        return _struck_by_firing(token)
    passive, people = _counted(token)
    dying = dying_clause_subjects(token)
    if dying:
        # "The driver crashed into a pole, losing his life": the main clause's subject (vocab37)
        passive, people = True, with_conjuncts(dying[0])
    if measure != "killed" and (
        ([p.i for p in people] == [token.head.i] and dies_after(token))
        or dies_in_clause(token)
        or (misread_relative_person(token) is not None and misread_relative_died(token))
    ):
        # "A man who was shot Saturday died at the hospital", "was shot, losing his life"
        measure = "killed"
    both = None if people else floating_both(token, [])
    if both is not None and any(c.dep_ == "auxpass" for c in token.children):
        return measure, [both], True  # "... were both found dead": the parse lost the subject
    return (measure, people, passive) if people else _struck_by_firing(token)


def _fatal_wound(wound: Token) -> bool:
    """ "fatal injuries", "a fatal gunshot wound", "mortal wounds": a wound that killed (not
    "near-fatal", "non-fatal", "potentially fatal": the modifier alone, no hyphen before it)."""
    return any(
        c.dep_ == "amod"
        and c.lower_ in FATAL_WOUND_MODIFIERS
        and not list(c.children)
        and not (c.i > 0 and c.nbor(-1).text == "-")
        for c in wound.children
    )


def _victim_casualty(victim: Token) -> tuple[str, list[Token], bool] | None:
    """The people a "victim" says were hurt or killed: the subject of "was the victim of a
    fatal shooting", "fell victim to a stabbing", or "a homicide victim" itself
    (casualty_vocab7.py, implvoc)."""
    if fatal_victim(victim):
        return "killed", [victim], True
    if victim.dep_ not in ("attr", "dobj"):
        return None
    linked = victim_of_event(victim.head)
    if linked is None or not is_victim_person(linked[1][0]):
        return None
    return linked[0], with_conjuncts(linked[1][0]), True


def _struck_by_firing(verb: Token) -> tuple[str, list[Token], bool] | None:
    """ "opened fire, fatally striking the driver", "the same bullet hitting her mother": the
    people a shot strikes, as a passive's ("the driver was struck"; impact_clauses.py)."""
    struck = fired_impact(verb)
    return (struck[0], struck[1], True) if struck else None


def _harm_told_below(verb: Token) -> bool:
    """A clause under ``verb`` says how the person was hurt ("was released from the hospital
    after being shot"): that verb's own measure counts them, not the release."""
    return any(
        t.pos_ == "VERB" and measure_of(t, t.lemma_.lower()) is not None
        for c in verb.children
        if c.dep_ in ("advcl", "prep")  # not a joined clause: "..., but the men who shot"
        for t in c.subtree
    )


def _state_subjects(state: Token) -> list[Token]:
    """The subjects of a state's verb, or of the verb it is joined to where it has none: "Ann
    Lee survived but was in critical condition"."""
    people = [c for c in state.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not people and state.dep_ == "conj" and state.head.pos_ in ("VERB", "AUX"):
        people = [c for c in state.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return people


def _quantified_relative(clause: Token) -> bool:
    """A relative clause whose subject is "both of whom", "all of them", on a person noun."""
    head = clause.head
    if head.lemma_.lower() not in CASUALTY_PERSON_NOUNS or not is_noun_or_person(head):
        return False
    for subject in clause.children:
        if subject.dep_ in ("nsubj", "nsubjpass") and subject.lower_ in RELATIVE_QUANTIFIERS:
            return any(
                p.lower_ == "of" and any(g.lower_ in RELATIVE_QUANTIFIED for g in p.children)
                for p in subject.children
            )
    return False


def _included_casualties(token: Token) -> tuple[str, list[Token], bool] | None:
    """The people listed as some of a casualty count or group: "wounded four people, including
    a woman", "four others were injured, including a baby", "The dead include a 19-year-old
    woman, a 30-year-old man and ..." (one claim for the list; not "Family members, including
    a boy", whose group names no casualty)."""
    if token.dep_ == "prep":  # "including"
        people = [c for c in token.children if c.dep_ == "pobj"]
        group = token.head
        verb = group.head if group.pos_ in ("NOUN", "PRON") else group
        measure = measure_of(verb, verb.lemma_.lower()) if group.dep_ != "nsubj" else None
        if group.pos_ in ("NOUN", "PRON") and group.dep_ not in ("dobj", "nsubjpass", "nsubj"):
            return None
        if group.dep_ == "nsubj" and verb.lemma_.lower() in INTRANSITIVE_CASUALTY_VERBS:
            measure = measure_of(verb, verb.lemma_.lower())  # "four died, including a baby"
    elif token.pos_ == "VERB" and token.lemma_.lower() == "include":
        groups = [c for c in token.children if c.dep_ == "nsubj"]
        people = [c for c in token.children if c.dep_ == "dobj"]
        measure = CASUALTY_GROUP_MEASURES.get(groups[0].lower_) if groups else None
        if measure is None and groups and groups[0].lower_ == "those":
            # "Those killed included a 5-year-old boy" (implwide), as "among those killed"
            done = [c for c in groups[0].children if c.dep_ == "acl" and c.tag_ == "VBN"]
            measure = measure_of(done[0], done[0].lemma_.lower()) if done else None
    else:
        return None
    if measure is None or not people or not is_indefinite(people[0]):
        return None
    return measure, with_conjuncts(people[0]), True


def _among_casualties(among: Token) -> tuple[str, list[Token], bool] | None:
    """The people "be" places among a casualty group: "her cousin was among those killed",
    "X and Y are reported to be among the three killed", "was among the dead" (realgold5,
    realgold12, realgold14 golds: each person named or described is counted, the group's
    own figure a claim of its own); not "among the victims", which may only be asked."""
    verb = among.head
    placed = headline_among(among)
    if placed is not None:
        return placed[0], [placed[1]], True  # "Teen among 2 killed in ..." (among_headlines.py)
    if verb.lemma_.lower() != "be" or is_unreal(verb):
        return None
    group = next((c for c in among.children if c.dep_ == "pobj"), None)
    if group is None:
        return None
    measure = CASUALTY_GROUP_MEASURES.get(group.lower_) if group.lower_ != "victims" else None
    if measure is None and (group.lower_ == "those" or group.like_num):
        done = [c for c in group.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        measure = measure_of(done[0], done[0].lemma_.lower()) if done else None
    if measure is None:
        return None
    # "are reported to be among": the subject is the reporting verb's
    holder = verb.head if verb.dep_ == "xcomp" else verb
    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and among.i < verb.i:
        # "Among the dead was a 7-year-old girl": inverted, the parse calls the one placed the
        # attribute (impl41)
        subjects = [c for c in verb.children if c.dep_ == "attr" and c.i > verb.i]
        # "Among the dead was a 7-year-old": the parse calls the age an acomp (implwide)
        subjects = subjects or [
            c for c in verb.children if c.dep_ == "acomp" and c.i > verb.i and is_age_word(c)
        ]
    return (measure, with_conjuncts(subjects[0]), True) if subjects else None


def _wound_haver(wound: Token) -> Token | None:
    """The person noun that suffered, sustained or was treated for ``wound``; "who" stands
    for the noun its clause hangs on ("a woman who suffered gunshot wounds")."""
    verb = wound.head.head if wound.dep_ == "pobj" else wound.head
    prep = wound.head.lower_ if wound.dep_ == "pobj" else ""
    if prep == "for" and verb.dep_ == "dobj" and verb.head.lemma_.lower() == "treat":
        # "Paramedics treated a man for a gunshot wound": the parse hangs "for" on who is
        # treated (implwide)
        treated = verb.head
        if verb.pos_ == "NOUN" and not any(c.dep_ == "neg" for c in treated.children):
            return verb if _wounded_one(verb) else None
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or (
        WOUND_HAVING_VERBS.get(lemma) != prep and (lemma, prep) not in WOUND_HAVING_PAIRS
    ):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
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


def _wounded_person(wound: Token) -> Token | None:
    """The person who has ``wound``: "a girl with a gunshot wound", "A man was found with
    gunshot wounds"; not "a man with a gun", "a wound to the city's pride"."""
    gunshots = wound.lemma_.lower() != "wound"  # "with gun shots to his hand" (``_gunshots``)
    # "with multiple stab wounds" as "with gunshot wounds" (implvoc)
    kinds = GUNSHOT_WOUND_MODIFIERS | BLADE_WOUND_MODIFIERS
    if not gunshots and not any(c.lower_ in kinds for c in wound.lefts):
        return None
    prep = wound.head
    if wound.dep_ != "pobj" or prep.lower_ != "with":
        return None
    holder = prep.head
    if holder.lower_ in FOUND_STATE_WORDS and holder.dep_ in ("amod", "oprd", "acomp", "ccomp"):
        # "found a man unresponsive with gunshot wounds", "was found unconscious with a gunshot
        # wound": the parse hangs "with" on the state; its person or verb holds it, or the
        # subject of the small clause it makes ("found a teen unconscious with ..."; implvoc)
        inner = [c for c in holder.children if c.dep_ == "nsubj"] if holder.dep_ == "ccomp" else []
        holder = inner[0] if inner else holder.head
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
    if holder.pos_ in ("VERB", "AUX") and holder.lemma_.lower() in WOUND_FOUND_VERBS:
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


def _gunshots(shots: Token) -> bool:
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
    return (
        token.lower_ == "old"
        and token.dep_ in ("dobj", "conj", "nsubj", "nsubjpass", "appos", "pobj")
        and any(c.dep_ == "npadvmod" and c.lemma_.lower() in AGE_UNITS for c in token.children)
    )


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


def _counted(verb: Token) -> tuple[bool, list[Token]]:
    """(passive or intransitive, the people counted) for a casualty verb."""
    misread = misread_relative_person(verb)
    if misread is not None:
        # "The teen shot in the leg is in stable condition": the parse makes the reduced
        # relative a clause of its own (impl42)
        return True, with_conjuncts(misread)
    reduced = not any(c.dep_ == "nsubj" for c in verb.children)  # "Police: dad shot ...": no
    if (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and is_noun_or_person(verb.head)
        and reduced
    ):
        # "a man killed in the shooting", "Girl, 8, shot in wrist", "RELATED: Man killed in";
        # "a woman, Ann Lee, and her son, Tom, found dead": the people listed with the noun
        return True, with_conjuncts(verb.head)
    # "a man succumbed to his injuries", "lost his life": the subject is who died
    intransitive = verb.lemma_.lower() in _SUBJECT_COUNTED_VERBS
    deps = ("nsubj", "nsubjpass") if intransitive else ("nsubjpass",)
    if verb.dep_ == "relcl" and any(
        c.dep_ in deps and c.tag_ in ("WP", "WDT") for c in verb.children
    ):
        # "a 7-year-old girl who was fatally shot"; "a woman in the car who was shot": the
        # woman, where the parse hangs the clause on the car (relative_people.py)
        return True, [relative_person(verb)]
    reported = reported_relative(verb)
    if reported is not None:
        return True, [reported]  # "a man who police said had been stabbed" (implwide)
    main = _clause_before_being(verb)
    if main is not None:
        # "A 10-year-old is recovering after being shot": the main clause's subject
        people = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
        return True, [p for subject in people[:1] for p in with_conjuncts(subject)]
    head = misread_passive(verb) or verb  # "A teen was slain near the park" (implvoc)
    # "shot and killed" (conj), "found shot to death" (xcomp, oprd): the subject is up the tree
    # "A man was found fatally shot": the parse may make the participle the finding's ccomp
    while (
        head.dep_ in ("conj", "xcomp", "oprd")
        or (head.dep_ == "ccomp" and head.head.lemma_.lower() in FIND_VERBS)
    ) and (
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in head.children)
        or _gapped_subject(head)
    ):
        # "a girl was grazed and a man was shot dead": a conjunct with its own "was" has its
        # own subject, even where the parse lost it
        head = head.head
    found = verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.head.lemma_.lower() == "find"
    if (
        not any(c.dep_ in ("aux", "dobj") for c in head.children)
        and (verb.tag_ == "VBN" or verb.lemma_.lower() in ("find", "hospitalize") or found)
        # "A woman answered the door and was shot": a passive conjunct whose "was" follows
        # "and" has the active head's subject (gapped_passives.py)
        or gapped_passive(verb)
    ):
        deps = (
            "nsubj",
            "nsubjpass",
        )  # headlines' "Boy killed in crash", "Mother, child found dead"
    subjects = _joined_hyphens([c for c in head.children if c.dep_ in deps])
    if not subjects and verb.tag_ == "VBN":
        # "The boy remains hospitalized", "remained hospitalized Sunday": the parse may hang
        # the subject on the "remains" it calls an auxiliary (impl41)
        subjects = [
            g
            for c in head.children
            if c.dep_ == "auxpass" and c.lower_ in STAYING_AUXILIARIES
            for g in c.children
            if g.dep_ in ("nsubj", "nsubjpass")
        ]
    if not subjects and verb.tag_ == "VBN":
        # "a girl was grazed and Ann Lee, 22, was shot dead", "Tom Ray remained hospitalized":
        # the parse hangs the subject elsewhere (lost_subjects.py)
        lost = lost_subject(verb)
        subjects = [lost] if lost is not None else []
    if subjects:  # "his former daughter-in-law and her friend": the parse may give two
        return True, [p for subject in subjects for p in with_conjuncts(subject)]
    objects = _joined_hyphens([c for c in verb.children if c.dep_ == "dobj"])
    # a headline's "Dad fatally shot twin daughters": the parse may hang the clause on "Police:"
    clause = (
        verb.dep_ != "acl"
        or verb.tag_ == "VBD"
        and _bare_person(objects)
        # "A shotgun went off, striking a boy in the leg": the parse may hang a participle
        # clause after a comma on the noun before it; "fired into a crowd injuring a child":
        # or without the comma (impl, session 41)
        or verb.tag_ == "VBG"
        and verb.i > 0
        and (verb.doc[verb.i - 1].text == "," or _participle_clause(verb))
    )
    # "the gun he used to kill Ann Lee": an infinitive that is the act done (instrument_use.py)
    acted = verb.tag_ in ("VBG", "VBD", "VBZ", "VBP") or used_to_harm(verb)
    if objects and acted and clause:
        # "..., killing his wife and two children", "a gunman who shot a clerk" (not "the club
        # shooting suspect")
        # a lone name labelled something else, which the article gives a person ("killed
        # Aoki" after "Courtney Aoki")
        named = (
            objects[0].ent_type_ == "PERSON"
            or is_lone_name_word(objects[0])
            and objects[0].lower_ in PersonNames(verb.doc)
            or is_aged_name_shape(objects[0])
            # "shot Officer Reyes": a title of address makes the name a person's
            or is_addressed_name(objects[0])
        ) and verb.dep_ not in ("amod", "compound")
        if (
            not named
            and not is_twins(objects[0])
            # "wounding both", "killing her and another woman" (vdesc40)
            and not (objects[0].lower_ == "both" or is_listed_pronoun(objects[0]))
            and not any(c.dep_ in ("det", "poss", "nummod") for c in _object_words(objects[0]))
            and not _bare_person(objects)
        ):
            return False, []  # "the club shooting suspect Ed Ray": a compound, no object
        # "shooting his mother and 8-year-old brother": the parse may make both objects
        return False, [p for o in objects for p in with_conjuncts(o)]
    if verb.dep_ == "ROOT" and verb.tag_ == "VBN":
        # a headline's "Child Killed": the parse makes the noun a compound
        nouns = [
            c for c in verb.lefts if c.dep_ == "compound" and c.lower_ in CASUALTY_PERSON_NOUNS
        ]
        return True, nouns
    return False, []


def _participle_clause(verb: Token) -> bool:
    """ "A man fired into a crowd injuring a child": a participle the parse hangs on the noun
    before it, without a comma, is the clause of the verb before that noun (not "the man
    killing" a noun's own participle: the noun is a prepositional object, not a person)."""
    noun = verb.head
    return noun.dep_ == "pobj" and noun.lemma_.lower() not in CASUALTY_PERSON_NOUNS


def _object_words(person: Token) -> list[Token]:
    """The words on an object: its own, and on the piece before its hyphen ("his ex-wife"
    parsed as "ex", "-", "wife": the owner hangs on "ex")."""
    piece = hyphen_piece(person)
    return [*person.children, *(piece.children if piece is not None else [])]


def _bare_person(objects: list[Token]) -> bool:
    """A headline's or related-story line's bare person object, with no article: "Man kills
    girlfriend", "shooting that injured 4-year-old daughter and her mother", "Man kills
    ex-wife" (not a name: "the club shooting suspect Ed Ray" has no object)."""
    return (
        len(objects) == 1  # not "shot officer Dan Lee", parsed as two objects
        and objects[0].lemma_.lower() in CASUALTY_PERSON_NOUNS
        and not objects[0].ent_type_
        # "shot sleeping wife, son": a list the parse breaks is people_lists.py's
        and not any(
            c.dep_ == "appos" and c.lower_ in CASUALTY_PERSON_NOUNS for c in objects[0].children
        )
    )


def _joined_hyphens(subjects: list[Token]) -> list[Token]:
    """ "The co-worker was hit": the parse may make the pieces of a hyphenated noun subjects
    ("co", "-", and "worker" or its appos); the word after the hyphen stands for the word."""
    if len(subjects) < 2 or not any(t.text == "-" and not t.whitespace_ for t in subjects):
        return subjects
    doc = subjects[0].doc
    joined: list[Token] = []
    for token in subjects:
        if token.text == "-" and not token.whitespace_ and token.i + 1 < len(doc):
            token = doc[token.i + 1]  # "-" -> "worker"
        elif token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_:
            continue  # "co"
        if token not in joined:
            joined.append(token)
    return joined


def _clause_before_being(verb: Token) -> Token | None:
    """The main verb of "A boy is recovering after being shot" for "shot" ("after/since being
    <casualty>"), unless it says a casualty itself ("died after being shot" is one count)."""
    if verb.dep_ not in ("pcomp", "advcl") or not any(
        c.dep_ == "auxpass" and c.lower_ in ("being", "getting") for c in verb.children
    ):
        return None
    link = (
        verb.head
        if verb.dep_ == "pcomp"
        else next((c for c in verb.children if c.dep_ == "mark"), None)
    )
    if link is None or link.lower_ not in ("after", "since"):
        return None
    main = link.head if verb.dep_ == "pcomp" else verb.head
    if main.pos_ not in ("VERB", "AUX") or casualty_predicate(main) is not None:
        return None
    return main


def _gapped_subject(verb: Token) -> bool:
    """ "A man was shot and was pronounced dead": a conjunct whose "was" follows "and" at once
    shares its head's subject (not "a girl was grazed and a man was shot dead")."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    first = min((c.i for c in verb.children if c.dep_ in ("aux", "auxpass")), default=verb.i)
    return first > 0 and verb.doc[first - 1].lower_ in ("and", "but", "then")


def _to_hospital(verb: Token) -> bool:
    """ "taken to a hospital", "taken to Harbor Medical Center", "to a trauma center"."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "to"
        and any(
            o.lemma_.lower() == "hospital"
            # "taken to the ER", "to the emergency room" (impl41)
            or o.text in HOSPITAL_ABBREVIATIONS
            or o.lemma_.lower() in HOSPITAL_WARDS
            and any(c.dep_ == "compound" and c.lower_ == "emergency" for c in o.children)
            or any(c.dep_ == "compound" and c.lower_ in HOSPITAL_NAME_WORDS for c in o.children)
            for o in p.children
        )
        for p in verb.children
    )


def _into_surgery(verb: Token) -> bool:
    """ "was taken into surgery", "rushed into emergency surgery": care, as a hospital is."""
    return any(
        p.dep_ == "prep" and p.lower_ == "into" and o.lemma_.lower() == "surgery"
        for p in verb.children
        for o in p.children
    )


def _in_care(verb: Token) -> bool:
    """ "in the hospital", "into surgery", "undergoing surgery": the verb's place is care."""
    return any(
        (c.dep_ == "prep" and c.lower_ in ("in", "into") or c.dep_ == "dobj")
        and any(o.lemma_.lower() in CARE_NOUNS for o in (c.children if c.dep_ == "prep" else [c]))
        for c in verb.children
    )


def _hurt_objects(verb: Token) -> list[Token]:
    """The indefinite people a "send"/"leave" verb hurts, with the people listed after them
    (the parse may hang "and her mother" on the verb); a passive's subject ("A teen was left
    with serious injuries"; implvoc)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects and any(c.dep_ == "auxpass" for c in verb.children):
        objects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not objects or not is_indefinite(objects[0]):
        return []
    if verb.lemma_.lower() == "leave" and not any(
        p.lower_ == "with" and any(o.lemma_.lower() in WOUND_NOUNS for o in p.children)
        for p in [*objects[0].children, *verb.children]
    ):
        return []  # "left a man dead" is the state's; "left a note" no one hurt
    # the parse may hang "and her mother" on the verb or on the noun the verb modifies
    listed = [
        c
        for c in [*verb.children, *verb.head.children]
        if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i == _after_and(objects[0])
    ]
    return with_conjuncts(objects[0]) + [
        c for c in listed if c.lemma_.lower() in CASUALTY_PERSON_NOUNS
    ]


def _after_and(person: Token) -> int:
    """The index of the noun in "<person> and her mother" (-1 if no "and" follows)."""
    end = max(t.i for t in person.subtree) + 1
    doc = person.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "and":
        return -1
    noun = doc[end + 1]
    return noun.head.i if noun.dep_ in ("poss", "det", "amod") else noun.i


def _sent_to_hospital(verb: Token) -> bool:
    """ "sent a boy and his mother to the hospital": "to ... hospital" after the verb in its
    sentence (the parse may hang it on another verb)."""
    after = [t.lower_ for t in verb.doc[verb.i + 1 : verb.sent.end]]
    return any(word == "to" and "hospital" in after[i + 1 : i + 4] for i, word in enumerate(after))


def floating_both(verb: Token, people: Sequence[Token]) -> Token | None:
    """The "both" of "X and Y were both found dead", between the people and their verb."""
    return next(
        (
            c
            for c in verb.children
            if c.lower_ == "both"
            and c.dep_ in ("dep", "advmod", "preconj")
            and c.i < verb.i
            and all(p.i < c.i for p in people)
        ),
        None,
    )


def find_companions(verb: Token) -> list[Token]:
    """ "found dead with her toddler daughter", "killed with his brother": owned people after
    "with" share the fate (not "with a gun", "with his brother's gun")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for person in prep.children:
            owner = {c.lower_ for c in person.children if c.dep_ == "poss"}
            if (
                person.dep_ == "pobj"
                and person.lemma_.lower() in CASUALTY_PERSON_NOUNS
                and owner & OWNERS
            ):
                return with_conjuncts(person)
    return []
