"""A name after a title of address is a person's: "shot Officer Reyes", "wounding Deputy Ann
Lee". Pure.

Gold README "Implied counts" and docs/gold-conventions.md ("Vocabulary of casualty shapes"):
a named person a casualty verb acts on is an implied 1 ("killed Ann Lee"). The entity
recogniser often leaves a rank-and-surname object unlabelled ("Officer Reyes", "Sgt. Hancock"),
so the casualty verb's object was taken for a compound of no one. The title itself
(ADDRESS_TITLES, PERSON_TITLES: the words the real golds keep before a name) says the name is
a person's, whatever label the entity recogniser gives it.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import ADDRESS_TITLES, PERSON_TITLES

_TITLES = ADDRESS_TITLES | PERSON_TITLES


def is_addressed_name(token: Token) -> bool:
    """True if ``token`` is a proper noun with a title of address among the words before it
    ("Officer Reyes", "officer Tom Reyes", "Deputy Ann Lee"); not the title alone."""
    if token.pos_ != "PROPN" or token.lower_ in _TITLES:
        return False
    return any(
        c.dep_ == "compound" and c.i < token.i and c.lower_ in _TITLES for c in token.children
    )
