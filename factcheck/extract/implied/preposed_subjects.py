"""The subject of a passive casualty verb the parse takes for the object of the "after" before
it (session 54, impl54b). Pure.

"Police are investigating after a 19-year-old was shot Saturday": en_core_web_sm reads "after"
as a preposition whose object is "a 19-year-old" and leaves "was shot" with no subject, so the
implied count (gold README "Implied counts": 1 shot) was lost; with "a man" in the same place
the parse makes a clause and the count is read. The person is the subject when it ends right
before the verb's own "was" or "were" and the participle has no subject of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.implied.person_shapes import is_casualty_person

# the words of time that open a clause the parse may read as a preposition
_CLAUSE_PREPOSITIONS = frozenset({"after", "before", "since", "until"})


def preposed_subject(verb: Token) -> Token | None:
    """The person of "after a 19-year-old was shot" for ``verb`` "shot"; else None."""
    if verb.tag_ != "VBN":
        return None
    children = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children):
        return None
    auxiliaries = [c for c in children if c.dep_ == "auxpass" and c.i == verb.i - 1]
    if not auxiliaries or auxiliaries[0].i == 0:
        return None
    before = verb.doc[auxiliaries[0].i - 1]
    person = before if before.dep_ == "pobj" else None
    if person is None or person.head.lower_ not in _CLAUSE_PREPOSITIONS:
        return None
    return person if is_casualty_person(person) else None
