"""Victims' names by their written form, where the small tagger gives them no person label or
reads them as something else. Pure.

Gold README "Implied counts"; the lead's decision (session 12): a named victim who "was shot and
killed" is 1 killed, as "a man was shot and killed" is, and a surname named again with its own
harm ("Reed died Sunday") is a claim at that place (gold README "Repeats"). en_core_web_sm
labels many local victims' names a place, an organisation, a date or nothing ("Darnell Price"
ORG, "Guadalupe Torres" nothing), and ``is_named`` then knows a surname alone only where the
article's entities name a person so. Forms that say "a person's name" without the label:

- a suffix that heads the name in the parse: "James Brown III", "Michael Carter Jr." ("III"
  is all capitals, which a name's test refuses as a shouted headline word);
- a first and last name by shape (``shaped_names.py``): its words are the article's names too,
  so the surname alone is known where it comes again ("Officers found Darnell Price in the
  road. Price was pronounced dead");
- a word capitalised as names are, with capitals inside it ("McGee", "DeShawn", "LaToya",
  "MacDonald"), which ``Token.is_title`` refuses;
- a surname the tagger reads as a plural ("Tyrone Banks", "Hope Rivers": NNPS) after one first
  name, not a team named by its city;
- and in ``victim_names.is_name_shape``, an age before the name says a person whatever place
  the tagger reads ("19-year-old Rose Price" LOC).

Invented probes (session 54, 190 names of many origins and shapes x 16 harm predicates x 10
contexts): these forms were about half of the named victims missed.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from factcheck.extract.implied.casualty_names import NAME_SUFFIXES
from factcheck.extract.token_index import tokens_with_lower

# Suffixes the tokenizer may leave without their period.
_BARE_SUFFIXES = frozenset({"jr", "sr"})
# Two capitals in a row: an acronym or a shouted word, not a name's inner capital.
_CAPITALS = re.compile(r"[A-Z]{2}")
# A name's initials: "R.", "J.R.".
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# Labels of a place: a first word the article writes as one is no first name.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The parse's tags of a name's words.
NAME_TAGS = frozenset({"NNP", "NNPS"})


def is_name_cased(token: Token) -> bool:
    """ "Price", "McGee", "DeShawn", "O'Neil", "Ji-woo": a capital first letter and lower-case
    letters, with capitals inside only one at a time (not "NFL", "USA" or a shouted
    "SHOOTING"); or initials ("R.")."""
    text = token.text
    if _INITIALS.fullmatch(text):
        return True  # "Randall R. Coffland", "J.R. Ewing"
    parts = re.split(r"['’-]", text)
    if not text[:1].isupper() or not all(p.isalpha() for p in parts):
        return False
    if not any(c.islower() for c in text):
        return False
    return not any(_CAPITALS.search(p) for p in parts)


def is_suffixed_name(token: Token) -> bool:
    """ "James Brown III", "Michael Carter Jr.": a name's suffix heading a first and last name,
    all capitalised proper nouns of the parse."""
    if token.lower_.rstrip(".") not in {s.rstrip(".") for s in NAME_SUFFIXES}:
        return False
    names = [c for c in token.lefts if c.dep_ == "compound"]
    return (
        token.tag_ in NAME_TAGS
        and len(names) >= 2
        and all(c.tag_ in NAME_TAGS and is_name_cased(c) for c in names)
    )


def is_plural_surname(token: Token, firsts: list[Token]) -> bool:
    """ "Tyrone Banks", "Hope Rivers", "Miguel Angel Reyes": a surname the tagger reads as a
    plural proper noun (NNPS), after one or two given names; not a team or a body named by its
    place ("Dallas Cowboys": the article writes "Dallas" as a place elsewhere) nor one with an
    article ("the Tampa Bay Buccaneers")."""
    if len(firsts) > 2 or any(c.dep_ in ("det", "poss") for c in token.children):
        return False
    given = {c.lower_ for c in firsts}
    # the given names' tokens alone, not a walk of the article per name (speed69)
    place = (t.ent_type_ in _PLACE_LABELS for t in tokens_with_lower(token.doc, given))
    return not any(place)


def has_split_period(token: Token) -> bool:
    """ "Michael Carter Sr. was shot": the parse split the suffix's period from "Sr"; the name
    the gold writes keeps it ("Hector Garcia Jr."), where the period ends no sentence."""
    doc = token.doc
    return (
        token.lower_ in _BARE_SUFFIXES
        and not token.whitespace_
        and token.i + 2 < len(doc)
        and doc[token.i + 1].text == "."
        and doc[token.i + 1].sent == token.sent
        and not doc[token.i + 2].is_sent_start
    )


def is_lone_noun_name(token: Token) -> bool:
    """ "Reyes, who was killed, ..." after "Miguel Angel Reyes": a surname the tagger reads as a
    common noun and labels something else (an organisation), the label on this word alone and
    the word capitalised as a name. Whether the article names a person so is the caller's
    (``named_victims.is_named`` asks ``PersonNames``)."""
    if token.pos_ != "NOUN" or token.ent_iob_ != "B" or not is_name_cased(token):
        return False
    if token.dep_ in ("compound", "amod", "poss") or any(
        c.dep_ == "compound" for c in token.children
    ):
        return False
    return not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I")
