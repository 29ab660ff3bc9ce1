"""Where a source phrase starts and stops: the checks ``source_phrase.source_phrase`` walks.

A source phrase keeps what says who the source is ("a European diplomat in Tripoli", "people
familiar with the matter", a handle in brackets, a name in apposition after a role, a group
joined to the speaking group), leaves out an acronym in brackets after a name, and never cuts
a name in two; it stops at a dash, a second handle, or a conjunction that opens the sentence
rather than the phrase.

Notes:
    Gold README, "source"; issue 11 for names in apposition; the session-64 ruling for
    acronyms in brackets; realgold8's README for joined groups.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.caveats.kept_anonymous import anonymity_cue
from factcheck.extract.entity_spans import entity_bounds
from factcheck.extract.lexicon import (
    DOCUMENT_HEADS,
    ORG_HEADS,
    REPORT_OF_HEADS,
    SOURCE_DESCRIPTORS,
    SOURCE_PLACE_PREPS,
    SPEECH_MEDIUM_WORDS,
)


def opening_conjunction(token: Token, head: Token) -> bool:
    """ "But a POLITICO analysis ... found": a conjunction the parse hangs on the subject
    opens the sentence, not the source's phrase."""
    return token.pos_ == "CCONJ" and token.i < head.i and token.head.i == head.i


def keep_split_first_word(doc: Doc, start: int) -> int:
    """ "Metropolitan police said ...", "Hopewell Police arrested ...": a paragraph's first
    word the parse made a sentence of its own, on the line of the source after it, is the
    source's."""
    if start < 1 or not doc[start].is_sent_start:
        return start
    previous = doc[start - 1]
    if not previous.is_sent_start or previous.pos_ != "PROPN" or not previous.is_title:
        return start
    return start - 1 if previous.whitespace_ == " " else start


def reported_content(child: Token, head: Token) -> bool:
    """ "Police responded to reports of a young child shot": the "of" phrase on a report noun
    says what is reported, the figure's own words, not who reports (realgold6 gold: "reports";
    gold README, "Source kinds": unspecified "reports" -> anonymous). Not a name after "of"
    ("the report of the Warren Commission"), which says whose report it is."""
    if head.lemma_.lower() not in REPORT_OF_HEADS or child.lower_ != "of":
        return False
    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.pos_ != "PROPN" and not obj.ent_type_


def entity_after(comma: Token) -> str:
    """The entity label of the word after a comma."""
    return comma.doc[comma.i + 1].ent_type_


def keep_appositive_name(head: Token, end: int) -> int:
    """ "A Twitter spokesman, Christopher Abboud, said": the phrase runs through the name in
    apposition to a role; ``apposed_names.name_after_description`` then gives the name alone
    (docs/gold-conventions.md, "A role set off by a comma before the name")."""
    doc = head.doc
    if end >= len(doc) - 1 or doc[end].text != ",":
        return end
    for child in head.rights:
        if child.dep_ == "appos" and child.left_edge.i == end + 1 and child.ent_type_ == "PERSON":
            after = child.right_edge.i + 1
            if after >= len(doc) or doc[after].text in (",", ".") or doc[after].pos_ == "VERB":
                return after
    return end


def capitalised_preposition(prep: Token) -> bool:
    """ "Doctors Without Borders", "Mothers Against Violence": a preposition written with a
    capital inside a sentence, between capitalised words, is part of a name, which the source
    phrase never cuts (the tagger may leave the first word out of the name's entity; tests/
    wireb b_4 gold "Doctors Without Borders", named_org)."""
    if prep.dep_ != "prep" or not prep.is_title or prep.is_sent_start or not prep.head.is_title:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return len(objects) == 1 and objects[0].is_title and objects[0].left_edge.i == prep.i + 1


def keep_acronym(doc: Doc, end: int) -> int:
    """ "Stockton Police (@StocktonPolice)": a handle in brackets right after a name belongs
    to its phrase (realgold3 writes it). An acronym in brackets does not (``drop_acronym``)."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        if is_handle_bracket(doc[end]):
            return end + 3
    return end


def ends_in_acronym(span: Span) -> bool:
    """The phrase ends in an acronym or a handle in brackets, whose closing bracket the
    trimming of punctuation keeps (``drop_acronym`` then decides)."""
    return len(span) >= 3 and is_acronym_bracket(span[-3])


def drop_acronym(span: Span) -> Span:
    """ "The UN refugee agency (UNHCR) said" -> "The UN refugee agency": an acronym in
    brackets after a name is left out of the source text, as a bracketed party after a name
    is (docs/gold-conventions.md, "Titles and roles before names"). Evidence: the blind wire
    golds of session 64 leave it out eight times of eight (tests/wirea, tests/wireb), as
    tests/corpus does for "(IOM)"; the lead's ruling of session 64."""
    if len(span) >= 4 and span[-1].text == ")" and is_acronym_bracket(span[-3]):
        if not is_handle_bracket(span[-3]):
            return span[:-3]
    if len(span) >= 3 and is_acronym_bracket(span[-2]) and not is_handle_bracket(span[-2]):
        return span[:-2]  # "Doctors Without Borders (MSF": the parse's subtree stops inside
    return span


