"""Coordinated victims the parse splits from their state: "The shooting left a man and a woman
wounded", "Officers found a man and a woman suffering from gunshot wounds", "Deputies found a man and a
woman with gunshot wounds". Pure.

With one person the parse makes the state a modifier of the person ("left a man wounded",
"found a man suffering ..."), and the count is read. With two joined by "and" it hangs the
state on the verb ("wounded": advcl of "left") or on the last person only ("suffering": acl of
"woman"), and the count was lost. The gold counts every person of the coordination, one claim
over it (realgold16 "his wife and his 10-year-old son", realgold14 "Essence and her friend,
12-year-old Christian Williams"; vocab38's "found a man and a woman dead"). impl45c; "with
gunshot wounds" hung on the last person, session 45 (gva3).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.implied_people import is_indefinite, with_conjuncts
from factcheck.extract.lexicon import CASUALTY_PERSON_NOUNS, FIND_VERBS, HURT_STATE_WORDS

# "left a man and a woman hurt": the states a "left" gives its people
_LEFT_HURT_STATES = HURT_STATE_WORDS | frozenset({"hurt"})
# "found a man and a woman suffering from gunshot wounds", "... bleeding from ..."
_SUFFERING_STATES = frozenset({"suffer"})


def left_hurt_list(verb: Token) -> list[Token]:
    """The people "left ... wounded" where the parse hangs the state on "left".

    Args:
        verb: a "leave" verb.

    Returns:
        Every person of the object's coordination ("a man and a woman"), or [] where the
        object is no new person ("left the victim wounded" re-mentions one) or no state
        follows.
    """
    if verb.lemma_.lower() != "leave":
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    states = [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp", "ccomp", "oprd", "acomp")
        and c.lower_ in _LEFT_HURT_STATES
        and objects
        and c.i > objects[0].i
    ]
    if not states or not is_indefinite(objects[0]):
        return []
    people = with_conjuncts(objects[0])
    return people if len(people) > 1 else []


def listed_sufferer(state: Token) -> Token | None:
    """The first person of a coordination the parse hangs "suffering" on the last of.

    Args:
        state: a "suffering" verb.

    Returns:
        "man" of "found a man and a woman suffering from ...", where the coordination is what
        a finding verb finds (``_found_first``); else None.
    """
    if state.lemma_.lower() not in _SUFFERING_STATES or state.dep_ != "acl":
        return None
    return _found_first(state.head)


def listed_wound_holder(holder: Token) -> Token | None:
    """The first person of a coordination the parse hangs "with gunshot wounds" on the last of.

    Args:
        holder: the person "with" hangs on ("woman" of "found a man and a woman with gunshot
            wounds").

    Returns:
        "man", where the coordination is what a finding verb finds (``_found_first``); else
        None.
    """
    return _found_first(holder)


# what a found person's own words may hold before the next person ("a man, Tom Lee, and"):
# a state of its own ("found a man dead and a woman with ...") ends the shared coordination
_OWN_STATE_DEPS = frozenset({"amod", "acl", "prep", "relcl", "oprd", "acomp", "advcl"})


def _found_first(last: Token) -> Token | None:
    """The first person of the coordination a finding verb finds, from its last person, on
    which the parse hangs the state the coordination shares ("found a man and a woman
    suffering from ...", "... with gunshot wounds").

    The last is a person noun joined to the one before it; the walk goes back through "and"
    and through a middle person the parse hangs on the first as an apposition ("a man, a woman
    and a teen"). The first is the finding verb's object, a person noun or a name ("found Rita
    Moss and a neighbor ..."), and no person before the last has a state of its own ("found a
    man dead and a woman with ..."). None otherwise.
    """
    if last.dep_ != "conj" or last.lemma_.lower() not in CASUALTY_PERSON_NOUNS:
        return None
    chain = [last]
    while chain[-1].dep_ == "conj" or (
        chain[-1].dep_ == "appos" and chain[-1].lemma_.lower() in CASUALTY_PERSON_NOUNS
    ):
        chain.append(chain[-1].head)
    first = chain[-1]
    if first.dep_ != "dobj" or first.head.lemma_.lower() not in FIND_VERBS:
        return None
    if first.lemma_.lower() not in CASUALTY_PERSON_NOUNS and first.ent_type_ != "PERSON":
        return None
    for person in chain[1:]:
        if any(c.dep_ in _OWN_STATE_DEPS and c.i > person.i for c in person.children):
            return None
    return first
