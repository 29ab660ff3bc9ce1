"""A name in apposition after a role that a prepositional phrase completes: "A lawyer for the
families, Mina Sall, said ...", "The mayor of Kerrin, Ana Vole, said ...". The role describes
the name, as "a rescue charity, Sea Haven" does when nothing stands between the noun and the
comma (``name_kinds._described_names``), so a name the tagger reads as a place or leaves
untagged is still a person, and a "she said" that follows stands for her.

Notes:
    Gold README, "Source kinds"; tests/wiref f_3 (a lawyer's name tagged a place, her "she
    told AFP" left as an anonymous "she"; gold: the name, named_person). The name in
    apposition to a subject is the speaker a later pronoun looks for (mistagged_speakers.py).
"""

from __future__ import annotations

from spacy.tokens import Token


def role_before_apposition(name: Token) -> Token | None:
    """The common noun ``name`` stands in apposition to when only the noun's own prepositional
    phrase and a comma stand between them ("A lawyer for the families, Mina Sall"), or None.
    Not a name the parse hangs on a noun further back ("the head of the agency, Frontex":
    the comma must follow the phrase of the noun the name belongs to)."""
    role = name.head
    if name.dep_ != "appos" or role.pos_ != "NOUN" or role.i > name.i:
        return None
    comma = name.left_edge.i - 1
    if comma <= role.i + 1 or name.doc[comma].text != ",":
        return None
    preps = [c for c in role.rights if c.dep_ == "prep" and c.i < comma]
    if len(preps) != 1 or preps[0].i != role.i + 1 or preps[0].right_edge.i != comma - 1:
        return None
    return role
