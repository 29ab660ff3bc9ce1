"""A poll share's answer given as one adjective right after it: "41 percent favorable".

"Clinton is underwater at 41 percent favorable and 56 percent unfavorable", "37% liberal to
32% conservative", "with 6 percent undecided": the share counts those who gave that answer, and
the golds name the answer (gold README, "subject": what is counted; realgold7 and realgold31
name "favorable", "positive", "conservative"). The adjective stands right after the share and
before no noun ("30 percent conservative voters" counts voters); it joins the subject the figure
already had, so a gold that names the poll ("poll support") still finds its word. Only the
answers of ``ANSWER_ADJECTIVES``: a comparative ("10 percent higher") or a state ("80 percent
full") is no answer.
"""

from __future__ import annotations

from spacy.tokens import Span

from factcheck.extract.lexicon import ANSWER_ADJECTIVES, ANSWER_LABELS, PERCENT_WORDS

# The parse takes some answers for adverbs or verbs ("13 percent unsure", "45 percent opposed").
_ANSWER_TAGS = ("ADJ", "ADV", "VERB")


def answer_adjective(figure: Span) -> str:
    """The answer adjective right after a percentage, as written, or ''."""
    doc = figure.doc
    unit = figure[-1]
    if not (unit.lower_ in PERCENT_WORDS or unit.text.endswith("%")):
        return ""
    label = answer_label(figure)
    if label:
        return label
    if figure.end >= len(doc):
        return ""
    word = doc[figure.end]
    if word.lower_ not in ANSWER_ADJECTIVES or word.pos_ not in _ANSWER_TAGS:
        return ""
    following = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if following is not None and following.pos_ in ("NOUN", "PROPN"):
        return ""  # "30 percent conservative voters": the adjective describes the noun
    return word.text


def answer_label(figure: Span) -> str:
    """A capitalised answer label right before a share in a list of results, as written, or ''.

    "Foreign bases: No 58.9%, Yes 41.1%", a results box's "Undecided   9%": the label starts
    its line, its sentence or an item after a colon, comma or semicolon (not "said no 40
    percent of the time"). Wire2e and realgold31 golds name the label.
    """
    words = [t for t in figure.doc[max(figure.start - 4, 0) : figure.start] if not t.is_space]
    if not words or words[-1].lower_ not in ANSWER_LABELS or not words[-1].is_title:
        return ""
    label = words[-1]
    if label.i == 0 or label.is_sent_start:
        return label.text
    before = label.doc[label.i - 1]
    if "\n" in before.text_with_ws or before.text in (":", ",", ";"):
        return label.text
    return ""


def with_answer_adjective(figure: Span, subject: str) -> str:
    """``subject`` followed by the answer adjective after the share, when it lacks it."""
    answer = answer_adjective(figure)
    if not answer or answer.lower() in subject.lower().split():
        return subject
    return f"{subject} {answer}".strip()
