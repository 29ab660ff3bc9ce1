"""Who a figure is attributed to: the source phrase and its kind.

The figure's clause is walked up the dependency tree; the nearest attribution wins, so in
"Blinken told reporters ... as the death count crossed 9,000, according to the Hamas-run Gaza
health ministry" the ministry, not Blinken, is the source of 9,000 (seed).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import (
    ACCORDING_TO,
    ANONYMOUS_HEADS,
    CLAUSE_ONLY_REPORTING_VERBS,
    DOCUMENT_HEADS,
    DOCUMENT_PREPS,
    NAME_PREPS,
    NON_SOURCE_SUBJECTS,
    ORG_HEADS,
    ORG_PRONOUNS,
    PERSON_PRONOUNS,
    REPORTING_VERBS,
    SOURCE_DESCRIPTORS,
    SPOKESPERSON_HEADS,
    UNIQUE_ROLE_HEADS,
)
from factcheck.extract.not_claims import entity_bounds
from factcheck.model import Source, SourceKind

_NO_SOURCE = Source(text="", kind=SourceKind.NONE)
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Reporting clauses hung on the claim's clause: "..., the official clarified" / "X said".
_REPORT_CLAUSE_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj"})
_PRONOUN_LOOKBACK_SENTS = 3
_NAME_VOTES = "factcheck_name_votes"


def find_source(doc: Doc, number: Token) -> Source:
    """Return the source the figure at ``number`` is attributed to in its sentence.

    Args:
        doc: the parsed article.
        number: the figure's number token.

    Returns:
        The source; kind ``none`` when the sentence attributes the figure to no one.
    """
    for ancestor in _path_to_root(number):
        speaker = _reporting_noun_speaker(ancestor, number)
        if speaker is not None:
            return Source(text=speaker.text, kind=classify_source(speaker))
        subject = _attribution_at(ancestor, number)
        if subject is not None:
            return _source_from_phrase(doc, subject)
    return _NO_SOURCE


def classify_source(span: Span) -> SourceKind:
    """Return the kind of a source phrase.

    Notes:
        Gold README, "Source kinds": a person named or identified by a unique role ->
        named_person; an institution or named group -> named_org; unnamed people or
        unspecified sources, officials, reports -> anonymous.
    """
    if not span.text.strip():
        return SourceKind.NONE
    head = _phrase_head(span)
    head_word = head.lemma_.lower()
    if head.ent_type_ == "PERSON":
        return SourceKind.NAMED_PERSON
    if head.pos_ == "PROPN" or head.ent_type_ in ("ORG", "PERSON", "NORP", "GPE"):
        return _classify_name(span.doc, head)
    if head_word in UNIQUE_ROLE_HEADS or head_word in SPOKESPERSON_HEADS:
        return SourceKind.NAMED_PERSON if _is_definite(head) else SourceKind.ANONYMOUS
    if head_word in DOCUMENT_HEADS and _is_owned(head):
        # "its annual report", "the agency's figures", "WHO and UNICEF figures"
        return SourceKind.NAMED_ORG
    if head_word in ANONYMOUS_HEADS or head.lower_ in ANONYMOUS_HEADS:
        if _tagged(span, ("PERSON",)):
            return SourceKind.NAMED_PERSON
        return SourceKind.ANONYMOUS
    if head_word in ORG_HEADS or head.lower_ in ORG_HEADS:
        if _is_indefinite(head) and not any(t.pos_ == "PROPN" for t in span):
            return SourceKind.ANONYMOUS  # "a local radio station" names no one
        return SourceKind.NAMED_ORG
    if _tagged(span, ("PERSON",)):
        return SourceKind.NAMED_PERSON
    if _tagged(span, ("ORG", "NORP", "GPE")):
        return SourceKind.NAMED_ORG
    return SourceKind.ANONYMOUS


def _phrase_head(span: Span) -> Token:
    """The phrase's head noun: its syntactic root, or its last noun when the root is not one."""
    root = span.root
    if root.pos_ in ("NOUN", "PROPN", "PRON"):
        return root
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN") or t.lemma_.lower() in ANONYMOUS_HEADS]
    return nouns[-1] if nouns else root


