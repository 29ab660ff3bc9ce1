"""How far a source's noun phrase reaches: two parts of the phrase as written that belong to it.

- A role of common nouns written right before a person's name ("campaign manager Robby Mook",
  "county manager Phil Sutton"): docs/gold-conventions.md, "Titles and roles before names in
  source text", keeps a title or role that stands before the name at the attribution.
- An "of" phrase on the source's noun is cut when it carries a figure ("reports of 200
  missing"), but not for a figure in a relative clause after a comma ("the average of polls,
  where 475 delegates are at stake"): source_phrase.py asks ``outside_clauses``.
- A name in apposition with no comma ("the activist group Mosul Eye"): the name is the
  source, written with the phrase that introduces it.

The role's words are the lowercase nouns with the names written before them: of a body
("Datalock co-founder", camel-cased or in capitals too: "DataVault", "FBI director") or of the
person who owns the role ("Ruiz campaign manager Tom Okafor", session 63: 2 of 2 such roles
in the unannotated pool were cut to the name), and a word the tokenizer split at its hyphen
("co-founder": "co", "-", "founder", which the parse may hang apart).

An adjective in the role ("Republican presidential candidate Ana Ruiz") makes it a
description, not a role (unless it names an office one person holds: "regional governor",
office_adjectives.py), and so does a possessive before it ("his campaign chairman Ana Ruiz",
an apposition the golds cut to the name): both are left out. A spokesperson's role is kept
("ministry spokesman Mwila Kangwa"), as the conventions' "Titles and roles before names",
realgold5, 6, 16 and six wire writers write it (tests/wirea, wired, wiree, wirej, wirek, wirel:
20 records), against tests/corpus's 4 records (session 66; session 65 had left it out).

Left out on purpose: a dated participle after a poll ("a CBS poll released Monday"), which the
golds keep in 2 records and cut in 6.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    ABBREVIATED_TITLES,
    DESCRIPTIVE_ROLE_NOUNS,
    OPENING_ROLE_NOUNS,
    SPOKESPERSON_HEADS,
    UNNAMED_EXPERT_HEADS,
)
from factcheck.extract.sources.kind_cues import camel_case
from factcheck.extract.sources.office_adjectives import office_adjective


def common_noun_role_start(doc: Doc, span_start: int, name_start: int) -> int | None:
    """Where a role of lowercase common nouns (with names of places or bodies before them)
    written right before a name begins, or None: "campaign manager", "San Diego chapter
    president"; not "presidential candidate" (an adjective) nor "billionaire" (a description)."""
    if name_start <= span_start:
        return None
    last = doc[name_start - 1]
    if _opening_role(last):
        return last.i  # "Spokesman Sayed Rahim Sharifi told ...": capitalised by its place
    if not _common_noun(last) or not last.is_lower or last.lower_ in DESCRIPTIVE_ROLE_NOUNS:
        return None
    start = name_start
    while start > span_start or _hyphened_word_start(doc, start - 1) is not None:
        token = doc[start - 1]
        joined = _hyphened_word_start(doc, start - 1)
        if joined is not None:  # "co-founder": one word the tokenizer split at its hyphen,
            start = joined  # with the name the parse hangs on its first part ("Datalock co")
            span_start = min(span_start, doc[joined].left_edge.i)
        elif (
            _common_noun(token)
            and (token.is_lower or token.is_sent_start)
            and token.dep_ == "compound"
        ):
            start -= 1
        elif token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ != "PERSON":
            start -= 1
        elif _acronym(token):
            start -= 1  # "FRSC sector commander": a body's capitals the tagger read as a noun
        elif _owner_name(token, start):
            start -= 1  # "Ruiz campaign manager": the person whose campaign it is
        elif office_adjective(token, last):
            start -= 1  # "regional governor", "presiding judge": the office's own adjective
        elif _place_read_as_adjective(token, start, last):
            start -= 1  # "Odesa regional governor": the place the tagger read as an adjective
        else:
            break
    if start > span_start and doc[start - 1].pos_ in ("ADJ", "PROPN", "NOUN", "NUM"):
        return None  # "Republican presidential candidate": a description with an adjective
    if start > 0 and (
        doc[start - 1].tag_ in ("PRP$", "POS") or doc[start - 1].lower_ in ("'s", "’s")
    ):
        return None  # "His campaign chairman Ana Ruiz": an apposition to a possessed role
    return start


