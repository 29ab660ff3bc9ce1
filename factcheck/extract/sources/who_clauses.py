"""A name described as a person: a "who" clause after its comma, or a noun of a person's
ending in apposition.

"Ramesh Kale, who sells garlands at the gate, said ...": people take "who", things "which"
(the converse of name_kinds.which_clause, "Northgate Apparel, which owns the plant"). "Lucia
Ferro, a forensic anthropologist at the university, said ...": a word on a person's ending
("-ist", "-ician": lexicon.has_person_ending) names a person as the listed descriptors do.
A name the tagger reads as no one, or as an organisation, is then a person wherever the
article writes it (gold README, "Source kinds": a person named -> named_person).

Evidence: the wire tuning golds, three sets by three writers (wiref's garland seller, wirep's
epidemiologist and forensic anthropologist), given named_org before. Pure.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import has_person_ending


def who_clause(name: Token) -> bool:
    """The name, a clause's subject, is described by a "who" clause right after its comma."""
    if name.dep_ not in ("nsubj", "nsubjpass"):
        return False  # after a name that is no subject the parse may hang another's clause
    for child in name.rights:
        if child.dep_ == "relcl" and child.left_edge.lower_ == "who":
            return child.left_edge.i == name.i + 2 and name.doc[name.i + 1].text == ","
    return False


def person_ending_noun(noun: Token) -> bool:
    """ "an epidemiologist", "a forensic anthropologist": a noun on a person's ending."""
    return has_person_ending(noun.lower_)