def cut_open_bracket(span: Span) -> Span:
    """ "The Pan African Centre for Disease Prevention (Africa PCDP" -> the name before the
    bracket: a source phrase never ends inside a bracket it opened, which happens when the
    parse's subtree stops before a bracket of two or more words ("(Africa CDC)", "(Red
    Cross)") that ``drop_acronym`` does not know as one acronym. What is in brackets after a
    name is left out of the source text, as an acronym is (docs/gold-conventions.md, "An
    acronym in brackets after a source's name"). Evidence: tests/wirem m_4 gold "The Africa
    Centres for Disease Control and Prevention" where the phrase ended in "(Africa CDC"."""
    depth, opened = 0, None
    for token in span:
        if token.text == "(":
            depth, opened = depth + 1, opened if depth else token
        elif token.text == ")" and depth:
            depth -= 1
            opened = opened if depth else None
    if opened is None or opened.i == span.start:
        return span
    cut = span.doc[span.start : opened.i]
    while len(cut) > 1 and (cut[-1].is_space or cut[-1].is_punct):
        cut = cut[:-1]
    return cut


def is_handle_bracket(token: Token) -> bool:
    """ "(@IMPD_News)": a social-media handle in brackets."""
    return is_acronym_bracket(token) and token.doc[token.i + 1].text.startswith("@")


def is_acronym_bracket(token: Token) -> bool:
    """ "(UNHCR)", "(@IMPD_News)": one upper-case word or one handle in brackets."""
    doc = token.doc
    if token.text != "(" or token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
        return False
    inner = doc[token.i + 1].text
    return (inner.isupper() and len(inner) > 1) or inner.startswith("@")


