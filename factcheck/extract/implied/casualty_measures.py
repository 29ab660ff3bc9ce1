"""What a verb says happened to people: killed, shot or injured, and whether it happened. Pure.

Split from ``implied.py``: casualty verbs ("fatally wounded", "shot dead", "hit by gunfire"),
a reflexive's harm ("shot himself"), a death after care ("taken to a hospital, where he
died"), and events not said as real (negated, modal, conditional). Event nouns ("the fatal
shooting of a man", "a double homicide") and casualty modifiers ("the injured woman") are
``casualty_nouns.py``'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.death_phrases import beaten_to_death, says_death
from factcheck.extract.implied.gunfire_context import hit_amid_gunfire
from factcheck.extract.implied.opening_participles import is_opening_shot
from factcheck.extract.implied.other_means import OTHER_MEANS_LEMMAS, other_means_measure
from factcheck.extract.implied.wound_phrases import is_backstab, is_graze_by_gunfire
from factcheck.extract.lexicon import (
    BODY_PARTS,
    CASUALTY_PERSON_NOUNS,
    CASUALTY_VERBS,
    DEAD_STATE_WORDS,
    DEATH_PHRASE_VERBS,
    FATAL_ADVERBS,
    FOUND_LIFELESS_WORDS,
    GUNFIRE_NOUNS,
    IMPACT_GUNFIRE_WORDS,
    IMPACT_VERBS,
    JOINED_DEATH_VERBS,
    KILLING_VERBS,
    KILLING_VOCAB_VERBS,
    LATER_DEATH_VERBS,
    MODAL_WORDS,
    MORTAL_ADVERBS,
    PASSING_AWAY,
    PERISH_VERBS,
    PHRASAL_CASUALTY_VERBS,
    SAME_PEOPLE_PRONOUNS,
    STABBING_VERBS,
)


def self_harm(verb: Token) -> str | None:
    """What a verb with a reflexive object did, said as happening: "killed", "shot", "injured"
    ("killed himself", "shot herself"; not "threatened to shoot himself", "did not kill")."""
    if verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VB":
        return None
    if is_unreal(verb):
        return None
    return measure_of(verb, verb.lemma_.lower())


def measure_of(verb: Token, lemma: str) -> str | None:
    if shot_read_as_noun(verb) or is_opening_shot(verb):
        # "A man was robbed and shot.", "was found shot." (impl41); "Shot in the back, the
        # teen ran" (opening_participles.py)
        lemma = "shoot"
    elif verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    if lemma == "survive" and any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return None  # "the farmer is survived by his wife": an obituary
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if particles and (lemma, particles[0]) in PHRASAL_CASUALTY_VERBS:
        return PHRASAL_CASUALTY_VERBS[lemma, particles[0]]  # "was gunned down"
    if lemma in KILLING_VERBS:
        return KILLING_VERBS[lemma]  # "a woman was murdered", "slaying his wife and son"
    # implvoc (death_phrases.py): "was assassinated", "executed a clerk", "a woman perished",
    # "was beaten to death"
    if lemma in KILLING_VOCAB_VERBS:
        return KILLING_VOCAB_VERBS[lemma]
    if lemma in PERISH_VERBS or beaten_to_death(verb):
        return "killed"
    if lemma in OTHER_MEANS_LEMMAS:
        # other_means.py (implvoc2): "was strangled", "pistol-whipped", "paralyzed by
        # gunfire", "left for dead", "drowned her son"
        other = other_means_measure(verb, lemma)
        if other is not None:
            return other
    if lemma == PASSING_AWAY[0] and any(
        c.lower_ == PASSING_AWAY[1] and c.dep_ in ("prt", "advmod") for c in verb.children
    ):
        return "killed"  # "A man passed away from his injuries" (implvoc)
    if lemma in CASUALTY_VERBS:
        if _fatally(verb):
            return "killed"  # "a man was fatally wounded"
        return CASUALTY_VERBS[lemma]
    if lemma in DEATH_PHRASE_VERBS:
        # "succumbed to his injuries", "lost his life" (death_phrases.py)
        return "killed" if says_death(verb, lemma) else None
    if lemma in STABBING_VERBS and is_backstab(verb):
        return None  # "felt stabbed in the back by his party"
    if lemma == "shoot" or lemma in STABBING_VERBS:
        after = [verb.nbor(1)] if verb.i + 1 < len(verb.doc) else []
        if any(
            c.dep_ in ("prep", "advmod")
            and c.lower_ == "at"
            # no place after "at": "shot at", "shot at while driving" (the parse may hang the
            # clause on "at", impl54)
            and not any(g.dep_ == "pobj" for g in c.children)
            # "shot at least once" is shot (impl54)
            and not (c.i + 1 < len(c.doc) and c.nbor(1).lower_ in ("least", "most"))
            for c in [*verb.children, *after]
        ):
            # "a woman was shot at", "was shot at twice" (the parse hangs "at" on "twice"):
            # missed (not "shot at a party")
            return None
        # "fatally shot", "shot dead", "shot to death"; "shot and killed": the conjunct
        words = {c.lower_ for c in verb.children} | {
            g.lower_ for c in verb.children for g in c.children if c.dep_ == "prep"
        }
        if words & (FATAL_ADVERBS | MORTAL_ADVERBS):
            return "killed"  # "mortally shot", "mortally stabbed" (vocab37)
        if any(_death_joined_to(c) for c in verb.children if c.dep_ == "advcl"):
            return "killed"  # "was shot while walking home and died at the hospital" (impl56)
        if any(
            c.dep_ == "conj"
            and measure_of(c, c.lemma_.lower())
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            and not _own_victims(verb, c)
            and not _negated_or_modal(c)  # "was shot but was not hurt": the shooting counts
            for c in verb.children
        ):
            return None
        # "a girl was shot in the wrist": shot, maybe not fatally; "was stabbed": injured
        return STABBING_VERBS.get(lemma, "shot")
    if lemma in ("find", "pronounce") and any(c.lower_ in DEAD_STATE_WORDS for c in verb.children):
        return "killed"  # "a woman was found dead", "he was pronounced dead"
    if lemma == "find" and any(c.lower_ in FOUND_LIFELESS_WORDS for c in verb.children):
        return "killed"  # "A woman was found lifeless in the driveway" (implvoc)
    if lemma in IMPACT_VERBS and (_hit_by_gunfire(verb) or hit_amid_gunfire(verb)):
        # "were hit by stray bullets", "was struck in the ankle"; "was fatally struck by a
        # bullet" killed; "struck by a bullet and killed": the conjunct says it (implvoc)
        if _told_by_conjunct(verb):
            return None
        return "killed" if _fatally(verb) else "shot"
    if lemma == "hurt" and (
        any(c.dep_ == "auxpass" for c in verb.children) or _joined_passive(verb)
    ):
        # "her sons were critically hurt" (not "the ads hurt Ann Lee"); "was robbed and
        # seriously hurt": the "was" of the passive it is joined to (imp62)
        return "injured"
    return None


def _joined_passive(verb: Token) -> bool:
    """ "A man was attacked and seriously hurt": a participle with no subject or auxiliary of its
    own, joined to a passive (it shares that passive's "was")."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and head.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _death_joined_to(clause: Token) -> bool:
    """ "while walking home and died at the hospital": the parse joins the death to the clause
    of time after the harm, not to the harm; a death with no subject, negation or modal of its
    own is the harmed person's (impl56; "was shot while his friend ran" has no death)."""
    return any(
        c.dep_ == "conj"
        and c.lemma_.lower() in JOINED_DEATH_VERBS
        and c.pos_ == "VERB"
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        and not _negated_or_modal(c)
        for c in clause.children
    )


def _told_by_conjunct(verb: Token) -> bool:
    """ "was hit by a car and killed": a joined casualty verb without a subject or "was" of its
    own says what happened to the same person ("a girl was grazed and Tom Lee was shot dead",
    where the parse may lose the second subject, names another)."""
    return any(
        c.dep_ == "conj"
        and measure_of(c, c.lemma_.lower())
        and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children)
        and not _negated_or_modal(c)
        for c in verb.children
    )


