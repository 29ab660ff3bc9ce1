"""The clause test of a later mention of a counted casualty: whether the clause of a registered
person restates the harm, and with which measure. Pure.

Split from ``casualty_register.py``, whose ``later_mentions`` asks it. A death ("Reed died
Sunday", "was pronounced dead", "did not survive") is "killed"; harm suffered again ("Cole was
struck twice") keeps the first count's measure; care, a condition, a recovery or a release
("was taken to Mercy Hospital", "is in critical condition", "is recovering", "was released
Sunday night") is "injured" ("killed" for someone counted dead taken to care). A person may
also be the object of care or of a death ("Medics rushed Reed to Mercy Hospital", "pronounced
Reed dead") or own the harm ("Reed's condition was not known"). The test is data (the
constants below). Not a restatement: "Reed had worked at the plant", "Cole may be released",
a release from jail, on bond or after questioning.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.implied.casualty_measures import is_unreal, later_death, measure_of
from factcheck.extract.lexicon import (
    CARE_CONDITION_WORDS,
    CONDITION_WORDS,
    DEAD_STATE_WORDS,
    IDENTIFY_VERBS,
    OUTLOOK_RECOVERY_VERBS,
    OUTLOOK_VERBS,
)

# The clause test. A death: "Reed died Sunday", "succumbed", "passed away", "was killed", "was
# pronounced dead", "is dead", "did not survive".
DEATH_VERBS = frozenset({"die", "succumb", "perish"})


DEATH_PARTICLES = {"pass": "away"}


KILLED_PASSIVES = frozenset({"kill", "murder", "slay"})


# Harm suffered, in the passive: "Reed was shot in the leg", "Cole was struck twice".
HARM_PASSIVES = frozenset({"shoot", "wound", "injure", "hurt", "strike", "hit", "stab", "graze"})


# "Reed suffered a gunshot wound", "sustained injuries".
HARM_HAVING_VERBS = frozenset({"suffer", "sustain"})


HARM_HAD_NOUNS = frozenset({"wound", "injury", "gunshot", "bullet"})


# Care: "Reed was taken to Mercy Hospital", "was hospitalized", "underwent surgery", "is in
# intensive care", "remains in the ICU", "was listed in critical condition".
CARE_PASSIVES = frozenset({"hospitalize", "treat", "admit", "airlift", "medevac"})


# "Reed remains hospitalized": the parse makes "remains" an auxiliary of an active participle.
CARE_STATE_PARTICIPLES = frozenset({"hospitalize"})


# "Cole is fighting for his life". This set, CARE_PLACING_VERBS and RECOVERY_CLAUSE_VERBS are
# the clause test's own: the lexicon's LIFE_FIGHT_VERBS, CARE_STATE_VERBS and RECOVERY_VERBS,
# which the first counts read, hold other words.
FIGHT_VERBS = frozenset({"fight"})


CARE_MOVES = frozenset({"take", "rush", "transport", "airlift", "fly", "transfer", "carry"})


# "coma": a state only the hurt are kept in ("is in a coma", "remains in a medically induced
# coma", "was placed in a coma"), as local news reports a victim's care (impl57a).
CARE_PLACE_NOUNS = frozenset(
    "hospital surgery care icu unit center centre room clinic condition support coma".split()
)


CARE_UNDERGONE_NOUNS = frozenset({"surgery", "surgeries", "treatment", "operation"})


# Care had: "Reed had surgery Saturday", "has had two surgeries"; "had treatment" is left out
# (a counted person's past illness), as is any modal ("was supposed to have surgery").
CARE_HAD_NOUNS = frozenset({"surgery", "surgeries"})


# Going home from care is a release: "Reed went home from the hospital Monday", "returned home
# from Mercy Hospital", "was sent home from the hospital"; the place must be one of care
# ("came home from work" is no release). "left the hospital" is the same news (impl57a).
HOME_GOING_VERBS = frozenset({"go", "return", "come", "send"})


CARE_STATES = frozenset({"hospitalized", "hospitalised"})


# Verbs that place their subject in care or a condition ("is", "remains", "was listed", "went
# into surgery"); not "worked at the hospital".
# "was placed in a medically induced coma", "was placed on life support" (impl57a).
CARE_PLACING_VERBS = frozenset({"be", "remain", "stay", "lie", "list", "rest", "go", "place"})


# "Reed's injuries are not life-threatening", "Reed's condition was not known": the owner hurt.
OWNED_HARM_NOUNS = frozenset({"injury", "wound", "condition"})


# "Paramedics pronounced Reed dead", "found Reed dead": the object's death.
DEATH_FINDING_VERBS = frozenset({"pronounce", "find", "leave"})


# Recovery: "Cole is recovering", "is making a recovery", "is expected to survive", "survived".
RECOVERY_CLAUSE_VERBS = frozenset({"recover", "survive"})


RECOVERY_NOUNS = frozenset({"recovery"})


# Release from care: "Cole was released Sunday night", "was discharged"; not "released on
# bond", "from jail", "to his family".
RELEASE_PASSIVES = frozenset({"release", "discharge"})


NOT_CARE_RELEASES = frozenset(
    "jail custody prison detention bond bail probation parole recognizance".split()
)


# A release the sentence tells is from police hands: "was questioned and released".
NOT_CARE_RELEASE_CONTEXT = frozenset(
    "question interview interrogate charge arrest custody detain book cite".split()
)


# "was said to be recovering", "is believed to be in stable condition": the clause is the
# complement's.
RAISING_VERBS = frozenset({"say", "believe", "report", "appear", "seem", "list", "expect"})


SUBJECT_DEPS = ("nsubj", "nsubjpass")


def object_or_owner_measure(person: Token, measure: str) -> str | None:
    """A registered person as the object of care or of a death ("Medics rushed Reed to Mercy
    Hospital", "Paramedics pronounced Reed dead") or the owner of the harm ("Reed's injuries are
    not life-threatening", "Reed's condition was not known"): the measure, or None."""
    head = person.head
    if person.dep_ == "poss":
        if head.lemma_.lower() in OWNED_HARM_NOUNS and head.dep_ in SUBJECT_DEPS:
            return measure if measure == "killed" else "injured"
        return None
    if is_unreal(head):
        return None
    if any(
        c.dep_ in ("acomp", "oprd", "ccomp") and c.lower_ in DEAD_STATE_WORDS for c in head.children
    ):
        return "killed" if head.lemma_.lower() in DEATH_FINDING_VERBS else None
    if head.lemma_.lower() in CARE_MOVES and _to_care(head):
        return "killed" if measure == "killed" or later_death(head) else "injured"
    return None


def identified_measure(victim: Token, measure: str) -> str | None:
    """ "The victim was identified as John Carter, 34", "has been identified as": the counted
    victim's measure where "the victim" is the subject of a passive identification, as the
    golds count "The dead man is identified as ..." and "Police said the victim was ...";
    None where the measure is not known ("" : a death beside a wound), the clause is negated
    or modal ("has not been identified", "could be identified"), or the person is not the
    passive's subject. Names identified stay uncounted (casualty_register.py)."""
    verb = victim.head
    if not measure or victim.dep_ != "nsubjpass" or verb.lemma_.lower() not in IDENTIFY_VERBS:
        return None
    if is_unreal(verb) or any(c.dep_ == "neg" for c in verb.children):
        return None
    return measure


def clause_measure(person: Token, measure: str) -> str | None:
    """The measure a mention's clause restates ("killed" where it tells a death), or None;
    ``measure`` is the register's ("" for a person only identified)."""
    verb = person.head
    verbs = [verb, *_shared_conjuncts(verb)]
    if verb.lemma_.lower() in RAISING_VERBS:
        verbs += [c for c in verb.children if c.dep_ == "xcomp"]  # "was said to be recovering"
    passives = [
        person.dep_ == "nsubjpass" if v is verb else any(c.dep_ == "auxpass" for c in v.children)
        for v in verbs
    ]
    for v, passive in zip(verbs, passives, strict=True):
        if _survival_denied(v):
            return "killed"  # "Reed did not survive"
        if not is_unreal(v) and _tells_death(v, passive=passive):
            return "killed"
    for v, passive in zip(verbs, passives, strict=True):
        kind = None if is_unreal(v) else _tells_care(v, passive=passive)
        if kind is None:
            continue
        if measure == "killed" and kind in ("recovery", "release"):
            return None  # someone counted dead does not recover: another person of that name
        if kind == "harm":
            # harm suffered again keeps the first measure ("shot"), or tells its own
            return measure or measure_of(v, v.lemma_.lower()) or "injured"
        # care, a condition, a recovery or a release tells a person hurt ("injured"), or one
        # counted dead taken to care ("was taken to a hospital, where he died")
        if measure == "killed" or later_death(v):
            return "killed"
        return "injured"
    return None


def _shared_conjuncts(verb: Token) -> list[Token]:
    """Verbs joined to ``verb`` that share its subject ("was shot and later died")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
    ]


def _survival_denied(verb: Token) -> bool:
    """ "did not survive": a death told by a negated survival."""
    return (
        verb.lemma_.lower() == "survive"
        and any(c.dep_ == "neg" for c in verb.children)
        and [c.lower_ for c in verb.children if c.dep_ == "aux"] == ["did"]
    )


def _tells_death(verb: Token, *, passive: bool) -> bool:
    """A death: "died", "succumbed", "passed away", "was killed", "was pronounced dead"."""
    lemma = verb.lemma_.lower()
    if lemma in DEATH_VERBS:
        return True
    if DEATH_PARTICLES.get(lemma) and any(
        c.dep_ == "prt" and c.lower_ == DEATH_PARTICLES[lemma] for c in verb.children
    ):
        return True
    if passive and lemma in KILLED_PASSIVES:
        return True
    return any(c.dep_ in ("acomp", "oprd") and c.lower_ in DEAD_STATE_WORDS for c in verb.children)


def _tells_care(verb: Token, *, passive: bool) -> str | None:
    """The kind of harm, care, condition, recovery or release ``verb``'s clause tells of its
    subject ("harm", "care", "recovery", "release"), or None."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if passive and lemma in HARM_PASSIVES:
        return "harm"
    if lemma in HARM_HAVING_VERBS and any(o.lemma_.lower() in HARM_HAD_NOUNS for o in objects):
        return "harm"
    if (passive or lemma in CARE_STATE_PARTICIPLES) and lemma in CARE_PASSIVES:
        return "care"  # "was treated at the scene", "remains hospitalized"
    if lemma in FIGHT_VERBS and any(o.lower_ == "life" for o in prep_objects(verb, "for")):
        return "care"  # "is fighting for his life"
    if passive and lemma in CARE_MOVES and _to_care(verb):
        return "care"
    if lemma == "undergo" and any(o.lower_ in CARE_UNDERGONE_NOUNS for o in objects):
        return "care"
    if lemma == "have" and any(o.lower_ in CARE_HAD_NOUNS for o in objects):
        return "care"  # "had surgery Saturday"
    if not objects and lemma in CARE_PLACING_VERBS and _in_care(verb):
        return "care"
    if lemma in RECOVERY_CLAUSE_VERBS and not objects:
        return "recovery"  # "is recovering", "survived"
    if any(o.lemma_.lower() in RECOVERY_NOUNS for o in objects):
        return "recovery"  # "is making a recovery"
    if lemma in OUTLOOK_VERBS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in OUTLOOK_RECOVERY_VERBS for c in children
    ):
        return "recovery"  # "is expected to survive"
    if passive and lemma in RELEASE_PASSIVES and _out_of_care(verb):
        return "release"
    if _home_from_care(verb, objects):
        return "release"
    return None


