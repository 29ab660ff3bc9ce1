"""What a span "for N units" says lasted, beyond its verb: the verb's object ("earned a public
salary for 10 years" -> "public salary"), the agent of a passive ("has been gripped by drought
for more than a decade" -> "drought"), the adjective of "be" ("had been absent from the country
for more than a decade" -> "absent"). The golds name such spans by that thing or state
(tests/wireb, wireg, tests/corpus, three writers, session 65: "salary", "absent", "drought"),
which the unit and the verb alone leave out. Written after the verb, so the unit, doer and
verb keep their order (``span_subjects.duration``).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.subjects.noun_phrases import head_phrase, prep_object


def lasted_object(verb: Token) -> str:
    """The verb's common-noun object or its passive agent's noun, or ''."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and not child.ent_type_:
            if _comma_between(verb, child):
                return ""  # "played for an hour, wide smiles on their faces": no object
            return head_phrase(child, after=child.left_edge.i - 1)
        if child.dep_ == "agent":
            found = prep_object(child)
            return found if found and not any(t.ent_type_ for t in child.subtree) else ""
    return ""


def _comma_between(verb: Token, noun: Token) -> bool:
    return any(t.text in (",", ";", "--", "—") for t in verb.doc[verb.i + 1 : noun.i])


def lasted_state(verb: Token) -> str:
    """ "had been absent ... for a decade" -> "absent": the adjective a copula says lasted."""
    if verb.lemma_ != "be":
        return ""
    states = [c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"]
    return states[0].lower_ if states else ""
