"""Whether a proper name names a person or an organisation, by how the article writes it.

The tagger's label on one mention of a name is unreliable ("Kessler said" tagged a person where
the article names "Kessler Aerostructures AG"); the article as a whole is better evidence: a
description in apposition or before the name ("Mare Aperto, a German rescue charity"), a first
name or an age before it (``person_name_cues.py``), the kind of the names of several words it
is part of, and how often it is tagged each way. Both tables are computed once per Doc and
kept in ``doc.user_data``. ``source_phrase.classify_source`` composes these with the phrase's
other cues.

Notes:
    Gold README, "Source kinds"; issue 11 for names in apposition.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    OFFICE_DESCRIPTOR_NOUNS,
    ORG_DESCRIPTOR_NOUNS,
    PERSON_DESCRIPTOR_NOUNS,
    PERSON_TITLES,
)
from factcheck.extract.sources.bracketed_acronyms import bracketed_org_words
from factcheck.extract.sources.person_name_cues import aged_description, cued_name_end
from factcheck.extract.sources.role_appositions import role_before_apposition
from factcheck.extract.sources.who_clauses import person_ending_noun, who_clause
from factcheck.extract.token_index import title_tokens, tokens_tagged
from factcheck.model import SourceKind

_NAME_VOTES = "factcheck_name_votes"
_DESCRIBED = "factcheck_described_names"
_NAME_LABELS = ("PERSON", "ORG")
_CUED = "cued:"  # key prefix of the words written as a person's (person_name_cues.py)
_FULL = "full:"  # key prefix of the votes of names written in full


def short_for_an_org(doc: Doc, head: Token) -> bool:
    """ "Kessler said" tagged a person, where the article names "Kessler Aerostructures AG" in
    full and no person with that word: the short form of the organisation's name."""
    if head.ent_iob_ != "B" or (head.i + 1 < len(doc) and doc[head.i + 1].ent_iob_ == "I"):
        return False  # a name of several words ("Ann Kessler") is a person's
    if head.i > 0 and doc[head.i - 1].lower_ in PERSON_TITLES:
        return False  # "Mr. Morton"
    full = _name_votes(doc).get(_FULL + head.lower_, Counter())
    return bool(full["org"]) and not full["person"]


def kind_of_name(doc: Doc, head: Token) -> SourceKind:
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


def described_kind(doc: Doc, head: Token) -> SourceKind | None:
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
    for token in title_tokens(doc):  # not every token: the capitalised ones (speed55)
        if token.is_title and cued_name_end(token):
            cached.setdefault(_CUED + token.lower_, set()).add(SourceKind.NAMED_PERSON)
    for token in bracketed_org_words(doc):  # "the ... Agency (Basarnas)": the body's
        cached.setdefault(token.lower_, set()).add(SourceKind.NAMED_ORG)
    for token in _name_heads(doc):
        if token.dep_ == "compound":
            continue
        nouns = [
            c
            for c in token.children
            if c.pos_ == "NOUN"
            and (c.dep_ == "compound" or (c.dep_ == "appos" and c.left_edge.i == token.i + 2))
        ]  # the apposition right after the name's comma, not one the parse hung further on
        if token.left_edge.i < token.i and _capitalised_descriptor(token.left_edge):
            nouns.append(token.left_edge)
        if which_clause(token):  # "Northgate Apparel, which owns the plant, said": the
            # name's last word only ("Lee Foundation, which ..." says nothing of "Lee")
            cached.setdefault(token.lower_, set()).add(SourceKind.NAMED_ORG)
        if who_clause(token):  # "Ramesh Kale, who sells garlands, said": a person
            cached.setdefault(token.lower_, set()).add(SourceKind.NAMED_PERSON)
        if token.dep_ == "appos" and token.head.pos_ == "NOUN":
            if token.left_edge.i == token.head.i + 2:  # "a rescue charity, Sea Haven"
                nouns.append(token.head)
            elif token.left_edge.i == token.head.i + 1 and _org_word(token.head):
                nouns.append(token.head)  # "the integrity firm Sportradar" (wsrc67a)
        role = role_before_apposition(token)
        if role is not None:  # "A lawyer for the families, Mina Sall, said"
            nouns.append(role)
        for noun in nouns:
            word = noun.lemma_.lower()
            kind = (
                SourceKind.NAMED_ORG
                if word in ORG_DESCRIPTOR_NOUNS
                else SourceKind.NAMED_PERSON
                if word in PERSON_DESCRIPTOR_NOUNS
                or word in OFFICE_DESCRIPTOR_NOUNS
                or aged_description(noun)
                or person_ending_noun(noun)
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


def which_clause(name: Token) -> bool:
    """ "Northgate Apparel, which owns the plant, said ...": a clause's subject that a clause
    opening with "which" right after its comma describes is a thing, not a person (people
    take "who"; after a name that is no subject the parse often hangs an earlier noun's
    clause on it); the tagger reads invented company names as people (tests/wireb b_5 gold
    "Northbridge Apparels", named_org)."""
    if name.dep_ not in ("nsubj", "nsubjpass") and not _cited_by_according_to(name):
        return False  # "the letter to Lee, which was leaked": the clause is the letter's
    for child in name.rights:
        if child.dep_ == "relcl" and child.left_edge.lower_ == "which":
            return child.left_edge.i == name.i + 2 and name.doc[name.i + 1].text == ","
    return False


def _org_word(noun: Token) -> bool:
    """A noun that describes only organisations ("firm", "charity", "agency")."""
    return noun.lemma_.lower() in ORG_DESCRIPTOR_NOUNS


def _cited_by_according_to(name: Token) -> bool:
    """ "according to Unicef, which handles delivery": the object of "according to" is a
    source, never a thing a "which" clause could belong to instead (tests/wirem m_4: the
    tagger read "Unicef" a person; gold named_org)."""
    prep = name.head
    return (
        name.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.i > 0
        and name.doc[prep.i - 1].lower_ == "according"
    )


def _name_heads(doc: Doc) -> list[Token]:
    """The last words of names: proper nouns, and a capitalised word inside a name the tagger
    calls a common noun ("Brett O’Donnell, chief strategist for ...": "O’Donnell" a
    NOUN, so its apposition went unread and the name kept the tagger's ORG)."""
    heads = tokens_tagged(doc, "PROPN") + [
        token
        for token in tokens_tagged(doc, "NOUN")
        if token.ent_type_ in _NAME_LABELS and token.ent_iob_ == "I" and token.is_title
    ]
    return sorted(heads, key=lambda token: token.i)


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
