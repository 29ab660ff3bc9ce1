"""A bare "half" before a determiner is a share: "Half the delegates are bound", "eliminating
half the party's superdelegates", "emits half the carbon dioxide" (gold README "Shares": "half
of voters" is a claim of 0.5; the parser reads "half the" as a predeterminer, so no "of" and no
qualifier marks it). Idioms are no share: "half the battle", "only half the story", "half the
time"."""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import HALF_IDIOM_NOUNS

_DETERMINER_TAGS = ("DT", "PRP$")


def is_predeterminer_half(doc: Doc, i: int) -> bool:
    """True if token ``i`` is "half" heading a noun phrase as its predeterminer ("half the
    states", "half their budget"), not an idiom ("half the battle")."""
    token = doc[i]
    if token.lower_ == "half" and possessed_half(doc, i):
        return True
    if token.lower_ != "half" or token.dep_ != "predet" or i + 1 >= len(doc):
        return False
    if doc[i + 1].tag_ not in _DETERMINER_TAGS:
        return False
    nouns = [t for t in doc[i + 2 : i + 6] if t.pos_ in ("NOUN", "PROPN")]
    return not any(t.lemma_.lower() in HALF_IDIOM_NOUNS for t in [token.head, *nouns[:1]])


def possessed_half(doc: Doc, i: int) -> bool:
    """True if token ``i`` is "half" before a possessive name: "Half Clinton's State meetings
    were with donors", "cut half America's farm subsidies" (realgold gold "Half" = 0.5 share).

    The name's "'s" stands where "the" stands in "half the states"; the parser reads "half"
    there as a number or a compound, not a predeterminer. A name that begins with "Half" is
    no share: "Half Moon Bay's mayor", where the owned noun is one thing and "Half" no number.
    """
    j = i + 1
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].dep_ == "compound":
        j += 1  # "half Hillary Clinton's"
    if j + 2 >= len(doc) or doc[j].pos_ != "PROPN" or doc[j].dep_ != "poss":
        return False
    if doc[j + 1].tag_ != "POS":
        return False
    owned = doc[j].head
    if owned.i <= j + 1 or owned.pos_ != "NOUN" or owned.lemma_.lower() in HALF_IDIOM_NOUNS:
        return False
    return owned.tag_ == "NNS" or doc[i].ent_type_ == "CARDINAL"
