"""Titles and roles written before a person's name in a source phrase, and where they begin.

The real-news golds cite a person named after a title with the title of address or office
("Chief Tim Styka", "Senator Mara Voss", "Sgt. Mark Holbrook", "US Senator Jeff Sessions") and
with a local-news role ("Harvey County Sheriff Ann Lee"), a role of common nouns ("WHO
spokesperson Daniel Amadou", source_extent.py) or a government portfolio ("Energy Minister Ana
Ruiz": four wire writers), but not an undersecretary's ("Health Undersecretary Rosario
Villanueva": tests/corpus writes the name only, tests/wire2o the title too). An abbreviated title the
tokenizer or the sentence splitter cut from its name stays with it; for the phrase's kind the
title is set aside (``without_title``).

Notes:
    docs/gold-conventions.md, "Titles and roles before names in source text"; realgold3,
    realgold5.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.entity_spans import entity_bounds
from factcheck.extract.lexicon import (
    ABBREVIATED_TITLES,
    ADDRESS_TITLES,
    LOCAL_ROLE_WORDS,
    OFFICE_PLACE_ENTS,
    OFFICE_TITLE_PAIRS,
    OFFICE_TITLES,
    PLACE_OFFICE_TITLES,
    PORTFOLIO_TITLES,
)
from factcheck.extract.sources.role_titles import ranks_before, role_before_title
from factcheck.extract.sources.source_extent import common_noun_role_start

# Words of a role written before a name: "Louisville Metro Police Department spokesman".
_ROLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def split_title(span: Span, head: Token) -> bool:
    """The phrase ends in an abbreviated title whose name the period split off."""
    doc = head.doc
    if span[-1].i != head.i or head.i + 2 >= len(doc) or doc[head.i + 2].pos_ != "PROPN":
        return False
    name_start = head.i + 2
    if _abbreviated_title_start(doc, name_start) == head.i:
        return True
    return _split_role_start(doc, name_start) is not None  # "State Police Sgt. / Ray Olin"


def title_split_after(span: Span, head: Token) -> int | None:
    """ "according to police spokesman Lt. / Alan Pruitt, who ...": the role the phrase ends
    in has an abbreviated title after it whose period the sentence splitter took for a full
    stop; return the end of the name behind that title (the real gold writes the role, title
    and name whole, realgold6), or None."""
    doc = head.doc
    title = head.i + 1
    if span[-1].i != head.i or head.pos_ != "NOUN" or title + 2 >= len(doc):
        return None
    if doc[title].lower_ not in ABBREVIATED_TITLES or not doc[title].text[0].isupper():
        return None
    if not _split_period(doc[title + 1]) or doc[title + 2].ent_iob_ != "B":
        return None
    if doc[title + 2].ent_type_ != "PERSON":
        return None
    return entity_bounds(doc, title + 2)[1]


def without_title(span: Span) -> Span:
    """The name behind an abbreviated title the phrase opens with ("Sgt. Tom Reilly" split
    from its sentence by the period), for the phrase's kind."""
    for token in span[1:-1]:
        if _split_period(token) and span.doc[token.i + 1].ent_type_ == "PERSON":
            return span.doc[token.i + 1 : span.end]  # "Dover police Sgt. / Alan Pruitt"
    if len(span) > 2 and span[0].lower_.rstrip(".") in ABBREVIATED_TITLES:
        rest = 2 if span[1].text == "." else 1
        return span[rest:]
    words = [t.lower_ for t in span[:2]]
    if len(span) > 3 and tuple(words) in OFFICE_TITLE_PAIRS and span[2].ent_type_ == "PERSON":
        return span[2:]  # "District Attorney Lena Ortiz": the kind is the name's
    if len(span) > 2 and words[0] in OFFICE_TITLES and span[1].ent_type_ == "PERSON":
        return span[1:]  # "Senator Mara Voss"
    return span


