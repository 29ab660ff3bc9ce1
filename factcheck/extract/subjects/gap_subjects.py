"""What a gap of time is a gap since or without: "235 days since she held a press conference".

A span of time right before "since" or "without" measures the time from an event or without a
thing, which the words after it name: "It's been two months since Republicans confirmed a
judge" -> "months since Republicans confirmed a judge"; "has gone 271 days without a press
conference" -> "days without a press conference" (realgold8, realgold14, realgold24 golds list
"since" with the clause: "confirmed a judge", "since the scandal erupted", "days since"). The
unit alone ("days"), or a doer the clause gives, does not say what the span is of. Pure.
"""

from __future__ import annotations

from spacy.tokens import Span

from factcheck.extract.lexicon import GAP_CLAUSE_WORDS, GAP_SUBJECT_WORDS, GAP_WORDS, TIME_UNITS
from factcheck.extract.subjects.span_subjects import is_duration


def gap_subject(figure: Span) -> str:
    """The unit with the "since" or "without" words after it, or ''.

    ``figure`` is the figure's number and unit. The words stop at the end of the clause or
    phrase the gap word opens, at the first punctuation, and after ``GAP_CLAUSE_WORDS``.
    """
    doc = figure.doc
    unit = figure[-1]
    if unit.lemma_.lower() not in TIME_UNITS or figure.end >= len(doc):
        return ""
    gap = doc[figure.end]
    if gap.lower_ not in GAP_SUBJECT_WORDS:
        return ""
    if gap.lower_ not in GAP_WORDS and is_duration(unit):
        return ""  # "held for 11 months without charge": how long the holding lasted
    if gap.dep_ == "mark" and gap.head.i > gap.i:
        end = gap.head.right_edge.i  # "since Republicans confirmed a judge"
    elif gap.dep_ == "prep":
        end = gap.right_edge.i  # "since the Sandy Hook shootings", "without a press conference"
    else:
        return ""
    words = []
    for token in doc[gap.i : min(end + 1, gap.i + GAP_CLAUSE_WORDS)]:
        if token.is_punct and token.text not in ("-", "'"):
            break
        words.append(token.text)
    if len(words) < 2:
        return ""
    return " ".join([unit.text, *words])