def _place_read_as_adjective(token: Token, role_start: int, last: Token) -> bool:
    """A capitalised word mid-sentence the tagger reads as an adjective with no entity, before
    an office's own adjective ("Odesa regional governor Vadym Lysenko": tests/wire2k keeps the
    place), not a party's or a people's adjective (those are NORP entities)."""
    if token.pos_ != "ADJ" or not token.is_title or token.ent_type_ or token.is_sent_start:
        return False
    return role_start < last.i and office_adjective(token.doc[role_start], last)


def _hyphened_word_start(doc: Doc, end: int) -> int | None:
    """Where a lowercase word the tokenizer split at a hyphen begins, when ``end`` is its last
    part ("co-founder" read as "co", "-", "founder"), or None."""
    if end < 1 or doc[end].text != "-" or doc[end].whitespace_:
        return None
    before = doc[end - 1]
    if before.whitespace_ or not before.is_alpha or not before.is_lower:
        return None
    return end - 1


def _owner_name(token: Token, role_start: int) -> bool:
    """A person's name written before the role as its owner ("Ruiz campaign manager Tom
    Okafor", "Hillary Ruiz campaign chairman Tom Okafor"): a person's name the parse hangs on the
    role's first lowercase noun, not a name of its own set off by a comma ("Ruiz won 30
    counties, campaign manager Tom Okafor said")."""
    if token.pos_ != "PROPN" or not token.is_title or token.ent_type_ != "PERSON":
        return False
    after = token.doc[role_start]
    if after.ent_iob_ == "I" and after.ent_type_ == "PERSON":
        return True  # "Hillary" of "Hillary Ruiz campaign manager"
    return token.dep_ == "compound" and after.is_lower and _common_noun(after)


def _opening_role(token: Token) -> bool:
    """A role noun that opens its sentence right before a name, capitalised only by its place
    there ("Spokesman", "Economist", "Assemblyman"); a role word at a sentence's start is
    not a name's first word."""
    word = token.lower_
    return (
        token.is_sent_start is True
        and token.is_title
        and token.is_alpha
        and word not in DESCRIPTIVE_ROLE_NOUNS
        and word in SPOKESPERSON_HEADS | UNNAMED_EXPERT_HEADS | OPENING_ROLE_NOUNS
    )


def _acronym(token: Token) -> bool:
    """A body's name in capitals ("FRSC", "UNHCR") that the tagger read as a common noun: two
    letters or more, all capitals. "WHO" read as the pronoun counts where the parse makes it a
    compound of the role ("WHO country representative Tomas Okello", "WHO spokesperson Claire
    Dumoulin": tests/wire2q, wirew golds keep it); elsewhere its parse breaks the phrase."""
    if not (token.is_alpha and token.is_upper and len(token.text) >= 2):
        return False
    return token.pos_ == "NOUN" or (token.tag_ == "WP" and token.dep_ == "compound")


def _common_noun(token: Token) -> bool:
    """A noun, or a lowercase word the tagger read as part of the name after it ("harbor
    master Luis Prado" tagged as four proper nouns): a name is not written in lowercase."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower and token.is_alpha)


def named_apposition(child: Token) -> bool:
    """ "the activist group Mosul Eye": a name set beside the source's noun without a comma."""
    return apposed_name_end(child) is not None