def _home_from_care(verb: Token, objects: list[Token]) -> bool:
    """ "went home from the hospital", "was sent home from Mercy Hospital", "left the hospital":
    a release told as going home, from a place of care only ("came home from work" is not)."""
    lemma = verb.lemma_.lower()
    if lemma == "leave":
        return any(o.lower_ in ("hospital", "icu") for o in objects)
    if lemma not in HOME_GOING_VERBS or objects:
        return False
    if not any(c.lower_ == "home" for c in verb.children):
        return False
    return any(_care_place(o) for o in prep_objects(verb, "from"))


def _to_care(verb: Token) -> bool:
    """ "taken to Mercy Hospital", "flown to a trauma center": a place of care."""
    return any(_care_place(o) for o in prep_objects(verb, "to"))


def _in_care(verb: Token) -> bool:
    """ "is in intensive care", "remains hospitalized", "was listed in critical condition",
    "is critical", "is on life support"."""
    for c in verb.children:
        if c.dep_ in ("acomp", "oprd") and (c.lower_ in CARE_STATES or c.lower_ in CONDITION_WORDS):
            return True
        if c.dep_ in ("acomp", "oprd", "xcomp") and c.lower_ in CARE_STATES:
            return True
    if verb.lemma_.lower() == "list" and any(
        o.lower_ in CARE_CONDITION_WORDS for o in prep_objects(verb, "as")
    ):
        return True  # "was listed as stable"
    objects = [o for p in ("in", "at", "on", "into") for o in prep_objects(verb, p)]
    return any(_care_place(o) for o in objects)


def _care_place(place: Token) -> bool:
    """A place or state of care: "hospital", "intensive care", "the ICU", "critical condition"
    (a condition needs its word of care), "Mercy Medical Center", "life support"."""
    word = place.lower_
    if word == "condition":
        return any(c.lower_ in CARE_CONDITION_WORDS for c in place.children)
    if word == "support":
        return any(c.lower_ == "life" for c in place.children)
    if word in ("center", "centre", "unit", "room"):
        return any(
            c.lower_ in ("medical", "trauma", "care", "emergency", "burn", "intensive")
            for c in place.subtree
        )
    return word in CARE_PLACE_NOUNS


def _out_of_care(verb: Token) -> bool:
    """Released from care: no "on", "to" or "into", and "from" only a place of care."""
    if prep_objects(verb, "on") or prep_objects(verb, "to") or prep_objects(verb, "into"):
        return False
    sources = prep_objects(verb, "from")
    if any(s.lower_ in NOT_CARE_RELEASES for s in sources):
        return False
    if any(t.lemma_.lower() in NOT_CARE_RELEASE_CONTEXT for t in verb.sent):
        return False
    return not any(c.dep_ == "dobj" for c in verb.children)
