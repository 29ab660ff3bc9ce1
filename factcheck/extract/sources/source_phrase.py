"""The source phrase and its kind: which words name the source, and whether they name a
person, an organisation or no one in particular.

Notes:
    Gold README, "Source kinds"; issue 11 for acronyms in brackets and names in apposition.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from factcheck.extract.entity_spans import entity_bounds
from factcheck.extract.lexicon import (
    ABBREVIATED_TITLES,
    ADDRESS_TITLES,
    ANONYMOUS_HEADS,
    DEFINITE_DETERMINERS,
    DOCUMENT_HEADS,
    INDEFINITE_UNIQUE_ROLE_HEADS,
    KIN_SOURCE_HEADS,
    LOCAL_ROLE_WORDS,
    NAME_COMPOUND_SKIP_ENTS,
    NAME_PREPS,
    NAMED_WORK_HEADS,
    OFFICE_PLACE_ENTS,
    OFFICE_TITLE_PAIRS,
    OFFICE_TITLES,
    ORG_DESCRIPTOR_NOUNS,
    ORG_EPITHET_HEADS,
    ORG_HEADS,
    PERSON_DESCRIPTOR_NOUNS,
    PERSON_TITLES,
    POLICE_BODY_WORDS,
    POLICE_PLURAL_HEADS,
    PUBLISHED_PAGE_HEADS,
    RECORD_SOURCE_HEADS,
    REPORT_MEDIUM_WORDS,
    SOME_OFFICERS_WORDS,
    SOURCE_DESCRIPTORS,
    SOURCE_PLACE_PREPS,
    SPEECH_MEDIUM_WORDS,
    SPOKESPERSON_HEADS,
    SURVEY_HEADS,
    UNIQUE_ROLE_HEADS,
    UNNAMED_POLL_WORDS,
    UNSPECIFIED_GROUP_QUANTIFIERS,
    UNSPECIFIED_ORG_HEADS,
    UNSPECIFIED_RECORD_PLURALS,
)
from factcheck.extract.sources.body_kinds import (
    definite_institution,
    kept_by_a_body,
    outlet_name,
)
from factcheck.extract.sources.coref import refers_to_named_person
from factcheck.extract.sources.office_roles import two_word_office
from factcheck.extract.sources.owned_names import owned_name
from factcheck.extract.sources.person_name_cues import cued_name_end
from factcheck.extract.sources.source_extent import (
    common_noun_role_start,
    named_apposition,
    outside_clauses,
)
from factcheck.extract.sources.unnamed_members import one_unnamed_member
from factcheck.extract.sources.unnamed_staff import unnamed_staff
from factcheck.extract.token_index import tokens_tagged
from factcheck.model import SourceKind

_NAME_VOTES = "factcheck_name_votes"
_DESCRIBED = "factcheck_described_names"
_CUED = "cued:"  # key prefix of the words written as a person's (person_name_cues.py)
_FULL = "full:"  # key prefix of the votes of names written in full


_BODY_PREPS = frozenset({"at", "with", "from", "of", "for", "by"})
# Words of a role written before a name: "Louisville Metro Police Department spokesman".
_ROLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def classify_source(span: Span) -> SourceKind:
    """Return the kind of a source phrase.

    Notes:
        Gold README, "Source kinds": a person named or identified by a unique role ->
        named_person; an institution or named group -> named_org; unnamed people or
        unspecified sources, officials, reports -> anonymous.
    """
    if not span.text.strip():
        return SourceKind.NONE
    span = _without_title(span)
    head = _phrase_head(span)
    head_word = head.lemma_.lower()
    common = _common_noun_word(span, head)
    if common is not None:
        if common in KIN_SOURCE_HEADS or (head.pos_ == "PROPN" and common in ANONYMOUS_HEADS):
            return SourceKind.ANONYMOUS  # "Family said", "Loved ones said", "Officer ... says"
        if common in POLICE_PLURAL_HEADS and not _some_of_them(head):
            return SourceKind.NAMED_ORG  # "Officers tell us ...": the police
    if _unspecified_group(span, head):
        return SourceKind.ANONYMOUS  # "conservative outside groups", "some Democrats"
    if one_unnamed_member(span, head):
        return SourceKind.ANONYMOUS  # "a Carrier executive", "one Trump confidant"
    if unnamed_staff(span, head):
        return SourceKind.ANONYMOUS  # "Clinton campaign aides", "Executives for Mondelez"
    described = _described_kind(span.doc, head) if head.is_title else None
    if described is not None:
        return described  # "Mare Aperto, a German rescue charity, said": the article says
    if outlet_name(head):
        return SourceKind.NAMED_ORG  # "according to Politico", tagged a person
    if head.ent_type_ == "PERSON" and not _short_for_an_org(span.doc, head):
        return SourceKind.NAMED_PERSON
    if _a_name(head) or head.ent_type_ in ("ORG", "PERSON", "NORP", "GPE"):
        return _classify_name(span.doc, head)
    if camel_case(head):
        return _classify_name(span.doc, head)  # "according to RealClearPolitics", read as a noun
    if len(span) == 1 and head.is_title and head.i > head.sent.start:
        return _classify_name(span.doc, head)  # "said Skelly", the name read as an adverb
    if head_word in UNIQUE_ROLE_HEADS or head_word in SPOKESPERSON_HEADS or two_word_office(head):
        if _tagged(span[-1:], ("PERSON",)):
            return SourceKind.NAMED_PERSON  # "A Twitter spokesman, Christopher Abboud"
        if _is_definite(head) or head_word in INDEFINITE_UNIQUE_ROLE_HEADS:
            return SourceKind.NAMED_PERSON  # "the sheriff", and "a sheriff": the county has one
        return SourceKind.ANONYMOUS
    if head.lower_ in UNNAMED_POLL_WORDS and any(camel_case(t) for t in span):
        return SourceKind.NAMED_ORG  # "the RealClearPolitics polling average", however tagged
    if head_word in NAMED_WORK_HEADS and any(camel_case(t) for t in span):
        return SourceKind.NAMED_ORG  # "the RealClearPolitics average of national polls"
    if head.lower_ in UNNAMED_POLL_WORDS and not _names_a_pollster(span):
        return SourceKind.ANONYMOUS  # "exit polls", "New Hampshire surveys": a place owns none
    if head_word in DOCUMENT_HEADS and is_owned(head):
        # "its annual report", "the agency's figures", "WHO and UNICEF figures"
        return SourceKind.NAMED_ORG
    if head.tag_ == "NNS" and _of_a_named_body(head):
        return SourceKind.NAMED_ORG  # "analysts at Sandgate Research", "economists polled by X"
    records = head_word in RECORD_SOURCE_HEADS or head_word in PUBLISHED_PAGE_HEADS
    if records and (_a_record_of_someone(span, head) or kept_by_a_body(head)):
        return SourceKind.NAMED_ORG  # "the criminal complaint", "its website", "a police report"
    if head.lower_ in POLICE_BODY_WORDS:
        return SourceKind.NAMED_ORG  # "cops said", as "police said"
    if head_word in ANONYMOUS_HEADS or head.lower_ in ANONYMOUS_HEADS:
        if _tagged(span, ("PERSON",)):
            return SourceKind.NAMED_PERSON
        return SourceKind.ANONYMOUS
    if head.lower_ in UNSPECIFIED_ORG_HEADS and all(t.dep_ == "det" for t in head.lefts):
        if not list(head.rights):
            return SourceKind.ANONYMOUS  # "authorities said", not "Fresno authorities"
    if head_word in ORG_HEADS or head.lower_ in ORG_HEADS or head_word in ORG_EPITHET_HEADS:
        if _is_indefinite(head) and not any(t.pos_ == "PROPN" for t in span):
            if head_word not in SURVEY_HEADS:  # "a new poll" is one poll (real gold)
                return SourceKind.ANONYMOUS  # "a local radio station" names no one
        return SourceKind.NAMED_ORG
    if definite_institution(head):
        return SourceKind.NAMED_ORG  # "The retailer said", "the school district said"
    if _tagged(span, ("PERSON",)) or refers_to_named_person(head):
        return SourceKind.NAMED_PERSON  # "the senator" after "Senator Ann Lee"
    if _tagged(span, ("ORG", "NORP", "GPE")) or _named_work(head):
        return SourceKind.NAMED_ORG
    return SourceKind.ANONYMOUS


def _a_name(head: Token) -> bool:
    """A proper noun written as a name; not a lower-case word the tagger calls one (`," said
    the father.`): that is a common noun."""
    return head.pos_ == "PROPN" and not head.is_lower


def camel_case(token: Token) -> bool:
    """A word with a capital inside it is a name ("RealClearPolitics", "PolitiFact"), however
    the parse tags it; not a word in capitals ("POLICE"), which headlines write."""
    word = token.text
    return (
        len(word) > 3
        and word[0].isupper()
        and any(c.isupper() for c in word[2:])
        and any(c.islower() for c in word[1:])
    )


def _named_work(head: Token) -> bool:
    """ "A Real Clear Politics average of polls": a common noun a proper name modifies, one the
    parse and tagger left untagged, is that named body's work; not a place's or a date's ("the
    Ohio average")."""
    return any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in NAME_COMPOUND_SKIP_ENTS
        for c in head.lefts
    )