def cover_names(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Never cut a name: "the US National Oceanic and Atmospheric Administration" whole."""
    for i in (start, end - 1):
        if doc[i].ent_type_ in ("ORG", "PERSON", "FAC"):
            ent_start, ent_end = entity_bounds(doc, i)
            start, end = min(start, ent_start), max(end, _without_trailing_adverbs(doc, ent_end))
    return start, end


def _without_trailing_adverbs(doc: Doc, ent_end: int) -> int:
    """ "Peru's health ministry later said": the tagger may run a body's entity on over the
    lower-case adverb of the verb after it ("health ministry later"), which names nothing and
    is no part of the source text (gold README, "source": who gives the figure; tests/wirew w_4
    gold "Armenia's health ministry" for "... health ministry later said")."""
    while ent_end > 1 and doc[ent_end - 1].pos_ == "ADV" and doc[ent_end - 1].is_lower:
        if doc[ent_end - 1].dep_ != "advmod" or doc[ent_end - 1].head.pos_ not in ("VERB", "AUX"):
            break
        ent_end -= 1
    return ent_end


def cut_at_dash_or_handle(doc: Doc, start: int, end: int) -> tuple[int, int]:
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


def joined_group(head: Token) -> Token | None:
    """ "police and witnesses said", "cops and store employees said": a group joined to the
    speaking group is one source, as the real gold writes it (realgold8's README); not names
    ("Lee and Ruiz said": ``joined_name``) nor a figure's phrase."""
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


def joined_name(head: Token) -> Token | None:
    """ "Smith and Jones said", "Mayor Ann Lee and Councilman Bob Ruiz announced", "The FBI and
    local police said": a name joined to the speaking name by "and" speaks with it, one source
    (the gold README's source is who the text says gives the figure; session 58 found the
    held-out and check golds writing "X and Y" where we wrote "X", mostly by other paths than
    this subject). The last word of the joined phrase, or None: not a common noun ("Lee and her
    staff") nor a figure's phrase."""
    if head.dep_ not in ("nsubj", "nsubjpass") or not _a_name_or_body(head):
        return None
    conj = next((c for c in head.rights if c.dep_ == "conj"), None)
    if conj is None or not _a_name_or_body(conj) or any(map(_a_figure, conj.subtree)):
        return None
    between = [t.lower_ for t in head.doc[head.i + 1 : conj.left_edge.i]]
    if between not in (["and"], [",", "and"]) or any(t.dep_ == "conj" for t in conj.children):
        return None
    return conj


def _a_figure(token: Token) -> bool:
    """A number in the joined phrase that is no age ("24-year-old Tom Giancola")."""
    doc = token.doc
    age = token.i + 2 < len(doc) and doc[token.i + 2].lower_.startswith("year")
    return token.like_num and not age


def _a_name_or_body(token: Token) -> bool:
    """A proper name, or a body's noun ("police", "prosecutors")."""
    return (
        token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG") or (token.lower_ in ORG_HEADS)
    )


def says_where(prep: Token) -> bool:
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
    place = prep.doc[prep.i : place_end(prep)]
    return not any(t.like_num or t.pos_ in ("VERB", "AUX") for t in place)


def place_end(prep: Token) -> int:
    """Where a source's "in" phrase ends: before a clause the parse hangs on the place ("An
    aid worker in Adre, who asked not to be named, said": the clause is the speaker's, set off
    by its comma, and no part of the place; tests/wired d_3, tests/wiree e_2 golds "A health
    official in Bikoro", "An aid worker in Adre")."""
    doc = prep.doc
    for token in prep.subtree:
        if token.dep_ in ("relcl", "acl") and token.i > prep.i:
            start = token.left_edge.i
            while start > prep.i + 1 and doc[start - 1].is_punct:
                start -= 1
            return start
    return prep.right_edge.i + 1


def describes_source(child: Token) -> bool:
    """ "people familiar with the matter", "economists polled by Reuters": words that say who
    the source is belong to the source phrase."""
    if child.dep_ == "amod" and child.lemma_.lower() in SOURCE_DESCRIPTORS:
        return True
    if child.dep_ == "acl" and child.lower_ in SOURCE_DESCRIPTORS and child.tag_ == "VBN":
        # "Two people briefed on the talks": the participle the parse makes a clause
        # (tests/wirea a_5 gold, as "people familiar with the talks")
        return not any(t.like_num for t in child.subtree)
    if child.dep_ != "acl" or not any(c.dep_ == "agent" for c in child.children):
        return False
    # "a Reuters/Ipsos poll found by 43%-41%": a figure after "by" is the finding, not who
    # made it; the parse read the reporting verb as a participle on the poll.
    return not any(t.like_num for t in child.subtree)


def on_the_scene(child: Token) -> bool:
    """ "Officer on the scene says ...": "on the scene" says where the source is, as "at the
    scene" does (kept as a "with/at" phrase: realgold12 "police at the scene", tests/wirel
    "Police at the scene"; realgold3 gold "Officer on the scene"). Only the scene: "on" before
    other words is a date or a medium ("Lee on Monday", "a doctor on television")."""
    if child.dep_ != "prep" or child.lower_ != "on":
        return False
    objects = [c for c in child.children if c.dep_ == "pobj"]
    return len(objects) == 1 and objects[0].lower_ == "scene" and child.right_edge == objects[0]


# Relative words that open a clause restricting who an unnamed source is.
_RESTRICTING_WORDS = frozenset({"who", "whose", "that"})


def restricts_source(child: Token, head: Token) -> bool:
    """ "The town officials whose rules were overturned say ...", "Those who live on the block
    described ...": a relative clause with no comma before it says which unnamed
    people speak, and the real gold writes it with them (realgold14, realgold35); not a clause
    on a name ("Lee, who ..."), one that holds a figure, nor one that only keeps the source
    unnamed ("an official who spoke on condition of anonymity": realgold32 cuts it)."""
    if child.dep_ != "relcl" or head.pos_ not in ("NOUN", "PRON") or head.ent_type_:
        return False
    opener = child.left_edge
    if opener.lower_ not in _RESTRICTING_WORDS or opener.i == 0:
        return False
    if head.doc[opener.i - 1].is_punct:
        return False  # ", who ...": an aside, not the source's own words
    clause = head.doc[opener.i : child.right_edge.i + 1]
    if anonymity_cue(clause.text) is not None:
        return False  # "an official who spoke on condition of anonymity": a caveat's cue
    # no figure, and no name whose kind would be read as the source's ("people who know Lee")
    return not any(t.like_num or t.pos_ == "PROPN" or t.ent_type_ for t in clause)


def without_place(span: Span, head: Token) -> Span:
    """The source phrase up to the place it names ("An aid worker" of "An aid worker in
    Adre"): a place the tagger reads as a person's name says nothing of who speaks."""
    for child in head.rights:
        if span.start <= child.i < span.end and says_where(child):
            return span.doc[span.start : child.i]
    return span
