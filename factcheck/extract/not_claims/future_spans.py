"""A span of time in which a future event comes only places it (session 35). Pure.

docs/gold-conventions.md "Spans of time before or after an event": a span that only places an
event is not a claim; "two months away" and "six months from now" do it looking forward
(``time_ahead.py``). "In" does the same when its verb looks forward: "as Israel moves towards
its 70th anniversary in two years" (realgold12 not-claim "span that places an event in time"),
"the contests begin in three weeks", "he would know in six months whether ...", "the onslaught
will hit the airwaves in the next two months" (realgold19 "over the next six weeks": "places
an event in time"). A span that is the window of another figure in its clause stays a claim
("would raise only $1.1 trillion over the next decade", realgold24; "pledged to create 700,000
jobs in seven years"), as does a span of a past or negated verb ("sank the navy in 48 hours",
"hasn't visited the site in six months": how long it took, the gap since) and a span that
scopes a record ("is at its lowest level in 13 years", "the first time in a decade").
Not a span in a promise or forecast someone is reported making ("Trump has said he would know
in six months whether ...", a quotation): its deadline is what is claimed. Not a span looking
back ("they see in the last seven years major advances") or one that says how brief something
is ("gives the details in just five minutes"). Quotations are counted by their marks in the
sentence, not by ``quotes.quote_at``: quotes.py imports not_claims, which calls this module.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    FUTURE_SPAN_PREPOSITIONS,
    PRESENT_TENSE_TAGS,
    QUOTE_MARKS,
    RECORD_MODIFIERS,
    REPORTING_VERBS,
    SPAN_LOOKING_BACK_OR_BRIEF,
)
from factcheck.extract.mentions.quantities import is_numeral, is_spelled_number

_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
# How a reported clause hangs on its reporting verb: "said that he would ...", "..., he said".
_REPORTED_DEPS = frozenset({"ccomp", "parataxis"})


def is_future_placing(doc: Doc, start: int, unit: int) -> bool:
    """True if the span of time from token ``start`` to its unit at token ``unit`` is the
    object of "in"/"over" on a verb that looks forward (a modal, or a plain present tense)
    and its clause holds no other figure: "the vote comes in two weeks", "will hit the
    airwaves in the next two months"."""
    token = doc[unit]
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in FUTURE_SPAN_PREPOSITIONS:
        return False
    if any(t.lower_ in SPAN_LOOKING_BACK_OR_BRIEF for t in doc[prep.i + 1 : start + 1]):
        return False  # "see in the last seven years", "gives the details in just five minutes"
    verb = prep.head
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head  # "would be able to amass a big lead over the next six weeks"
    if verb.pos_ not in ("VERB", "AUX") or not _looks_forward(verb):
        return False
    clause = [t for t in verb.subtree if not start <= t.i <= unit and t.sent == token.sent]
    if any(_is_figure(t) or _marks_a_record(t) for t in clause):
        return False
    return not _is_reported(verb)


def _is_reported(verb: Token) -> bool:
    """ "Trump has said he would know in six months whether ...", "the survey found that
    finances would improve over the next five years", a quotation: a promise or forecast
    someone makes with its deadline is checkable; the writer's own calendar only places."""
    before = verb.doc[verb.sent.start : verb.i].text
    if sum(before.count(mark) for mark in QUOTE_MARKS) % 2:
        return True  # inside a quotation opened earlier in the sentence
    clause = verb
    while clause.head.i != clause.i:
        if clause.dep_ in _REPORTED_DEPS and clause.head.lemma_.lower() in REPORTING_VERBS:
            return True  # not "might claim momentum but would be able to amass ...": a conjunct
        clause = clause.head
    return False


def _looks_forward(verb: Token) -> bool:
    """ "will hit", "would know", "may not be" (a modal, negated or not); "begin", "moves"
    (a plain present tense, not negated); "expects to open" (an infinitive under either)."""
    children = list(verb.children)
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return True
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in children):
        if verb.tag_ == "VB" and verb.dep_ == "xcomp":
            return _infinitive_looks_forward(verb.head)
        return False  # "has sold", "hasn't visited", "was held"
    return verb.tag_ in PRESENT_TENSE_TAGS


def _infinitive_looks_forward(head: Token) -> bool:
    """The verb over an infinitive: "expects to open", "would be able to amass" (over the
    adjective), "is going to straighten it out"."""
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        head = head.head
    if head.lemma_ == "go" and head.tag_ == "VBG":
        return True
    return head.pos_ in ("VERB", "AUX") and _looks_forward(head)


def _marks_a_record(token: Token) -> bool:
    """ "is at its lowest level in 13 years", "the first time in a decade": the span is how
    long the record has stood."""
    return token.tag_ in ("JJS", "RBS") or token.lower_ in RECORD_MODIFIERS


def _is_figure(token: Token) -> bool:
    """A number of the clause that the span could be the window of: "$1.1 trillion",
    "700,000 jobs", "40 percent"; not an ordinal ("its 70th anniversary")."""
    if token.lower_.endswith(_ORDINAL_SUFFIXES) and token.text[:1].isdigit():
        return False
    return is_numeral(token) or is_spelled_number(token)