def apposed_name_end(child: Token) -> int | None:
    """Where the name set beside the source's noun without a comma ends ("the activist group
    Mosul Eye"), or None when ``child`` is no such name. A clause the parse hangs on the name
    after a comma is not part of it: "the polling firm Vantara, published last week, found",
    "the monitoring network Osa Lenn, which says it sent 900 observers, estimates" keep the
    name and stop there (docs/gold-conventions.md, "Documents 'by' an organisation": the
    phrase runs through the organisation's name; tests/wire2u u_5, wire2n n_4 gold)."""
    if child.dep_ != "appos" or child.pos_ != "PROPN":
        return None
    doc = child.doc
    if child.left_edge.i > 0 and doc[child.left_edge.i - 1].is_punct:
        return None
    words = list(child.subtree)
    comma = next((t.i for t in words if t.i > child.i and t.text == ","), None)
    if comma is not None:
        words = [t for t in words if t.i < comma]  # the name, not the clause after its comma
    if any(t.lower_.rstrip(".") in ABBREVIATED_TITLES for t in words):
        return None  # "spokesman Sgt. Ray Ortiz": a title the period split from its name
    end = words[-1].i + 1
    if len(words) > 2 and words[0].lower_ == "the" and words[0].dep_ == "det":
        words = words[1:]  # "the Kenyan newspaper the Daily Nation" (tests/wireb b_3 gold)
    if all(t.pos_ == "PROPN" and _written_as_a_name(t) for t in words):
        return end
    return None


def _written_as_a_name(word: Token) -> bool:
    """ "Mosul Eye", "MRTV", "NOIPolls": a capitalised word, an acronym (tests/wire2b b_1 gold
    "Myanmar's state-run broadcaster MRTV") or a word with a capital inside it (tests/wire2u
    u_5 gold "the polling firm NOIPolls")."""
    return (
        word.is_title
        or (word.is_upper and len(word.text) > 1 and word.is_alpha)
        or camel_case(word)
    )


def name_beside_subject(head: Token, end: int) -> int:
    """ "The election supervisory agency Bawaslu said": a name set beside the source's noun
    without a comma, which the parse made a second subject of the verb, belongs to the source
    phrase as an apposition does (gold: tests/wirey y_3 "The election supervisory agency
    Bawaslu"). The new end, or ``end`` unchanged."""
    doc = head.doc
    if head.pos_ != "NOUN" or end != head.i + 1 or end >= len(doc):
        return end
    subject = _subject_holding(head)
    if subject is None:
        return end
    name = next((t for t in subject.head.lefts if t.dep_ == "nsubj" and t.left_edge.i == end), None)
    if name is None or name.pos_ != "PROPN":
        return end  # "El Universal": a name of two words, the first its compound
    words = list(name.subtree)
    if not all(t.pos_ == "PROPN" and _written_as_a_name(t) for t in words):
        return end
    return words[-1].i + 1


def _subject_holding(head: Token) -> Token | None:
    """The subject the source's noun is, or whose "by" it is the object of: "A survey by the
    recruitment platform Zhaopin found", where the parse makes "Zhaopin" a second subject of
    "found" (tests/wire2e e_5 gold "A survey by the recruitment platform Zhaopin", wire2s s_4
    "A separate tally by the newspaper El Universal")."""
    if head.dep_ == "nsubj":
        return head
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "by" and prep.head.dep_ == "nsubj":
        return prep.head
    return None


def outside_clauses(child: Token) -> list[Token]:
    """The words of a phrase on the source's noun outside any relative clause set off by a
    comma: "the RealClearPolitics average of polls, where 475 delegates are at stake" keeps
    "of polls", whose figure belongs to the clause, not to the source."""
    doc = child.doc
    words = []
    for token in child.subtree:
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        if token.dep_ == "relcl":
            clause = token
        if (
            clause is not None
            and clause.left_edge.i > 0
            and doc[clause.left_edge.i - 1].text == ","
        ):
            continue
        words.append(token)
    return words
