"""A counted casualty named again inside words that restate the harm: the noun the name owns,
the noun whose "of", "for" or "on" it follows, or a word set on it. Pure.

Gold README "Implied counts" (a count the words imply) and "Repeats" (a claim at each place):
a person the article counts as killed or hurt is counted again where the words of the mention
itself tell the harm, whatever the clause's verb says. "Marcus Reed was shot and killed ...
Reed's death was ruled a homicide", "police arrested Reed's killer", "the killing of Marcus
Reed", "an autopsy on Reed", "a funeral for Reed" are 1 killed each; "the shooting of Reed"
is the counted measure again; "the slain teen" and "the deceased man" tell a death of someone
counted dead, "the wounded officer" and "survivor Ann Lee" a wound of someone counted hurt.
``casualty_register.later_mentions`` finds the mention (a registered name, or a definite noun
counted for one person) and asks this module after its own clause test.

Not counted: words that tell no harm ("Reed's family said", "Reed's home", "a friend of
Reed", "Reed, a father of three"); mourning or remains of someone counted only hurt ("a vigil
for the wounded officer" tells no death); a death word on someone counted hurt only where the
noun itself says death ("Reed's death" after "Reed was shot" tells the later death: killed).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    DEATH_MODIFIERS,
    DEATH_RESTATING_NOUNS,
    HARM_EVENT_NOUNS,
    KILLER_NOUNS,
    MOURNING_NOUNS,
    WOUND_MODIFIERS,
)

# the preposition that ties a person to a noun of harm: "the death of Reed", "a funeral for
# Reed", "an autopsy on Reed"
OWNING_PREPOSITIONS = frozenset({"of", "for", "on"})
# words set on a person: "the slain teen", "survivor Bo Li"
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def harm_word_measure(person: Token, measure: str) -> str | None:
    """The measure the words around a mention of a counted person tell ("killed", or the
    counted ``measure``, "" when the register does not know it), or None where they tell no
    harm. ``person`` is the head of the mention: an owner ("Reed's death"), the object of a
    preposition ("the death of Reed") or any mention with a harm word set on it."""
    noun = _harm_noun(person)
    if noun is not None:
        found = _noun_measure(noun.lemma_.lower(), noun.lower_, measure)
        if found is not None:
            return found
    return _modifier_measure(person, measure)


def _harm_noun(person: Token) -> Token | None:
    """The noun the person owns ("Reed's death") or follows by "of", "for", "on" ("the death of
    Reed"), or None."""
    if person.dep_ == "poss":
        return person.head
    if person.dep_ == "pobj" and person.head.lower_ in OWNING_PREPOSITIONS:
        preposition = person.head
        owner = preposition.head
        if owner.pos_ in ("NOUN", "PROPN"):
            return owner
        # "gathered at a vigil for Reed": the parse may hang the preposition on the verb; the
        # noun right before it is the one it follows
        before = preposition.doc[preposition.i - 1] if preposition.i > 0 else None
        if owner.pos_ in ("VERB", "AUX") and before is not None and before.pos_ == "NOUN":
            return before
    return None


def _noun_measure(lemma: str, word: str, measure: str) -> str | None:
    """The measure a noun of harm tells of its person, or None."""
    if lemma in DEATH_RESTATING_NOUNS or word in KILLER_NOUNS or lemma in KILLER_NOUNS:
        return "killed"
    if lemma in MOURNING_NOUNS:
        return "killed" if measure == "killed" else None
    if lemma in HARM_EVENT_NOUNS:
        return measure or None
    return None


def _modifier_measure(person: Token, measure: str) -> str | None:
    """ "the slain teen", "the deceased man" (someone counted dead); "the wounded officer",
    "survivor Bo Li" (someone counted hurt)."""
    words = {c.lower_ for c in person.children if c.dep_ in MODIFIER_DEPS and c.i < person.i}
    if words & DEATH_MODIFIERS and measure == "killed":
        return "killed"
    if words & WOUND_MODIFIERS and measure and measure != "killed":
        return measure
    return None
