"""What a figure counts or measures, as a short noun phrase from the text."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.mentions import Mention

# Heads that are only containers for what is counted: "a population of 2.3 million people".
_PARTITIVE_HEADS = frozenset(
    {"number", "total", "percent", "%", "share", "proportion", "majority", "rate", "figure"}
)
_NOUNS = ("NOUN", "PROPN")
# Climbing from a bare figure to its clause: "the death count crossed 9,000".
_CLIMB_DEPS = frozenset({"dobj", "attr", "pobj", "prep", "npadvmod", "appos", "conj", "oprd"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def find_subject(doc: Doc, mention: Mention) -> str:
    """Return the noun phrase naming what the figure counts or measures, or ''.

    "roughly 240 hostages" -> "hostages"; "five main agenda items" -> "main agenda items";
    "the death count in Gaza crossed 9,000" -> "death count"; "7.7 percent of voters" -> "voters".

    Args:
        doc: the parsed article.
        mention: a claim mention in ``doc``.
    """
    number = mention.number_token(doc)
    span_end = mention.end
    head = number.head
    # "240 hostages": the number modifies the noun after it.
    if number.dep_ in ("nummod", "quantmod", "compound", "amod") and head.pos_ in _NOUNS:
        if head.i >= span_end:
            return _noun_phrase(head, after=span_end - 1)
        if head.i >= mention.start:
            # The head is the unit inside the span ("7.7 percent"): look past it.
            return _beyond_unit(head, span_end) or _clause_subject(head)
    if mention.figure[1] > number.i + 1:
        unit = doc[mention.figure[1] - 1]
        found = _beyond_unit(unit, span_end)
        if found:
            return found
    found = _of_phrase(number)
    if found:
        return found
    if number.dep_ in ("nsubj", "nsubjpass") and number.head.pos_ == "VERB":
        # "8,000 died", "12 were killed": the verb says what the figure counts.
        return number.head.text
    return _clause_subject(number)


def _noun_phrase(head: Token, *, after: int) -> str:
    """The head noun with its compounds and adjectives that follow the figure."""
    if head.lower_ in _PARTITIVE_HEADS:
        found = _of_phrase(head)
        if found:
            return found
    left = [
        t
        for t in head.lefts
        if t.i > after and t.dep_ in ("compound", "amod", "nmod") and t.pos_ != "NUM"
    ]
    start = min([t.i for t in left], default=head.i)
    return head.doc[start : head.i + 1].text


def _of_phrase(token: Token) -> str:
    """ "2.3 million of the residents" / "7.7 percent of voters": the object of "of"."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
            if objects:
                return _noun_phrase(objects[0], after=objects[0].i - 1)
    return ""


def _beyond_unit(unit: Token, span_end: int) -> str:
    found = _of_phrase(unit)
    if found:
        return found
    if unit.dep_ in ("nummod", "compound", "amod") and unit.head.pos_ in _NOUNS:
        if unit.head.i >= span_end:
            return _noun_phrase(unit.head, after=span_end - 1)
    return ""


def _clause_subject(token: Token) -> str:
    """Climb from a bare figure to its verb and return that verb's subject ("death count")."""
    current = token
    for _ in range(6):
        if current.dep_ not in _CLIMB_DEPS and current.pos_ not in ("ADP", "NUM", "NOUN", "SYM"):
            break
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            for child in current.children:
                if child.dep_ in _SUBJECT_DEPS and child.pos_ in _NOUNS:
                    return _noun_phrase(child, after=child.left_edge.i - 1)
            break
        if current.head.i == current.i:
            break
    return ""
