""" "over the next two months", "in the coming six weeks": a stretch of time ahead that only
says when something will happen is no claim, unless its sentence counts something over it.
Pure.

``not_claims._span_of_a_count`` keeps "in/over the past (last, next) N units" a claim: the
stretch a count or change covers is one (realgold5 README: "petitioned four times in the past
12 years"). Looking forward with nothing counted, the stretch only places what is to come in
time, as "two months away" does (docs/gold-conventions.md "Spans of time before or after an
event"; tuning golds: "would be able to amass a big delegate lead over the next six weeks"
realgold19 and "The next three weeks will see ..." realgold, both not claims). With another
figure in its sentence it is the window that figure is measured over ("14 primaries over the
next three weeks", "a 17 percent increase over the next two years") and stays a claim; after
"for" it says how long ("for the next four years") and stays one too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import COMING_SPAN_MODIFIERS, COMING_SPAN_PREPOSITIONS
from factcheck.extract.quantities import is_numeral, is_spelled_number

_YEARS = range(1500, 2100)


def is_coming_span_placing(doc: Doc, the: int, end: int) -> bool:
    """True if the "the" at token ``the`` opens "the next N <unit>" (figure ending at token
    ``end``) after "in"/"over"/"during"/"within" in a sentence that counts nothing else."""
    if the == 0 or the + 1 >= len(doc):
        return False
    if doc[the + 1].lower_ not in COMING_SPAN_MODIFIERS:
        return False
    if doc[the - 1].lower_ not in COMING_SPAN_PREPOSITIONS:
        return False
    sent = doc[the].sent
    return not any(_is_figure(t) for t in sent if not the <= t.i <= end)


def _is_figure(token: Token) -> bool:
    if not (is_numeral(token) or is_spelled_number(token)):
        return False
    if token.ent_type_ in ("DATE", "TIME", "ORDINAL"):
        return False
    text = token.text.replace(",", "")
    return not (text.isdigit() and int(text) in _YEARS)