def _negated_or_modal(verb: Token) -> bool:
    """ "was not seriously hurt", "could be killed": the verb has a negation or a modal of its
    own, so it counts no one (``is_unreal``); joined to a harm, the harm keeps its own measure."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODAL_WORDS) for c in verb.children
    )


def _fatally(verb: Token) -> bool:
    """ "fatally struck", "mortally hit": an adverb on the verb says the impact killed."""
    return any(c.lower_ in ("fatally", "mortally") for c in verb.children)


def shot_read_as_noun(token: Token) -> bool:
    """ "A man was robbed and shot.", "The teen was found shot.": the tagger may read a "shot"
    that closes a passive as a noun; joined to the passive participle or its state, it is the
    verb (not "a shot", "took a shot", "was found with a shot of ...")."""
    if token.lower_ != "shot" or token.pos_ != "NOUN" or token.dep_ not in ("conj", "oprd"):
        return False
    head = token.head
    if head.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in head.children):
        return False
    return not any(
        c.dep_ in ("det", "amod", "compound", "nummod", "poss", "prep") and c.i < token.i
        for c in token.children
    )


def _own_victims(verb: Token, conj: Token) -> bool:
    """ "shot his daughter and killed her mother": each verb has its own object, a person
    named anew (not "shot his wife and killed her"), so the shooting is not the killing."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "dobj" and c.pos_ != "PRON" for c in conj.children
    )