def _common_noun_word(span: Span, head: Token) -> str | None:
    """The head's lowercase word when it is a common noun naming people, also where the parse
    reads a capitalised one opening the sentence as a name ("Family said", "Officer on the
    scene says"); None when the phrase names someone ("Ann Reed's family", "Via Christi")."""
    if any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in span if t.i != head.i):
        return None
    if head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_lower):
        return head.lower_
    if head.pos_ != "PROPN" or head.ent_type_ or head.i != span.start:
        return None
    if head.i != head.sent.start and not head.doc[head.i - 1].is_space:
        return None
    word = head.lower_
    return word if word in KIN_SOURCE_HEADS | ANONYMOUS_HEADS | POLICE_PLURAL_HEADS else None


def _unspecified_group(span: Span, head: Token) -> bool:
    """A plural group no one singles out: bodies of a kind ("conservative outside groups",
    "media outlets") or some of a named people ("some Democrats"); not "the groups", "Fox's
    outlets", nor plural bodies that speak as one ("prosecutors", "investigators").

    Notes:
        Gold README, "Source kinds": unnamed people or unspecified sources are anonymous
        (realgold14, realgold19, realgold20 golds).
    """
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ == "poss" or c.lower_ in DEFINITE_DETERMINERS for c in head.lefts):
        return False
    if any(c.lower_ in UNSPECIFIED_GROUP_QUANTIFIERS for c in head.lefts):
        return True
    if head.lower_ in ORG_HEADS or head.lemma_.lower() not in ORG_HEADS:
        return False  # "prosecutors", "police" name the body
    return not any(t.pos_ == "PROPN" or t.ent_type_ for t in span if t.i != head.i)


