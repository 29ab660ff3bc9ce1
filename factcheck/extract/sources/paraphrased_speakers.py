"""A quotation that follows its speaker's paraphrase: `Mayor Lee said the budget was balanced.
"We cut 200 positions without a layoff."` News style introduces a speaker in reported speech
and goes on in their own words with no reporting verb; the quotation is the paraphrase's
speaker's (gold README "Source": who the text says the figure comes from, in this sentence or
an earlier one, a quotation continued). A change of speaker is always written out, so the
quotation, opening its own sentence right after the paraphrase (same or next paragraph), has
no other speaker to go on with. ``quotes.py`` asks here only for a quotation that names no
speaker of its own and continues no earlier quotation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.doctext import doc_text
from factcheck.extract.lexicon import REPORTING_VERBS

# What a paraphrase reports: a clause ("said the budget was balanced", "said that ...").
_CONTENT_DEPS = frozenset({"ccomp"})
# Subjects that speak: a name, a noun ("the mayor", "police"), a pronoun ("She said ...").
_SPEAKER_POS = frozenset({"PROPN", "NOUN", "PRON"})
# Marks a paraphrase has none of: a sentence with a quotation of its own has its own cue.
_QUOTE_CHARS = frozenset('"“”')


def paraphrase_cue(doc: Doc, start: int, end: int) -> Token | None:
    """The reporting verb of the paraphrase right before the quotation at ``start:end``.

    Args:
        doc: the parsed article.
        start: the quotation's first character (after its opening mark).
        end: the quotation's end character.

    Returns:
        The verb ("said") of the sentence just before the quotation when that sentence, in
        the same or the previous paragraph and with no quotation marks of its own, reports a
        clause of its subject's (`Lee said the budget was balanced.`); None when the quotation
        does not open its sentence or no such sentence stands right before it.
    """
    inside = doc.char_span(start, end, alignment_mode="expand")
    if inside is None or not len(inside):
        return None
    first = inside[0]
    if any(not (t.is_space or t.is_punct) for t in doc[first.sent.start : first.i]):
        return None  # set inside a sentence of the writer's (embedded_quotes.py)
    before = _previous_sentence(doc, first.sent.start)
    if before is None or _too_far(doc, before, start):
        return None
    if any(ch in _QUOTE_CHARS for ch in before.text) or "''" in before.text:
        return None
    return _reporting_root(before)


def _previous_sentence(doc: Doc, sent_start: int) -> Span | None:
    index = sent_start - 1
    while index >= 0 and (doc[index].is_space or doc[index].is_quote):
        index -= 1
    return None if index < 0 else doc[index].sent


def _too_far(doc: Doc, before: Span, start: int) -> bool:
    """More than one paragraph break between the paraphrase and the quotation."""
    gap = doc_text(doc)[before.end_char : start]
    return gap.replace(" ", "").replace("\t", "").count("\n") > 2 or gap.count("\n\n") > 1


def _reporting_root(sent: Span) -> Token | None:
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() not in REPORTING_VERBS:
        return None
    if not any(c.dep_ in _CONTENT_DEPS for c in root.children):
        return None  # "Lee said in a statement.": quotes.introducing_verb reads it
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in _SPEAKER_POS:
        return None
    return root