def _hit_by_gunfire(verb: Token) -> bool:
    """Gunfire hit someone: the passive's agent or place says so ("hit by gunfire", "struck in
    the chest"), or the active's doer ("one of the shots hit the boy"); not "hit with a bat"."""
    children = list(verb.children)
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in children):
        return False
    if any(
        c.dep_ == "agent" and not any(o.lemma_.lower() in GUNFIRE_NOUNS for o in c.children)
        for c in children
    ):
        return False  # "struck in the face by a baseball": the agent is no gunfire (impl54)
    if any(c.dep_ == "auxpass" for c in children) and is_graze_by_gunfire(verb):
        return True  # "A second man was grazed in the shooting" (wound_phrases.py)
    if any(c.dep_ == "auxpass" for c in children) or _reduced_passive(verb):
        # "a man struck in the chin", "a 44-year-old man blasted in the chin" (impl41): a
        # reduced relative on a person is the passive's
        return any(
            c.dep_ in ("agent", "prep")
            and c.lower_ in ("by", "in")
            and any(
                o.lemma_.lower() in (GUNFIRE_NOUNS if c.lower_ == "by" else BODY_PARTS)
                for o in c.children
            )
            for c in children
        )
    doers = [c for c in children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ == "conj":
        # "Shots rang out and struck a woman", "Bullets pierced the wall and hit a boy": a
        # joined verb with no subject of its own shares its head's (impl58)
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(d.lower_ in ("that", "which") for d in doers):
        doers = [verb.head]  # "the gunfire that struck a 6-year-old" (impl58)
    doers += [o for d in doers for p in d.children if p.lower_ == "of" for o in p.children]
    if any(d.lemma_.lower() in GUNFIRE_NOUNS for d in doers):
        return True
    return _struck_in_the_body(verb)


def _reduced_passive(verb: Token) -> bool:
    """ "a man struck in the chin": a participle with no subject or object of its own on the
    person noun before it (not "the car hit ...", an active clause)."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and verb.head.lemma_.lower() in CASUALTY_PERSON_NOUNS
        and not any(c.dep_ in ("nsubj", "dobj") for c in verb.children)
    )


def _struck_in_the_body(verb: Token) -> bool:
    """ "fired into the house, striking a boy in the shoulder": an active verb of impact whose
    object is hit in a part of the body, in a sentence of gunfire (realgold14, realgold19,
    realgold20 golds: shot); not "a ball struck the boy in the face"."""
    gunfire = GUNFIRE_NOUNS | IMPACT_GUNFIRE_WORDS
    if not any(t.lemma_.lower() in gunfire for t in verb.sent if t.i != verb.i):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # the parse hangs "in the leg" on the verb or on its object ("a boy in the leg")
    return bool(objects) and any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(o.lemma_.lower() in BODY_PARTS for o in c.children)
        for c in [*verb.children, *(t for o in objects for t in o.children)]
    )


# how many prepositions deep a place may hang below a verb of care ("taken to a hospital with a
# wound to the chest, where he died": to, with, to)
_PREP_CHAIN = 3


def later_death(verb: Token) -> bool:
    """True if the people of a verb of care die after it, in its clause: "was rushed to a
    hospital where he was later pronounced dead", "was taken to a hospital and later died" (the
    death wins: killed, not injured); not "two were taken to a hospital, where one died"."""
    clauses = [c for c in verb.children if c.dep_ in ("conj", "advcl", "relcl")]
    # "to a hospital where he died": the parse hangs the clause on the place, or on the last
    # object of a chain of prepositions ("with a gunshot wound to the chest, where he died")
    clauses += [r for o in _prep_objects(verb) for r in o.children if r.dep_ in ("relcl", "advcl")]
    for clause in clauses:
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and any(s.lower_ not in SAME_PEOPLE_PRONOUNS for s in subjects):
            continue
        if not subjects and clause.dep_ != "conj":
            continue  # "after being shot": no later event of the same people
        lemma = clause.lemma_.lower()
        if (
            clause.pos_ not in ("VERB", "AUX")
            or _negated_or_modal(clause)
            # "died a short time later": the parse takes the time for an object of "die"
            or any(c.dep_ == "dobj" and lemma != "die" for c in clause.children)
        ):
            continue  # not "and he killed a guard there", "where she could die"
        if lemma in LATER_DEATH_VERBS or measure_of(clause, lemma) == "killed":
            return True
    return False


def _prep_objects(verb: Token) -> list[Token]:
    """The objects of the verb's prepositions, and of the prepositions hung on those objects,
    up to ``_PREP_CHAIN`` deep: "taken to a hospital with a wound to the chest" gives hospital,
    wound and chest."""
    found: list[Token] = []
    heads = [verb]
    for _ in range(_PREP_CHAIN):
        heads = [o for h in heads for p in h.children if p.dep_ == "prep" for o in p.children]
        found += heads
    return found


def is_unreal(verb: Token) -> bool:
    """A negated, modal or conditional event counts no one ("no child should be killed"): the
    verb's own ("was in the car but was not injured", impl58) or that of the verb it is joined
    to ("could be hurt and die")."""
    while True:
        if _negated_or_modal(verb) or any(c.lower_ == "if" for c in verb.children):
            return True
        if verb.dep_ not in ("conj", "xcomp") or verb.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = verb.head