def _some_of_them(head: Token) -> bool:
    """ "two officers", "several officers": some unnamed officers, not the force."""
    return any(
        c.dep_ in ("nummod", "det", "amod") and c.lower_ in SOME_OFFICERS_WORDS for c in head.lefts
    )


def _short_for_an_org(doc: Doc, head: Token) -> bool:
    """ "Kessler said" tagged a person, where the article names "Kessler Aerostructures AG" in
    full and no person with that word: the short form of the organisation's name."""
    if head.ent_iob_ != "B" or (head.i + 1 < len(doc) and doc[head.i + 1].ent_iob_ == "I"):
        return False  # a name of several words ("Ann Kessler") is a person's
    if head.i > 0 and doc[head.i - 1].lower_ in PERSON_TITLES:
        return False  # "Mr. Morton"
    full = _name_votes(doc).get(_FULL + head.lower_, Counter())
    return bool(full["org"]) and not full["person"]


def _a_record_of_someone(span: Span, head: Token) -> bool:
    """A record one could look up: named ("a report in the Herald", "Bergen County land
    records") or singled out by a determiner, owner or modifier ("the criminal complaint",
    "its website", "unofficial election results"); not bare "reports" or "a report", nor
    reports an adjective only describes ("initial reports": UNSPECIFIED_RECORD_PLURALS)."""
    if any(t.pos_ == "PROPN" for t in span if t.i != head.i):
        return True
    if _is_indefinite(head):
        return False
    if head.lower_ in UNSPECIFIED_RECORD_PLURALS:  # "initial reports", not "the reports"
        return any(
            c.dep_ == "poss"
            or c.lower_ in DEFINITE_DETERMINERS
            or (c.dep_ == "compound" and c.lower_ not in REPORT_MEDIUM_WORDS)
            for c in head.lefts
        )  # "campaign finance reports" are a kind of record; "radio reports" are not
    return any(c.dep_ in ("det", "poss", "compound", "amod") for c in head.lefts)


