"""The first of a list of names, which the tagger labels otherwise: "Dashawn Pettiford and Marcus
Reed were killed" (2). Pure.

``implied_people.count_people`` counts a listed name where the first of the list is named ("Ann
Reed, 40, and Lee Hines"); the tagger labels many first-listed names a place or nothing
("Pettiford" GPE), and one unknown member drops the whole count. A capitalised proper noun of
two words at least, first in a list whose next member is a person's name, is a person as its
neighbour is (gold README "Implied counts"; the lead's decision, session 12).
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from spacy.tokens import Token

from factcheck.extract.implied.name_forms import is_name_cased
from factcheck.extract.implied.named_victims import is_named


def is_listed_before_name(person: Token, people: Sequence[Token], names: Container[str]) -> bool:
    """True if ``person`` opens ``people`` and the name after it is a person's."""
    if person.pos_ != "PROPN" or not is_name_cased(person) or len(people) < 2:
        return False
    if people[0] is not person or not any(c.dep_ == "compound" for c in person.lefts):
        return False
    return is_named(people[1], names)
