"""A challenge to the listener: "Can you name one accomplishment of the council?", "Name one
governor who has done more", "Can anyone cite two bills he passed?" Pure.

The number is what the listener is dared to find, and the speaker's point is that there is
none; it asserts no count (gold README: a claim asserts something checkable; realgold30 gold:
"rhetorical question, not a count"). Read where a small number is on the object of "name" or
"cite" and the verb is an imperative (no subject) or asked of the listener ("can you",
"could anyone") in a question. "Police named two suspects" and "the report cites three
studies" state what was done and stay claims.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import CHALLENGE_VERBS, CHALLENGED_LISTENERS

_QUESTION_REACH = 40  # tokens after the verb in which its end mark is looked for
_SMALL_NUMBERS = frozenset({"one", "two", "three", "1", "2", "3", "a", "single"})


def is_rhetorical_challenge(doc: Doc, start: int, end: int) -> bool:
    """True if the number at ``start:end`` is what a "name one ..." challenge dares one to find."""
    if end - start != 1 or doc[start].lower_ not in _SMALL_NUMBERS:
        return False
    noun = doc[start].head
    if doc[start].dep_ != "nummod" or noun.dep_ != "dobj":
        return False
    verb = noun.head
    if verb.lemma_.lower() not in CHALLENGE_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children)
    return subjects[0].lower_ in CHALLENGED_LISTENERS and _is_question(verb)


def _is_question(verb: Token) -> bool:
    """The first end mark after ``verb`` is a question mark, in its sentence or past a split
    the parser made inside it ("Can you name one accomplishment [in two decades]?")."""
    doc = verb.doc
    for k in range(verb.i + 1, min(verb.i + _QUESTION_REACH, len(doc))):
        if doc[k].text in (".", "!", "?"):
            return doc[k].text == "?"
    return False
