"""A description in apposition after a person's name stands for the person: "Pham Thi Hoa, a
70-year-old retired nurse who said she had put 2 billion dong into the bonds".

A figure reported in a relative clause on the description ("who said she had put ...") reaches
the description as its source; the person it describes is the source, cited by the name
(docs/gold-conventions.md, "Titles and roles before names": an appositive after the name is
left out). Two wire sets by two writers give the name: tests/wireb b_1 ("Marta Ibáñez, a
67-year-old former seamstress who said ..."), tests/wireg g_5 ("Tran Thi Lan, a 67-year-old
retired teacher who said ...").

Not a description before the name ("a spokesman, Ray Ortiz"), whose phrase keeps the name
already, nor a noun in apposition to an organisation ("Mare Aperto, a German charity").
"""

from __future__ import annotations

from spacy.tokens import Token


def person_described(noun: Token) -> Token | None:
    """The name a common noun stands in apposition after ("Hoa, a retired nurse"), or None."""
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.i < noun.head.i:
        return None
    name = noun.head
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN":
        return None
    between = noun.doc[name.i + 1 : noun.left_edge.i]
    if not between or between[0].text != ",":
        return None
    return name