def _path_to_root(token: Token) -> list[Token]:
    path = [token]
    while path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def _attribution_at(ancestor: Token, number: Token) -> Token | None:
    """Return the subject of an attribution attached at ``ancestor``, if there is one."""
    for child in ancestor.children:
        according = _according_to_object(child)
        if according is not None:
            return according
    if _is_reporting_verb(ancestor):
        subject = _subject_of(ancestor, number)
        if subject is not None:
            return subject
    for child in ancestor.children:
        if child.dep_ in _REPORT_CLAUSE_DEPS and _is_reporting_verb(child):
            if number in child.subtree or _reports_its_own_clause(child):
                continue
            subject = _subject_of(child, number)
            if subject is not None:
                return subject
    return None


def _reports_its_own_clause(verb: Token) -> bool:
    """ "X killed 50, while the ministry said 23 died": a side clause that reports content of
    its own attributes that content, not the main clause's figure."""
    return any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def _reporting_noun_speaker(ancestor: Token, number: Token) -> Span | None:
    """ "the US official retort that ..." (seed typo) or "the ministry report that 300 died".

    The parser reads a reporting word as a noun whose clause holds the figure; the words
    before it name the speaker when they end in a source-like noun.
    """
    if ancestor.pos_ != "NOUN" or ancestor.lemma_.lower() not in REPORTING_VERBS:
        return None
    clause = [c for c in ancestor.rights if c.dep_ in ("relcl", "acl", "ccomp")]
    if not any(number in c.subtree for c in clause):
        return None
    if not any(c.left_edge.lower_ == "that" for c in clause):
        return None
    speaker = ancestor.doc[ancestor.left_edge.i : ancestor.i]
    if not speaker or not _names_a_source(speaker[-1]):
        return None
    return speaker


def _names_a_source(token: Token) -> bool:
    word = token.lemma_.lower()
    return (
        token.pos_ == "PROPN"
        or word in ANONYMOUS_HEADS
        or word in ORG_HEADS
        or word in UNIQUE_ROLE_HEADS
    )


