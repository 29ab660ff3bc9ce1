"""A reporting verb beside the figure's clause that shares its subject and takes an object
of its own ("Voters turned out in five primaries, continuing a pattern ...", "Lee leads Ruiz
by 271 pledged delegates", the parse's "pledged" a verb with "delegates" its object) tells a
further act of that subject, not who reports the figure; a closing "..., police said" has a
subject of its own and no object (PolNeAR: realgold8, realgold10 golds)."""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def acts_on_its_own_object(verb: Token) -> bool:
    """``verb``, hung on the figure's clause, has no subject of its own and a direct object."""
    children = list(verb.children)
    if any(c.dep_ in _SUBJECT_DEPS for c in children):
        return False
    return any(c.dep_ == "dobj" for c in children)