def name_behind_title(span: Span, head: Token) -> Span:
    """A person named after a title is cited with it where the golds write it: a government
    portfolio stays ("Energy Minister Ana Ruiz"), a role of common nouns stays ("WHO spokesperson Daniel Amadou"), as a title of
    address does ("Chief Tim
    Styka"), and so does a local-news role ("Harvey County Sheriff Ann Lee", "Neighbor Lisa
    Grant"), as the real-news golds write them (realgold3, realgold5)."""
    doc = span.doc
    if head.ent_type_ != "PERSON" or head.i + 1 < len(doc) and doc[head.i + 1].ent_iob_ == "I":
        return span
    start, end = entity_bounds(doc, head.i)
    if start > span.start and end - start > 1:
        role_start = _role_start(doc, span.start, start)
        if any(t.lower_ in LOCAL_ROLE_WORDS for t in doc[role_start:start]):
            return doc[role_start:end]
        noun_role = common_noun_role_start(doc, span.start, start)
        if noun_role is not None:
            return doc[noun_role:end]  # "campaign manager Robby Mook", as written (conventions)
        office_start = _office_of_a_place(doc, span.start, start)
        if office_start is not None:
            return doc[office_start:end]  # "US Senator Jeff Sessions", as the real golds write it
        title = doc[start - 1]
        office = _office_title_start(doc, span.start, start)
        portfolio = _portfolio_title_start(doc, span.start, start)
        if office is not None:
            start = office  # "Senator Mara Voss", "District Attorney Lena Ortiz" (conventions)
        elif portfolio is not None:
            start = portfolio  # "Energy Minister Ana Ruiz": the portfolio's title stays
        elif title.lower_ in ADDRESS_TITLES and title.text[0].isupper() and _lone_title(title):
            start -= 1  # "Chief Tim Styka": a title of address stays with the name
        else:
            start = role_before_title(doc, span.start, _abbreviated_title_start(doc, start), start)
        return doc[start:end]
    if start == span.start and end - start > 1:
        split_start = _split_role_start(doc, start)
        if split_start is not None:
            return doc[split_start : max(end, span.end)]  # "Dover police Sgt. / Alan Pruitt"
        return doc[_abbreviated_title_start(doc, start) : max(end, span.end)]
    return span


def _split_role_start(doc: Doc, name_start: int) -> int | None:
    """ "Two were hurt, Dover police Sgt. / Alan Pruitt said", "Police Lt. / Alan Pruitt
    said ...": a local-news role ending in an abbreviated title whose period the sentence
    splitter took for a full stop stays with the name, as it does when the sentence holds
    them both ("Police Lt. Dan Crane", real golds); where that role begins, or None."""
    if name_start < 2 or not _split_period(doc[name_start - 1]):
        return None
    title = doc[name_start - 2]
    if not title.text[:1].isupper():
        return None
    role_start = _role_start(doc, title.sent.start, name_start)
    if not any(t.lower_ in LOCAL_ROLE_WORDS for t in doc[role_start : title.i]):
        return None
    return role_start


def _office_of_a_place(doc: Doc, span_start: int, name_start: int) -> int | None:
    """Where an office of a place written before a name begins: a run of capitalised words
    (joined by "of") opening with a place or a nation ("US Senator", "Missouri Secretary of
    State", "Georgia State Patrol Capt."); None for a title that names no place ("Health
    Undersecretary", "WHO spokesperson", "Chief Financial Officer": the dev gold's name only)."""
    start = name_start
    while start > span_start:
        token = doc[start - 1]
        if token.lower_ == "of" and start - 2 >= span_start and doc[start - 2].is_title:
            start -= 1
            continue
        if not (token.is_title or token.is_upper or token.text == ".") or token.is_space:
            break
        start -= 1
    while start < name_start and not doc[start].is_title and not doc[start].is_upper:
        start += 1
    if start >= name_start - 1:
        return None
    if doc[start].ent_type_ not in OFFICE_PLACE_ENTS and not _untagged_place(
        doc, start, name_start
    ):
        return None
    title = doc[name_start - 2] if doc[name_start - 1].text == "." else doc[name_start - 1]
    if title.text.endswith(".") or title.i < name_start - 1:
        if title.lower_.rstrip(".") not in ABBREVIATED_TITLES:
            return None  # "Acme Corp. Ray Ortiz": a company's abbreviation, no title
    return start