def _names_a_pollster(span: Span) -> bool:
    """A poll phrase naming who polled ("Quinnipiac polls", "the network's polling"); a place
    or a date names no pollster ("New Hampshire surveys", "polling in Florida")."""
    for token in span:
        if token.dep_ == "poss" or token.lower_ in ("its", "their"):
            return True
        if token.pos_ == "PROPN" and token.ent_type_ not in ("GPE", "LOC", "NORP", "DATE"):
            return True
    return False


_NOT_BODIES = ("GPE", "LOC", "NORP", "DATE", "PERSON")


def _of_a_named_body(head: Token) -> bool:
    """People of a named organisation speak for it (dev and real gold): "lawyers with the CARA
    Pro Bono Project", "Economists polled by Wire"; not "residents of Derna" (a place)."""
    for child in head.children:
        if child.dep_ == "acl":  # "polled by Wire", "surveyed by X"
            child = next((c for c in child.children if c.dep_ == "agent"), child)
        if child.dep_ not in ("prep", "agent") or child.lower_ not in _BODY_PREPS:
            continue
        # whoever polls economists is a body, however the tagger reads its name (dev: "Wire")
        places = ("GPE", "LOC", "NORP", "DATE") if child.dep_ == "agent" else _NOT_BODIES
        for obj in child.children:
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.ent_type_ not in places:
                return True
    return False


def _phrase_head(span: Span) -> Token:
    """The phrase's head noun: its syntactic root, or its last noun when the root is not one."""
    root = span.root
    if root.pos_ in ("NOUN", "PROPN", "PRON"):
        return root
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN") or t.lemma_.lower() in ANONYMOUS_HEADS]
    return nouns[-1] if nouns else root


def source_phrase(head: Token) -> Span:
    """The source's noun phrase: its left modifiers and name-like right parts, no clauses."""
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ("compound", "flat", "nmod"):
            end = child.right_edge.i + 1
        elif child.dep_ == "prep" and child.lower_ in NAME_PREPS and child.i == end:
            if any(t.like_num for t in outside_clauses(child)):
                break  # "reports of 200 missing": the figure is not part of its source
            end = child.right_edge.i + 1
        elif child.i == end and _says_where(child):
            end = child.right_edge.i + 1  # "a European diplomat in Tripoli"
        elif child.i == end and _describes_source(child):
            end = child.right_edge.i + 1
        elif child.left_edge.i == end and named_apposition(child):
            end = child.right_edge.i + 1  # "the activist group Mosul Eye"
        else:
            break
    end = _keep_acronym(head.doc, _keep_appositive_name(head, end))
    for token in head.doc[head.i + 1 : end]:
        if _is_acronym_bracket(token):
            continue
        if token.text == "," and token.i + 1 < end and _entity_after(token) == "PERSON":
            continue
        if token.text in (",", "(", "—", "–", "--") or (
            token.dep_ in ("relcl", "acl") and token.head.i != head.i
        ):
            end = token.i  # ", who asked not to be named", "a report ... published in May"
            break

    start, end = _cover_names(head.doc, start, end)
    start = _keep_split_first_word(head.doc, start)
    start, end = _cut_at_dash_or_handle(head.doc, start, end)
    span = head.doc[start:end]
    while len(span) > 1 and (span[-1].is_space or span[-1].is_punct and not _ends_in_acronym(span)):
        span = span[:-1]
    while len(span) > 1 and (span[0].is_punct or _opening_conjunction(span[0], head)):
        span = span[1:]
    joined = _joined_group(head)
    if joined is not None and span[-1].i == head.i:
        return head.doc[span.start : joined.i + 1]  # "police and witnesses said"
    if _split_title(span, head):
        _, name_end = entity_bounds(head.doc, head.i + 2)
        return head.doc[span.start : name_end]  # "said Sgt. / Ray Ortiz": the name split off
    owned = owned_name(span, head)
    if owned is not None:
        return owned  # "The Herald's Dana Pruitt": the owner is the name's title
    return _name_behind_title(span, head)


