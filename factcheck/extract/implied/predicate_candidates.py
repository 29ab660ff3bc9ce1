"""The tokens a casualty predicate may answer for: the words and lemmas every branch of
``implied_predicates.casualty_predicate`` needs. Pure.

Split from ``implied_predicates.py``: asking only these tokens (found through the Doc's token
indexes) gives the same answers as asking every token, without making a Token of each
(speedB). "A man was shot" asks "shot" (a casualty lemma); "The boy did not survive" asks
"not"; "She went to the store" asks nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.implied.other_means import OTHER_MEANS_LEMMAS
from factcheck.extract.lexicon import (
    ARRIVAL_VERBS,
    BLEEDING_VERBS,
    BULLET_TAKING_VERBS,
    CARE_CONDITION_WORDS,
    CARE_STATE_VERBS,
    CASUALTY_MODIFIERS,
    CASUALTY_VERBS,
    CONDITION_CHANGE_VERBS,
    CONDITION_WORDS,
    DEAD_STATE_WORDS,
    DEATH_MANNER_VERBS,
    DEATH_PHRASE_VERBS,
    EVENT_MULTIPLES,
    FATAL_MODIFIERS,
    FIND_VERBS,
    FOUND_LIFELESS_WORDS,
    HOSPITAL_VERBS,
    HURT_MODIFIERS,
    IMPACT_VERBS,
    KILLING_VERBS,
    KILLING_VOCAB_VERBS,
    LIFE_FIGHT_VERBS,
    LIFE_MACHINE_NOUNS,
    LIFE_TAKING_VERBS,
    LIST_INCLUDE_WORDS,
    LUCKY_ADJECTIVES,
    NOMINAL_AGENTS,
    NOMINAL_EVENTS,
    NOMINAL_HARMS,
    OUTLOOK_RECOVERY_NOUNS,
    OUTLOOK_VERBS,
    PASSING_AWAY,
    PERISH_VERBS,
    PHRASAL_CASUALTY_VERBS,
    RECOVERY_VERBS,
    RELEASE_VERBS,
    REMAINS_NOUNS,
    SELF_ARRIVAL_PLACES,
    SPLIT_TRANSFER_LEMMAS,
    STABBING_VERBS,
    UNDERGO_FORMS,
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
    {"another", "among", "dead", "support"}  # hurt_states.py: "on life support" (impl41)
    | {"one"}  # one_of_groups.py: "was one of the people injured" (impl54)
    | EVENT_MULTIPLES.keys()
    | LIST_INCLUDE_WORDS
    | CONDITION_WORDS
    | CARE_CONDITION_WORDS
    | CASUALTY_MODIFIERS
    | FATAL_MODIFIERS
    | HURT_MODIFIERS
    | DEAD_STATE_WORDS
    | FOUND_LIFELESS_WORDS  # casualty_measures.py: "found lifeless" (implvoc)
    | UNDERGO_FORMS  # implied_predicates.py: "underwent" tagged an adjective (impl56)
    | LIFE_MACHINE_NOUNS  # hurt_states.py: "remains on a ventilator" (impl56)
    | LUCKY_ADJECTIVES  # lucky_survivals.py: "was lucky to survive" (impl56b)
)


# the lemmas: ``nominal_event`` (NOMINAL_EVENTS, NOMINAL_AGENTS), wounds (WOUND_NOUNS,
# "wound", ``is_gunshot_wound``'s "shot"/"gunshot"), "send"/"leave", HOSPITAL_VERBS,
# CARE_STATE_VERBS, ``found_victim`` (FIND_VERBS), ``recovered_people`` (RECOVERY_VERBS,
# RELEASE_VERBS), every verb ``measure_of`` knows (phrasal, KILLING_VERBS, CASUALTY_VERBS,
# "shoot", "find", "pronounce", IMPACT_VERBS, "hurt", "survive") and ``fired_impact``
# (IMPACT_VERBS)
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
    | OUTLOOK_RECOVERY_NOUNS  # recovered_victims.py: "Officer makes recovery" (impl56c)
    | {lemma for lemma, _ in PHRASAL_CASUALTY_VERBS}
    | KILLING_VERBS.keys()
    | CASUALTY_VERBS.keys()
    | IMPACT_VERBS
    # death_phrases.py, wound_phrases.py, hurt_states.py: "succumbed", "lost his life",
    # "claimed the life of", "stabbed", "was treated and released"
    | DEATH_PHRASE_VERBS
    | LIFE_TAKING_VERBS
    | STABBING_VERBS.keys()
    | {"treat"}
    # victim_phrases.py: "A gunshot victim arrived at the hospital" (vocab37)
    | ARRIVAL_VERBS
    # self_arrivals.py: "Another victim drove himself to a hospital" (impl55)
    | SELF_ARRIVAL_PLACES.keys()
    # hurt_states.py: "A 3-year-old is fighting for his life" (vocab38)
    | LIFE_FIGHT_VERBS
    # hurt_states.py, wound_phrases.py, found_bodies.py: "is expected to survive", "was
    # bleeding", "the bodies of" (vdesc40)
    | OUTLOOK_VERBS
    | BLEEDING_VERBS
    | REMAINS_NOUNS
    # copular_victims.py: "The victims were her father and her sister" (gva3)
    | {"victim"}
    # misread_sufferers.py: "A resident underwent surgery" misread as one noun phrase (impl54c)
    | {"surgery"}
    # misread_sufferers.py: "A deputy required treatment for minor injuries" (impl56b)
    | {"treatment", "care"}
    | CONDITION_CHANGE_VERBS  # condition_changes.py: "was upgraded to stable" (impl56b)
    | SPLIT_TRANSFER_LEMMAS  # split_transfers.py: "was life-flighted to" (impl56b)
    # death_phrases.py, wound_phrases.py: "was assassinated", "a woman perished", "beaten to
    # death", "took a bullet to the leg" (implvoc)
    | KILLING_VOCAB_VERBS.keys()
    | PERISH_VERBS
    | DEATH_MANNER_VERBS
    | BULLET_TAKING_VERBS
    | {PASSING_AWAY[0]}
    # other_means.py: "was strangled", "pistol-whipped", "left for dead" (implvoc2)
    | OTHER_MEANS_LEMMAS
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
