"""Plural bodies of a kind, placed or owned by a kind of people, name no one body: "Kenyan
rights groups say", "Doctors' groups say", "Local media reported" -> anonymous.

Gold README, "Source kinds": unnamed people or unspecified sources and reports -> anonymous.
``kind_cues.unspecified_group`` already read "conservative outside groups" so, but a
nationality ("Kenyan") or a plural possessor ("Doctors'") made the phrase look named, and
"media" stood for a named outlet: the wire golds write these anonymous by four writers
(tests/wirel "Kenyan rights groups", tests/wirez "Doctors' groups", tests/wireg and tests/wiren
"Local media", tests/wirex "rights groups"), none named_org. "State media" is left as it was
(golds split: wiren, wireo, wirep named_org, wirez anonymous). Pure.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import UNPLACED_MEDIA_WORDS

_KIND_ENTS = frozenset({"NORP", "GPE", "LOC"})


def nationality_of_a_kind(token: Token) -> bool:
    """ "Kenyan" of "Kenyan rights groups": a nationality or place as an adjective."""
    return token.ent_type_ in _KIND_ENTS and token.dep_ == "amod"


def kind_of_people(possessor: Token) -> bool:
    """ "Doctors'" of "Doctors' groups": a plural common noun that owns, a kind of people."""
    return possessor.tag_ == "NNS" and possessor.pos_ == "NOUN"


def unplaced_media(head: Token) -> bool:
    """ "Local media", "foreign media": media of no one outlet."""
    if head.lower_ != "media":
        return False
    lefts = list(head.lefts)
    return bool(lefts) and all(c.dep_ == "amod" and c.lower_ in UNPLACED_MEDIA_WORDS for c in lefts)