def _opening_conjunction(token: Token, head: Token) -> bool:
    """ "But a POLITICO analysis ... found": a conjunction the parse hangs on the subject
    opens the sentence, not the source's phrase."""
    return token.pos_ == "CCONJ" and token.i < head.i and token.head.i == head.i


def _keep_split_first_word(doc: Doc, start: int) -> int:
    """ "Metropolitan police said ...", "Hopewell Police arrested ...": a paragraph's first
    word the parse made a sentence of its own, on the line of the source after it, is the
    source's."""
    if start < 1 or not doc[start].is_sent_start:
        return start
    previous = doc[start - 1]
    if not previous.is_sent_start or previous.pos_ != "PROPN" or not previous.is_title:
        return start
    return start - 1 if previous.whitespace_ == " " else start


def _entity_after(comma: Token) -> str:
    """The entity label of the word after a comma."""
    return comma.doc[comma.i + 1].ent_type_


def _keep_appositive_name(head: Token, end: int) -> int:
    """ "A Twitter spokesman, Christopher Abboud, said": the name in apposition to a role
    belongs to the source phrase (gold: "Karliova's mayor, Ahmet Demir")."""
    doc = head.doc
    if end >= len(doc) - 1 or doc[end].text != ",":
        return end
    for child in head.rights:
        if child.dep_ == "appos" and child.left_edge.i == end + 1 and child.ent_type_ == "PERSON":
            after = child.right_edge.i + 1
            if after >= len(doc) or doc[after].text in (",", ".") or doc[after].pos_ == "VERB":
                return after
    return end


def _keep_acronym(doc: Doc, end: int) -> int:
    """ "The Securities and Futures Commission (SFC)": an acronym in brackets right after an
    organisation's name belongs to its phrase."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        if _is_acronym_bracket(doc[end]):
            return end + 3
    return end


def _ends_in_acronym(span: Span) -> bool:
    return len(span) >= 3 and _is_acronym_bracket(span[-3])


def _is_acronym_bracket(token: Token) -> bool:
    doc = token.doc
    if token.text != "(" or token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
        return False
    inner = doc[token.i + 1].text
    return (inner.isupper() and len(inner) > 1) or inner.startswith("@")


def _tagged(span: Span, labels: tuple[str, ...]) -> bool:
    """A token of the span is inside an entity with one of the labels. Token attributes, not
    ``span.ents``, which walks every entity of the document (slow on long articles)."""
    return any(t.ent_type_ in labels for t in span)


def _cover_names(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Never cut a name: "the US National Oceanic and Atmospheric Administration" whole."""
    for i in (start, end - 1):
        if doc[i].ent_type_ in ("ORG", "PERSON", "FAC"):
            ent_start, ent_end = entity_bounds(doc, i)
            start, end = min(start, ent_start), max(end, ent_end)
    return start, end


