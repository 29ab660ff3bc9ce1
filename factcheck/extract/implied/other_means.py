"""Harm by other means than a gun or a blade, as a local crime reporter writes it: "A woman was
strangled in her apartment" (killed), "A man was pistol-whipped" (injured), "A teen was
paralyzed by gunfire" (shot), "robbers left a clerk for dead" (injured), "a girl was drowned
by her father" (killed), "was caught in the crossfire", "was riddled with bullets" (shot).
Pure.

The eighth vocabulary round (implvoc2, session 49; was ``casualty_vocab8.py``;
docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)"): a violent act counts as
the stabbing does; an accident does not ("a man drowned in the river" counts no one). The
active "he strangled his girlfriend" may be an assault she survived, so it is left alone. Not
counted: "the team appeared paralyzed", "the city was paralyzed by snow", "the company was
left for dead by investors", "drowned out the traffic", "caught in the rain", "riddled with
errors".
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.dependents import prep_objects
from factcheck.extract.lexicon import GUNFIRE_NOUNS, STABBING_VERBS

# the lemmas ``other_means_measure`` reads, and the "cling" of ``hurt_states.clings_to_life``
# (casualty_measures.py, identified_dead.py and predicate_candidates.py ask only tokens with one
# of them); ``wound_phrases.struck_part_owner``, of the same round, reads IMPACT_VERBS
OTHER_MEANS_LEMMAS = frozenset({
    "strangle", "whip", "paralyze", "paralyse", "leave", "drown", "catch", "riddle", "cling",
})  # fmt: skip
# the harms whose own measure "and left for dead" after them keeps ("was shot and left for
# dead": shot; "was stabbed and left for dead": injured, as STABBING_VERBS are)
_OWN_MEASURE_HARMS = frozenset({"shoot", *STABBING_VERBS})
# "caught in the crossfire", "caught in the gunfire": where the one caught was hit
_CAUGHT_IN_NOUNS = frozenset({"crossfire", "gunfire"})
# "pistol-whipped": the words before "whipped" that make it a beating with a gun
_WHIP_PREFIX = ("pistol", "-")


def other_means_measure(verb: Token, lemma: str) -> str | None:
    """The measure of a harm by other means ``verb`` says ("was strangled": killed), or None."""
    if verb.pos_ != "VERB":
        return None
    children = list(verb.children)
    passive = any(c.dep_ == "auxpass" for c in children)
    if lemma == "strangle":
        # "was strangled", "a teen found strangled", "a woman strangled in her home" (reduced)
        found = verb.dep_ in ("oprd", "xcomp", "ccomp") and verb.head.lemma_.lower() == "find"
        reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"
        return "killed" if passive or found or reduced else None
    if lemma == "whip":
        return "injured" if _pistol_whipped(verb) else None
    if lemma in ("paralyze", "paralyse"):
        return "shot" if _by_gunfire(verb) else None
    if lemma == "leave":
        if verb.dep_ == "conj" and verb.head.lemma_.lower() in _OWN_MEASURE_HARMS:
            return None  # "was shot and left for dead": shot, the harm's own measure
        return "injured" if _left_for_dead(verb) else None
    if lemma in ("catch", "riddle") and passive and not _goes_on(verb):
        # "was caught in the crossfire", "was riddled with bullets"
        prep, nouns = ("in", _CAUGHT_IN_NOUNS) if lemma == "catch" else ("with", GUNFIRE_NOUNS)
        return "shot" if _prep_object_in(verb, prep, nouns) else None
    if lemma == "drown":
        if any(c.dep_ == "prt" for c in children):
            return None  # "drowned out the traffic"
        # an agent ("by her father") or an object: someone drowned them
        agent = any(c.dep_ == "agent" for c in children)
        return "killed" if (passive and agent) or any(c.dep_ == "dobj" for c in children) else None
    return None


def _goes_on(verb: Token) -> bool:
    """ "was caught in the crossfire and killed": a conjunct verb of the same subject tells
    what the gunfire did (its own measure, read there)."""
    return any(
        c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in verb.children
    )


def _prep_object_in(verb: Token, prep: str, nouns: frozenset[str]) -> bool:
    """ "caught in the crossfire": ``verb`` has ``prep`` with an object among ``nouns``."""
    return any(o.lemma_.lower() in nouns for o in prep_objects(verb, prep))


def _pistol_whipped(verb: Token) -> bool:
    """ "pistol-whipped": "whipped" with "pistol" and a hyphen just before it."""
    doc = verb.doc
    if verb.i < len(_WHIP_PREFIX):
        return False
    before = tuple(doc[verb.i - len(_WHIP_PREFIX) + k].lower_ for k in range(len(_WHIP_PREFIX)))
    return before == _WHIP_PREFIX


def _by_gunfire(verb: Token) -> bool:
    """ "paralyzed by gunfire", "paralyzed by a stray bullet", "paralyzed in a shooting"."""
    for c in verb.children:
        if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in"):
            if any(
                o.lemma_.lower() in GUNFIRE_NOUNS or o.lemma_.lower() == "shooting"
                for o in c.children
                if o.dep_ == "pobj"
            ):
                return True
    return False


def _left_for_dead(verb: Token) -> bool:
    """ "left for dead": "for" with "dead" as its object, under "leave"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(o.lower_ == "dead" and o.dep_ in ("pobj", "amod", "acomp") for o in c.children)
        for c in verb.children
    )
