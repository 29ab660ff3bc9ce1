"""The person a participle of harm describes where the parse gives it no subject of its own
(implwide, session 50). Pure.

"A man was bleeding heavily" and "A man suffered a gunshot wound" are read from their subjects
(``casualty_vocab4.bleeding_people``, ``implied_predicates._wound_haver``). A reporter also hangs
the harm on the person wherever the person stands, as a participle: "Deputies were called about
a man bleeding in a parking lot", "Officers found a man bleeding on the porch", "Officers tended
to a woman suffering from a gunshot wound" (the parse hangs the participle on the noun), "found
a woman bleeding from the head" (the parse makes the person the participle's subject under
"found"), "tried to save a man who was bleeding heavily" (the relative's noun). Each is 1
injured, as the clause with a subject is. Not counted: a thing ("the wound bleeding", "a
company bleeding cash": no person), a pronoun (read where its person is named).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import FIND_VERBS
from factcheck.extract.person_shapes import is_person_or_age
from factcheck.extract.relative_people import relative_person


def participle_person(verb: Token) -> Token | None:
    """The person ``verb``, a participle of harm ("bleeding", "suffering"), describes: the noun
    it hangs on, the person found in its state, or the noun of its relative "who"; else None."""
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN"):
        person = verb.head  # "a man bleeding in a parking lot"
    elif verb.dep_ == "ccomp" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in FIND_VERBS:
        # "found a woman bleeding from the head": the parse makes her the participle's subject
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:
            return None
        person = subjects[0]
    elif verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children
    ):
        person = relative_person(verb)  # "a man who was bleeding heavily"
    else:
        return None
    return person if is_person_or_age(person) else None