def _cut_at_dash_or_handle(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A dash ends a source phrase ("@Police — Tia Ewing (@TIA)": a post's signature follows),
    and of two handles in a row the first is the source ("according to @Police @FOX40"). A
    hyphen with a space on each side is a dash as typed ("according to the Tax Policy Center
    - half a percentage point of GDP"), which the parse may join to the name's entity."""
    for token in doc[start + 1 : end]:
        if token.text in ("—", "–", "--") or _spaced_hyphen(token):
            end = token.i
            break
    if end - start >= 2 and doc[start].text.startswith("@") and doc[start + 1].text.startswith("@"):
        end = start + 1
    return start, end


def _spaced_hyphen(token: Token) -> bool:
    """ "Center - half": a hyphen typed as a dash, with a space before and after it."""
    if token.text != "-" or token.i == 0 or not token.whitespace_:
        return False
    return bool(token.doc[token.i - 1].whitespace_)


def _name_behind_title(span: Span, head: Token) -> Span:
    """ "WHO spokesperson Daniel Amadou", "Health Undersecretary Rosario Villanueva": a person
    named after their title is cited by name; a title of address stays with it ("Chief Tim
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
        if office is not None:
            start = office  # "Senator Mara Voss", "District Attorney Lena Ortiz" (conventions)
        elif title.lower_ in ADDRESS_TITLES and title.text[0].isupper() and _lone_title(title):
            start -= 1  # "Chief Tim Styka": a title of address stays with the name
        else:
            start = _abbreviated_title_start(doc, start)
        return doc[start:end]
    if start == span.start and end - start > 1:
        return doc[_abbreviated_title_start(doc, start) : max(end, span.end)]
    return span


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
    if start >= name_start - 1 or doc[start].ent_type_ not in OFFICE_PLACE_ENTS:
        return None
    title = doc[name_start - 2] if doc[name_start - 1].text == "." else doc[name_start - 1]
    if title.text.endswith(".") or title.i < name_start - 1:
        if title.lower_.rstrip(".") not in ABBREVIATED_TITLES:
            return None  # "Acme Corp. Ray Ortiz": a company's abbreviation, no title
    return start


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


def _abbreviated_title_start(doc: Doc, name_start: int) -> int:
    """ "said Sgt. Mark Holbrook", "Sen. Ted Cruz (R-Tex.) tweeted": an abbreviated title the
    tokenizer splits from its period (or the sentence splitter from the name) stays with the
    name, as the real golds write it; not a title that ends a role of several words."""
    if name_start < 1:
        return name_start
    title_start = name_start - 1
    if doc[title_start].text == "." and title_start > 0 and not doc[title_start - 1].whitespace_:
        title_start -= 1  # "Sgt" "." as two tokens
    title = doc[title_start]
    word = title.lower_.rstrip(".")
    if title.i == name_start - 1 and not title.text.endswith("."):
        return name_start  # no period: a full word, left to ADDRESS_TITLES
    if word not in ABBREVIATED_TITLES or not title.text[0].isupper() or not _lone_title(title):
        return name_start
    return title_start


def _joined_group(head: Token) -> Token | None:
    """ "police and witnesses said", "cops and store employees said": a group joined to the
    speaking group is one source, as the real gold writes it (realgold8's README); not names
    ("Lee and Ruiz said") nor a figure's phrase."""
    if head.dep_ not in ("nsubj", "pobj", "conj"):
        return None  # "conj": a closing subject the parse joined to the noun before it
    if head.pos_ != "NOUN" and head.lower_ not in ORG_HEADS:
        return None
    conj = next((c for c in head.rights if c.dep_ == "conj"), None)
    if conj is None or conj.pos_ != "NOUN" or conj.tag_ != "NNS":
        return None
    between = head.doc[head.i + 1 : conj.left_edge.i]
    if [t.lower_ for t in between] != ["and"] or any(t.like_num for t in conj.subtree):
        return None
    return conj if conj.right_edge.i == conj.i else None


def _split_title(span: Span, head: Token) -> bool:
    """The phrase ends in an abbreviated title whose name the period split off."""
    doc = head.doc
    if span[-1].i != head.i or head.i + 2 >= len(doc) or doc[head.i + 2].pos_ != "PROPN":
        return False
    return _abbreviated_title_start(doc, head.i + 2) == head.i


def _without_title(span: Span) -> Span:
    """The name behind an abbreviated title the phrase opens with ("Sgt. Tom Reilly" split
    from its sentence by the period), for the phrase's kind."""
    if len(span) > 2 and span[0].lower_.rstrip(".") in ABBREVIATED_TITLES:
        rest = 2 if span[1].text == "." else 1
        return span[rest:]
    words = [t.lower_ for t in span[:2]]
    if len(span) > 3 and tuple(words) in OFFICE_TITLE_PAIRS and span[2].ent_type_ == "PERSON":
        return span[2:]  # "District Attorney Lena Ortiz": the kind is the name's
    if len(span) > 2 and words[0] in OFFICE_TITLES and span[1].ent_type_ == "PERSON":
        return span[1:]  # "Senator Mara Voss"
    return span


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


def _says_where(prep: Token) -> bool:
    """ "a diplomat in Tripoli", "a report in the Herald": an "in" phrase on the source's noun
    that names a place, body or time, not the medium it speaks in ("Lee in a statement") nor
    a figure or a clause."""
    if prep.dep_ != "prep" or prep.lower_ not in SOURCE_PLACE_PREPS:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objects) != 1 or objects[0].lemma_.lower() in SPEECH_MEDIUM_WORDS:
        return False
    if objects[0].ent_type_ == "DATE" and prep.head.lemma_.lower() in DOCUMENT_HEADS:
        return False  # "a CNN/ORC poll in February": the golds write the poll, not its date
    return not any(t.like_num or t.pos_ in ("VERB", "AUX") for t in prep.subtree)


def _describes_source(child: Token) -> bool:
    """ "people familiar with the matter", "economists polled by Reuters": words that say who
    the source is belong to the source phrase."""
    if child.dep_ == "amod" and child.lemma_.lower() in SOURCE_DESCRIPTORS:
        return True
    if child.dep_ != "acl" or not any(c.dep_ == "agent" for c in child.children):
        return False
    # "a Reuters/Ipsos poll found by 43%-41%": a figure after "by" is the finding, not who
    # made it; the parse read the reporting verb as a participle on the poll.
    return not any(t.like_num for t in child.subtree)


def classify_name(span: Span) -> SourceKind:
    """The kind of a phrase known to be a name, however the parse tags its head: "Trump" in
    "Trump estimates that ...", a common noun there (misread_verbs.py)."""
    return _classify_name(span.doc, _phrase_head(_without_title(span)))


def _classify_name(doc: Doc, head: Token) -> SourceKind:
    """A proper name: a person when the article writes it anywhere after a first name or an
    age (person_name_cues.py); else a person when the article names a person in full with this
    word and no organisation in full ("Mark Holbrook ... Holbrook said", however the parser
    tags the short form), an organisation in the converse case; else what the article mostly
    tags this word as, else a person if the doc names a person with it, else an org
    ("Kessler" the company, tagged PERSON once)."""
    if _CUED + head.lower_ in _described_names(doc):
        return SourceKind.NAMED_PERSON  # "40-year-old Freida Tiggs ... Tiggs said", read an org
    full = _name_votes(doc).get(_FULL + head.lower_, Counter())
    if full["person"] and not full["org"]:
        return SourceKind.NAMED_PERSON
    if full["org"] and not full["person"]:
        return SourceKind.NAMED_ORG  # "Morton Freight GmbH ... Morton said"
    votes = _name_votes(doc).get(head.lower_, Counter())
    if votes and votes["person"] != votes["org"]:
        person = votes["person"] > votes["org"]
        return SourceKind.NAMED_PERSON if person else SourceKind.NAMED_ORG
    if head.ent_type_ == "PERSON":
        return SourceKind.NAMED_PERSON
    if head.ent_type_ in ("ORG", "NORP", "GPE"):
        return SourceKind.NAMED_ORG
    return SourceKind.NAMED_ORG


def _described_kind(doc: Doc, head: Token) -> SourceKind | None:
    """The kind the article itself gives a name: a noun in apposition ("Mare Aperto, a German
    rescue charity"; "a rescue charity, Mare Aperto") or before it ("Mansion employee Cleveland
    Douse") that names only people or only organisations; None when the article says neither
    or both."""
    votes = _described_names(doc).get(head.lower_)
    if not votes or len(votes) > 1:
        return None
    return next(iter(votes))


def _described_names(doc: Doc) -> dict[str, set[SourceKind]]:
    """For each word of a name, the kinds its descriptions give, and (keyed with ``_CUED``) a
    person for the last word of a name written after a first name or an age (``cued_name_end``:
    "40-year-old Freida Tiggs"); the article's one table of name kinds, computed once per
    Doc."""
    cached = doc.user_data.get(_DESCRIBED)
    if cached is not None:
        return cached
    cached = {}
    for token in doc:
        if token.is_title and cued_name_end(token):
            cached.setdefault(_CUED + token.lower_, set()).add(SourceKind.NAMED_PERSON)
    for token in tokens_tagged(doc, "PROPN"):
        if token.pos_ != "PROPN" or token.dep_ == "compound":
            continue
        nouns = [
            c
            for c in token.children
            if c.pos_ == "NOUN"
            and (c.dep_ == "compound" or (c.dep_ == "appos" and c.left_edge.i == token.i + 2))
        ]  # the apposition right after the name's comma, not one the parse hung further on
        if token.left_edge.i < token.i and _capitalised_descriptor(token.left_edge):
            nouns.append(token.left_edge)
        if token.dep_ == "appos" and token.head.pos_ == "NOUN":
            if token.left_edge.i == token.head.i + 2:  # "a rescue charity, Sea Haven"
                nouns.append(token.head)
        for noun in nouns:
            word = noun.lemma_.lower()
            kind = (
                SourceKind.NAMED_ORG
                if word in ORG_DESCRIPTOR_NOUNS
                else SourceKind.NAMED_PERSON
                if word in PERSON_DESCRIPTOR_NOUNS
                else None
            )
            if kind is None:
                continue
            for part in token.lefts:
                if part.dep_ == "compound" and part.pos_ == "PROPN":
                    cached.setdefault(part.lower_, set()).add(kind)
            cached.setdefault(token.lower_, set()).add(kind)
    doc.user_data[_DESCRIBED] = cached
    return cached


def _capitalised_descriptor(token: Token) -> bool:
    """ "Witness Cleveland Douse tells ...": a describing noun opening the sentence, which the
    tagger reads as part of the name (a proper noun with no entity)."""
    if token.dep_ != "compound" or token.pos_ != "PROPN" or token.ent_type_:
        return False
    opens = token.i == token.sent.start or token.doc[token.i - 1].is_space
    word = token.lower_
    return opens and (word in PERSON_DESCRIPTOR_NOUNS or word in ORG_DESCRIPTOR_NOUNS)


def _name_votes(doc: Doc) -> dict[str, Counter[str]]:
    """For each word of a name in the article, how often it is tagged a person or an org, and
    (keyed with ``_FULL``) how often it is part of a name of two words or more; computed once
    per Doc."""
    cached = doc.user_data.get(_NAME_VOTES)
    if cached is None:
        cached = {}
        for ent in doc.ents:
            if ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
                kind = "person" if ent.label_ == "PERSON" else "org"
                words = [t for t in ent if t.pos_ == "PROPN"]
                for token in ent:
                    cached.setdefault(token.lower_, Counter())[kind] += 1
                    if len(words) > 1 and token.pos_ == "PROPN":
                        cached.setdefault(_FULL + token.lower_, Counter())[kind] += 1
        doc.user_data[_NAME_VOTES] = cached
    return cached


def _is_definite(head: Token) -> bool:
    """ "the ambassador", "Libya's ambassador" are definite; "an ambassador" is not; a bare
    singular role ("minister says", headline style) is definite too."""
    for child in head.lefts:
        if child.dep_ == "poss":
            return True
        if child.dep_ == "det":
            return child.lower_ in ("the", "this", "that")
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            return True
    return head.tag_ in ("NN", "NNP")


def _is_indefinite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "some") for c in head.lefts)


def is_owned(head: Token) -> bool:
    """A document with an owner: a possessive or a name before it; not a date ("July's
    figure", "the March 3 report")."""
    return any(
        (c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"))
        and c.ent_type_ not in ("DATE", "TIME")
        for c in head.lefts
    )
