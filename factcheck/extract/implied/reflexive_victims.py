"""The killer who kills himself: "a gunman killed two people and then himself" = 1 killed. Pure.

The realgold8 README: "himself" after "killed" is an implied 1, spanned as the pronoun alone.
Read from the parse: "himself"/"herself" as the object of a fatal verb ("before killing
himself", "fatally shooting herself"), listed with its objects ("killed two people and himself",
"fatally shot his daughters, himself"), or the "on" of "turned the gun on himself". A
non-fatal "shot himself" is 1 shot (realgold10: "before shooting himself", "accidentally shoots
himself in the hand"); not a negated or modal verb ("threatened to kill himself" is the verb
"threaten"'s), nor the idiom "shot himself in the foot".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    REFLEXIVE_PERSONS,
    SELF_INFLICTED_TURN_OBJECTS,
    SELF_SHOT_IDIOM_PARTS,
)
from factcheck.extract.token_index import tokens_with_lower

Victim = tuple[Token, Token, str]  # the reflexive pronoun, its verb, the measure


def find_reflexive_victims(doc: Doc, measure: Callable[[Token], str | None]) -> Iterator[Victim]:
    """Yield (pronoun, verb, measure) for each shooter who shot or killed himself or herself.

    Args:
        doc: the parsed article.
        measure: what a verb says happened, said as real ("killed" for "killed", "fatally
            shot"; "shot" for "shot"; None for a modal, negated or intended act).
    """
    for token in tokens_with_lower(doc, REFLEXIVE_PERSONS):
        if token.lower_ not in REFLEXIVE_PERSONS:
            continue
        verb = _verb_of(token)
        if verb is None:
            continue
        if _turned_gun(token, verb):
            yield token, verb, "killed"
            continue
        found = measure(verb)
        if found == "killed" or found and not _idiom(token):
            yield token, verb, found


def _idiom(pronoun: Token) -> bool:
    """ "shot himself in the foot": a self-inflicted mistake, not a wound."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "in"
        and any(o.lemma_.lower() in SELF_SHOT_IDIOM_PARTS for o in p.children)
        for p in [*pronoun.head.children, *pronoun.children]
    )


def _verb_of(pronoun: Token) -> Token | None:
    head = pronoun
    # "two people and himself", "twin daughters, himself": up the list to its first object
    while head.dep_ in ("conj", "appos") and head.head.i < head.i and head.head.pos_ != "VERB":
        head = head.head
    if head.dep_ == "dobj" and head.head.pos_ == "VERB":
        return head.head
    if (
        head.dep_ in ("conj", "dep", "npadvmod")
        and head.head.pos_ == "VERB"
        and head.head.i < head.i
    ):
        # "fatally shot his sons and then himself": the parse may hang it on the verb
        return head.head
    if pronoun.dep_ == "pobj" and pronoun.head.lower_ == "on" and pronoun.head.head.pos_ == "VERB":
        return pronoun.head.head  # "turned the gun on himself"
    return _verb_listed_before(pronoun)


def _verb_listed_before(pronoun: Token) -> Token | None:
    """ "killed their three children and himself", "shot his twin daughters and then himself"
    where the parse hangs the pronoun elsewhere (a subject of the next verb, a conjunct of the
    killer): the verb whose object ends right before "and (then)"."""
    doc, at = pronoun.doc, pronoun.i - 1
    if at > 0 and doc[at].lower_ == "then":
        at -= 1
    if at < 2 or doc[at].lower_ != "and":
        return None
    last = doc[at - 1]
    if last.dep_ == "dobj" and last.head.pos_ == "VERB" and last.head.i < last.i:
        return last.head
    return None


def _turned_gun(pronoun: Token, verb: Token) -> bool:
    return (
        pronoun.head.lower_ == "on"
        and verb.lemma_.lower() == "turn"
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in SELF_INFLICTED_TURN_OBJECTS
            for c in verb.children
        )
    )