def _according_to_object(token: Token) -> Token | None:
    """ "according to X": return X's head token."""
    if token.lower_ != ACCORDING_TO[0]:
        return None
    for to in token.children:
        if to.lower_ == ACCORDING_TO[1]:
            for obj in to.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _is_reporting_verb(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in CLAUSE_ONLY_REPORTING_VERBS and any(c.dep_ == "dobj" for c in token.children):
        return False  # "employers added 187,000 jobs": adding, not saying
    return token.pos_ in ("VERB", "AUX", "NOUN") and lemma in REPORTING_VERBS


def _subject_of(verb: Token, number: Token) -> Token | None:
    """The verb's subject (or passive agent), never a phrase that holds the figure itself."""
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS and number not in child.subtree:
            if child.lower_ in NON_SOURCE_SUBJECTS or child.like_num:
                return None  # "most of them said": a share of the people counted, no source
            return _antecedent(child)
    for child in verb.children:  # passive: "was reported by Reuters", not "by Tuesday"
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ not in ("DATE", "TIME"):
                    return obj
    return None


def _antecedent(subject: Token) -> Token:
    """ "Ridgeway, which reported revenue of $4.5bn": the relative pronoun's noun."""
    clause = subject.head
    if subject.lower_ in ("which", "who", "that") and clause.dep_ == "relcl":
        return clause.head
    return subject


def _source_from_phrase(doc: Doc, head: Token) -> Source:
    if head.lower_ in PERSON_PRONOUNS or head.lower_ in ORG_PRONOUNS:
        return _resolve_pronoun(doc, head)
    body = _body_behind_document(head)
    span = _phrase(body if body is not None else head)
    return Source(text=span.text, kind=classify_source(span))


def _body_behind_document(head: Token) -> Token | None:
    """ "a statement from the military" -> "the military"; "figures released by the UN"."""
    if head.lemma_.lower() not in DOCUMENT_HEADS:
        return None
    for child in head.rights:
        preps = [child] if child.dep_ == "prep" else []
        if child.dep_ == "acl" and child.lower_ in DOCUMENT_PREPS:
            preps = [c for c in child.children if c.dep_ in ("agent", "prep")]
        for prep in preps:
            if prep.lower_ not in DOCUMENT_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and _names_a_source(obj):
                    return obj
    return None


def _phrase(head: Token) -> Span:
    """The source's noun phrase: its left modifiers and name-like right parts, no clauses."""
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ("compound", "flat", "nmod"):
            end = child.right_edge.i + 1
        elif child.dep_ == "prep" and child.lower_ in NAME_PREPS and child.i == end:
            end = child.right_edge.i + 1
        elif child.i == end and _describes_source(child):
            end = child.right_edge.i + 1
        else:
            break
    for token in head.doc[head.i + 1 : end]:
        if token.text in (",", "(") or (token.dep_ in ("relcl", "acl") and token.head.i != head.i):
            end = token.i  # ", who asked not to be named", "a report ... published in May"
            break
    start, end = _cover_names(head.doc, start, end)
    span = head.doc[start:end]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    while len(span) > 1 and span[0].is_punct:
        span = span[1:]
    return _name_behind_title(span, head)


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


def _name_behind_title(span: Span, head: Token) -> Span:
    """ "WHO spokesperson Daniel Amadou", "Health Undersecretary Rosario Villanueva": a person
    named after their title is cited by name."""
    doc = span.doc
    if head.ent_type_ != "PERSON" or head.i + 1 < len(doc) and doc[head.i + 1].ent_iob_ == "I":
        return span
    start, end = entity_bounds(doc, head.i)
    if start > span.start and end - start > 1:
        return doc[start:end]
    return span


def _describes_source(child: Token) -> bool:
    """ "people familiar with the matter", "economists polled by Reuters": words that say who
    the source is belong to the source phrase."""
    if child.dep_ == "amod" and child.lemma_.lower() in SOURCE_DESCRIPTORS:
        return True
    return child.dep_ == "acl" and any(c.dep_ == "agent" for c in child.children)


def _resolve_pronoun(doc: Doc, pronoun: Token) -> Source:
    """ "he said": the nearest person (or, for "it"/"they", organisation) named before."""
    person = pronoun.lower_ in PERSON_PRONOUNS
    want = ("PERSON",) if person else ("ORG", "NORP", "GPE")
    sents = list(doc.sents)
    index = next(i for i, s in enumerate(sents) if s.start <= pronoun.i < s.end)
    window_start = sents[max(index - _PRONOUN_LOOKBACK_SENTS, 0)].start
    speaker = _last_speaker(doc, window_start, pronoun.i, person=person)
    if speaker is not None:
        return speaker
    for i in range(pronoun.i - 1, window_start - 1, -1):
        if doc[i].ent_type_ in want and doc[i].ent_iob_ == "B":
            start, end = entity_bounds(doc, i)
            if end <= pronoun.i:
                ent = doc[start:end]
                return Source(text=ent.text, kind=classify_source(ent))
    return Source(text=pronoun.text, kind=SourceKind.ANONYMOUS)


def _last_speaker(doc: Doc, start: int, end: int, *, person: bool) -> Source | None:
    """The subject of the last reporting verb before ``end`` that names a source of the
    pronoun's kind: "The department said ... The other eight were children, it said."."""
    for token in reversed(doc[start:end]):
        if not _is_reporting_verb(token) or token.pos_ == "NOUN":
            continue
        subject = next((c for c in token.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None or subject.pos_ == "PRON":
            continue
        span = _phrase(subject)
        kind = classify_source(span)
        if (kind is SourceKind.NAMED_PERSON) == person and kind is not SourceKind.ANONYMOUS:
            return Source(text=span.text, kind=kind)
    return None


def _classify_name(doc: Doc, head: Token) -> SourceKind:
    """A proper name: what the article mostly tags this word as, else a person if the doc
    names a person with it, else an org ("Kessler" the company, tagged PERSON once)."""
    votes = _name_votes(doc).get(head.lower_, Counter())
    if votes and votes["person"] != votes["org"]:
        person = votes["person"] > votes["org"]
        return SourceKind.NAMED_PERSON if person else SourceKind.NAMED_ORG
    if head.ent_type_ == "PERSON":
        return SourceKind.NAMED_PERSON
    if head.ent_type_ in ("ORG", "NORP", "GPE"):
        return SourceKind.NAMED_ORG
    return SourceKind.NAMED_ORG


def _name_votes(doc: Doc) -> dict[str, Counter[str]]:
    """For each word of a name in the article, how often it is tagged a person or an org;
    computed once per Doc."""
    cached = doc.user_data.get(_NAME_VOTES)
    if cached is None:
        cached = {}
        for ent in doc.ents:
            if ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
                kind = "person" if ent.label_ == "PERSON" else "org"
                for token in ent:
                    cached.setdefault(token.lower_, Counter())[kind] += 1
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


def _is_owned(head: Token) -> bool:
    """A document with an owner: a possessive or a name before it."""
    return any(
        c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN")
        for c in head.lefts
    )
