"""The record a span "in N years" is measured against where the span hangs on the clause and
the record is its predicate: "it was the deadliest rail accident in the state in more than a
decade", "the most serious fighting between them in two years", "the most in a single day in
three decades", "called it the biggest bribery case in almost two decades".

Gold README, "subject": what the figure measures; the README counts such spans ("the slowest
rate in 13 years") as claims whose subject is the record. The wire golds name the record, not
the unit or the clause's subject (tests/wirew "most serious fighting", wirem "biggest ...
case", wirex "most ... rain", wire2j "deadliest rail accident", wire2c "most serious pirate
attack", wire2m "worst ... flood"). ``record_holders`` reads the record on the token the span
hangs on; this reads it where the parse hangs the span on the verb whose predicate holds the
record, or on a place or time phrase inside the record ("in Bihar", "in a single day").
A superlative with a "most"/"least" before a plain adjective counts ("most serious").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import TIME_UNITS

# the predicate of a clause that may hold the record: "was the ...", "called it the ..."
_PREDICATE_DEPS = ("attr", "oprd", "dobj")
_DEGREE_WORDS = frozenset({"most", "least"})
# a superlative before a noun that measures out rather than names a record ("the least effort")
_NOT_RECORDS = frozenset({"least"})
# superlatives that quantify rather than name a record ("most were freed")
_QUANTIFIERS = frozenset({"most", "least", "more", "less"})
# the words before a record's noun that name the record with it
_RECORD_WORD_DEPS = ("amod", "compound", "nmod")
# "in the past two weeks": a window the doing fell in, not a record's stretch
_WINDOW_WORDS = frozenset({"past", "last", "next", "previous", "coming", "first"})
# the words of a qualifier the parse may hang a span's unit under ("more than a decade")
_QUALIFIER_WORDS = frozenset({"than", "more", "less", "fewer"})


def span_record(figure: Span) -> str:
    """The record phrase an "in N units" span of ``figure`` is measured against, or ''."""
    units = [t for t in figure if t.lemma_.lower() in TIME_UNITS]
    if not units:
        return ""
    if any(c.lower_ in _WINDOW_WORDS for c in units[-1].children):
        return ""
    prep = _span_prep(units[-1], figure)
    if prep is None:
        return ""
    anchor = prep.head
    for _ in range(2):
        # "in Bihar in more than a decade", "in a single day in three decades": the phrase
        # the span follows is inside the record
        if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep":
            anchor = anchor.head.head
    if anchor.pos_ == "NOUN" and _is_superlative(anchor):
        return _record_phrase(anchor)
    if anchor.tag_ == "JJS" and anchor.lower_ == "most":
        # "received 412 mm of rain, the most in a single day in three decades": the most of
        # the stuff the measure before it is of
        head = anchor.head
        measures = [head] if head.pos_ == "NOUN" else [d for d in head.children if d.dep_ == "dobj"]
        stuff = [
            o
            for d in measures
            for p in d.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj" and o.pos_ == "NOUN"
        ]
        return f"most {stuff[0].text}" if stuff else ""
    if anchor.tag_ == "JJS" and anchor.lower_ not in _QUANTIFIERS:
        return _bare_record(anchor, anchor.head)  # "the worst at a registered site in ..."
    if anchor.pos_ in ("VERB", "AUX"):
        for child in anchor.children:
            if child.dep_ in ("oprd", "attr") and _bare(child):
                return _bare_record(child, anchor)  # "called the flood the worst in ..."
        for child in anchor.children:
            if child.dep_ in _PREDICATE_DEPS and child.pos_ == "NOUN" and _is_superlative(child):
                return _record_phrase(child)
    return ""


def _is_superlative(noun: Token) -> bool:
    """ "the deadliest accident", "the most serious fighting"; a noun before the span only."""
    for left in noun.lefts:
        if left.dep_ != "amod":
            continue
        if left.tag_ == "JJS" and left.lower_ not in _NOT_RECORDS:
            return True
        if any(c.lower_ in _DEGREE_WORDS and c.dep_ == "advmod" for c in left.lefts):
            return True
    return False


def _record_phrase(noun: Token) -> str:
    """ "most serious fighting", "deadliest rail accident": the noun with its adjectives and
    compounds before it, without a determiner or an owner ("the country's")."""
    kept = [t for t in noun.lefts if t.dep_ in _RECORD_WORD_DEPS]
    start = min((t.left_edge.i for t in kept), default=noun.i)
    return noun.doc[start : noun.i + 1].text


def _span_prep(unit: Token, figure: Span) -> Token | None:
    """The "in" of the span: the unit's own ("in two years") or the one above the figure's
    qualifier ("in more than a decade", where the unit hangs on "than")."""
    token = unit
    for _ in range(3):
        head = token.head
        if head.lower_ == "in" and head.dep_ == "prep" and token.dep_ == "pobj":
            return head
        inside = figure.start <= head.i < figure.end or head.lower_ in _QUALIFIER_WORDS
        if not inside or head is token:
            return None
        token = head
    return None


def _bare(token: Token) -> bool:
    return token.tag_ == "JJS" and token.lower_ not in _QUANTIFIERS


def _bare_record(superlative: Token, verb: Token) -> str:
    """ "called the flood the worst" -> "worst flood", "reported inflation above 30%, then the
    highest" -> "highest inflation": a superlative standing for its noun with the verb's
    object it is said of, or the superlative alone ("the lowest", which the golds name such a
    record by: tests/wire2c, wire2m)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return superlative.lower_
    objects = [
        c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c != superlative
    ]
    if objects:
        return f"{superlative.lower_} {objects[0].text}"
    return superlative.lower_
