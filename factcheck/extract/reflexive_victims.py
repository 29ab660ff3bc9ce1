"""The killer who kills himself: "a gunman killed two people and then himself" = 1 killed. Pure.

The realgold8 README: "himself" after "killed" is an implied 1, spanned as the pronoun alone.
Read from the parse: "himself"/"herself" as the object of a fatal verb ("before killing
himself", "fatally shooting herself"), listed with its objects ("killed two people and himself",
"fatally shot his daughters, himself"), or the "on" of "turned the gun on himself". Not a
non-fatal "shot himself" (no death said), nor a negated or modal verb ("threatened to kill
himself" is the verb "threaten"'s).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import REFLEXIVE_PERSONS, SELF_INFLICTED_TURN_OBJECTS

Victim = tuple[Token, Token]  # the reflexive pronoun, its verb


def find_reflexive_victims(doc: Doc, fatal: Callable[[Token], bool]) -> Iterator[Victim]:
    """Yield (pronoun, verb) for each killer who killed himself or herself.

    Args:
        doc: the parsed article.
        fatal: whether a verb says a real death ("killed", "fatally shot"; not modal, negated).
    """
    for token in doc:
        if token.lower_ not in REFLEXIVE_PERSONS:
            continue
        verb = _verb_of(token)
        if verb is not None and (_turned_gun(token, verb) or fatal(verb)):
            yield token, verb


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