def _untagged_place(doc: Doc, start: int, name_start: int) -> bool:
    """ "Zonguldak Governor Ayse Karaca", "Enga Provincial Administrator Peter Kandu": a proper
    noun the tagger names no place (or reads as a person) opening an office of a place, the
    office's title right before the name (PLACE_OFFICE_TITLES)."""
    opener, title = doc[start], doc[name_start - 1]
    if opener.pos_ != "PROPN" or opener.ent_type_ not in ("", "PERSON") or not opener.is_title:
        return False
    if opener.ent_type_ == "PERSON" and opener.ent_iob_ == "B" and doc[start + 1].ent_iob_ == "I":
        return False  # a person's full name before the office is an owner, not a place
    return title.is_title and title.lower_ in PLACE_OFFICE_TITLES


def _office_title_start(doc: Doc, span_start: int, name_start: int) -> int | None:
    """Where a spelled-out title of public office written right before a name begins
    ("Senator Mara Voss", "District Attorney Lena Ortiz"), or None. The title is capitalised
    and stands alone, so it is not the end of a longer role ("Chief Financial Officer")."""
    if name_start - 1 < span_start:
        return None
    title = doc[name_start - 1]
    if not title.text[:1].isupper():
        return None
    if (
        name_start - 2 >= span_start
        and doc[name_start - 2].text[:1].isupper()
        and (doc[name_start - 2].lower_, title.lower_) in OFFICE_TITLE_PAIRS
        and _lone_title(doc[name_start - 2])
    ):
        return name_start - 2
    if title.lower_ in OFFICE_TITLES and _lone_title(title):
        return name_start - 1
    return None


def _portfolio_title_start(doc: Doc, span_start: int, name_start: int) -> int | None:
    """Where a capitalised government portfolio written right before a name begins ("Energy
    Minister", "Agriculture Principal Secretary", "Prime Minister"), or None: the title word
    right before the name is a portfolio's head, and the capitalised words before it, back to
    a word that is not capitalised, a possessive or the phrase's start, are its portfolio."""
    title = doc[name_start - 1] if name_start - 1 >= span_start else None
    if title is None or not title.is_title or title.lower_ not in PORTFOLIO_TITLES:
        return None
    start = name_start - 1
    while start > span_start:
        word = doc[start - 1]
        if not (word.is_title or word.is_upper) or word.is_punct or word.pos_ == "DET":
            break
        start -= 1
    return start


def _abbreviated_title_start(doc: Doc, name_start: int) -> int:
    """ "said Sgt. Mark Holbrook", "Sen. Ted Cruz (R-Tex.) tweeted": an abbreviated title the
    tokenizer splits from its period (or the sentence splitter from the name) stays with the
    name, as the real golds write it; not a title that ends a role of several words."""
    if name_start < 1:
        return name_start
    title_start = name_start - 1
    if doc[title_start].is_space and title_start > 0:
        title_start -= 1  # "Gov.\xa0John Kasich": a non-breaking space is a token of its own
    if doc[title_start].text == "." and title_start > 0 and not doc[title_start - 1].whitespace_:
        title_start -= 1  # "Sgt" "." as two tokens
    title = doc[title_start]
    word = title.lower_.rstrip(".")
    if title.i == name_start - 1 and not title.text.endswith("."):
        return name_start  # no period: a full word, left to ADDRESS_TITLES
    if word not in ABBREVIATED_TITLES or not title.text[0].isupper() or not _lone_title(title):
        return name_start
    return ranks_before(doc, title_start, _abbreviated_title_start)


def _lone_title(title: Token) -> bool:
    """ "Chief Tim Styka", not the last word of a role ("Chief Financial Officer Dana Lee")."""
    return title.i == 0 or not title.doc[title.i - 1].is_title or title.is_sent_start is True


def _role_start(doc: Doc, span_start: int, name_start: int) -> int:
    """Where the role written right before a name begins: the run of nouns, adjectives and
    names ("State police senior Investigator") back from the name, no determiner, no comma."""
    start = name_start
    while start > span_start:
        token = doc[start - 1]
        if _split_period(token):
            start -= 1  # "Police Lt. Dan Crane": the tokenizer split "Lt" from its period
            continue
        if token.pos_ not in _ROLE_POS or token.is_punct or token.is_space:
            break
        start -= 1
    return start


def _split_period(token: Token) -> bool:
    """A period the tokenizer split from the abbreviated title it closes ("Lt" ".")."""
    if token.text != "." or token.i == 0:
        return False
    title = token.doc[token.i - 1]
    return not title.whitespace_ and title.lower_ in ABBREVIATED_TITLES
