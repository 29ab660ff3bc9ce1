"""What a multiple or a half is taken of, when the noun right after it names that: "nearly
double the number for May", "more than three times the company's figure", "less than half the
average of the past decade", "nearly 10 times official toll".

The golds name that noun (tests/wiree, wiref, wirej, wirel, wirex, wire2d, wire2f, wire2j,
realgold4: "toll", "company's figure", "average", "number", "area", "lead"), not the figure
before it whose count the multiple restates (gold README "Multipliers"; issue 11: a comparison
takes the noun it is set against). A span of time after the multiple ("twice a week") is how
often, not a base; "three times that figure" re-mentions a figure, whose subject stands.

The figure's own subject stays in front of the base ("reports number", "Regular pay pace"): the
golds name either what the figure counts or what it is compared with (tests/wirex, wire2d
"number"; wired, wiree "cases", "reports"; the corpus "pay" for "double the pace"), and a subject
is right when a gold entry names any of its words (docs/extraction.md), so the base only adds.
"""

from __future__ import annotations

from spacy.tokens import Span

from factcheck.extract.lexicon import MULTIPLE_BASE_WORDS, TIME_UNITS
from factcheck.extract.subjects.noun_phrases import COUNT_HEADS, noun_phrase

# The words of a noun phrase before its head noun: "the company's figure", "official toll"
_BEFORE_HEAD = ("det", "poss", "case", "amod", "compound", "nmod")
_OPENERS = frozenset({"the", "its", "their", "his", "her", "our"})


def multiple_base(figure: Span, subject: str) -> str:
    """The noun phrase a multiple or half right before it is taken of, after ``subject`` (the
    figure's own) when that names other words; '' for no base."""
    doc = figure.doc
    if figure[-1].lower_ not in MULTIPLE_BASE_WORDS or figure.end >= len(doc):
        return ""
    first = doc[figure.end]
    if first.lower_ not in _OPENERS and first.pos_ not in ("ADJ", "NOUN"):
        return ""
    noun = first
    while noun.dep_ in _BEFORE_HEAD and noun.head.i > noun.i and noun.head.i <= figure.end + 5:
        noun = noun.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in TIME_UNITS:
        return ""
    start = figure.end + 1 if first.lower_ in _OPENERS else figure.end
    mine = subject.lower().split()
    if noun.lower_ in mine:
        return ""  # "half the people who met her gave money": the figure's own words name it
    base = doc[start : noun.i + 1].text
    if noun.lower_ in COUNT_HEADS:
        # "the number recorded by the government", "the number of seats", "the average of the
        # past decade"
        named = noun_phrase(noun, after=noun.i - 1)
        if named.lower().startswith(noun.lower_):
            base = f"{base}{named[len(noun.text) :]}"
        elif named:
            base = f"{base} of {named}"
    if subject and not set(base.lower().split()) & set(mine):
        return f"{subject} {base}"
    return base
