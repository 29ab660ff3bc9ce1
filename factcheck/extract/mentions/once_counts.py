""" "once" that counts a time an event happened: "shot once in the arm", "the phrase was uttered
once, by Mr. Cruz", "shot his mother and brother once each" (issue 11). Pure.

As "twice" is a count of two times (gold README, multipliers that assert something checkable;
realgold3, realgold8, realgold10, realgold19, realgold20 golds), "once" after the verb it
modifies is a count of one time (realgold3, realgold5 golds). Before its verb it means
"formerly" ("she once worked there"), a clause opener means "as soon as" ("once the count is
done"), and "at once", "once again", "every once in a while" are idioms.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import ONCE_IDIOM_NEXT, ONCE_IDIOM_PREV, ONCE_OBJECT_POS

_REACH = 12  # tokens back from "once" to its verb


def counts_an_event_once(token: Token) -> bool:
    """True if ``token`` is a "once" after its verb that says the event happened one time."""
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if prev is None or prev.lower_ in ONCE_IDIOM_PREV or _in_a_while(token):
        return False
    if nxt is not None and (
        nxt.lower_ in ONCE_IDIOM_NEXT
        or not (nxt.is_punct or nxt.pos_ == "ADP" or nxt.lower_ == "each")
    ):
        return False  # "once again"; "said once an arrest is made": "once" opens a clause
    return _verb_before(token) is not None


def once_verb(token: Token) -> Token | None:
    """The verb a counted "once" counts ("shot" of "shot the clerk once"), or None: what the
    figure measures is how often it happened, as for "twice"."""
    return _verb_before(token) if counts_an_event_once(token) else None


def _verb_before(token: Token) -> Token | None:
    """The verb "once" counts: the nearest verb before it with at most its object between
    ("shot the clerk once", "shooting his mother and brother once"); None for "was once"."""
    doc = token.doc
    for k in range(token.i - 1, max(token.sent.start, token.i - _REACH) - 1, -1):
        word = doc[k]
        if word.pos_ == "VERB":
            return word
        if word.pos_ not in ONCE_OBJECT_POS and word.text != "-":
            return None
    return None


def _in_a_while(token: Token) -> bool:
    """ "once in a while": an idiom of sometimes."""
    words = [t.lower_ for t in token.doc[token.i + 1 : token.i + 4]]
    return words == ["in", "a", "while"]
