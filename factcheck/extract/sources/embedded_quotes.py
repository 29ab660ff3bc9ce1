"""A quotation set inside a sentence whose own clause names who speaks it: `Gov. Lee blamed the
court's "four liberal justices"`, `Ruiz used the question to demand that the rich "pay ... over
$250,000"`. The quoted words are that clause's subject's, not the words of whoever was quoted
just before (a continued quotation opens its own sentence: `"We found 12 more."`); and words the
writer quotes inside a sentence of their own (`Romney's "47 percent" remark was ...`, `ads calling
the deal a "$25 billion mistake"`) are no one's quotation. PolNeAR's gold gives such quotations
to the clause's subject (McCrory, Sanders); the continuation gave them to the speaker of an
earlier paragraph (polsrc36, session 29)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import QUOTING_SUBJECT_ENTS
from factcheck.extract.sources.nominal import names_a_source

# How far up from the quotation's first word the clause that holds it may be: `blamed the
# court's "four ...`: four -> justices -> blamed.
_CLAUSE_STEPS = 6
# Words of a title this short may stay lower-case ("of", "on", "the").
_SHORT_WORD = 3
# Words of the writer's own before the opening mark that make the quotation one set inside
# a sentence: a subject and its verb at the least.
_WORDS_BEFORE = 2


def embedding_clause(doc: Doc, start: int, end: int) -> tuple[bool, Token | None]:
    """Whether the quotation at characters ``start:end`` is set inside a sentence of the
    writer's (it opens after a word of the sentence, not after a colon or at the sentence's
    start, and is not a title), and the verb of the clause that holds it when that clause's
    subject, before the quotation, names a source: `McCrory blamed the court's "...` ->
    (True, blamed); `Romney's "47 percent" comment was ...` -> (True, None): the writer's
    words, no one's quotation. (False, None) for a quotation that opens its sentence and for
    a clause whose subject is a pronoun ("He called it "..."), which go on with the speaker
    before."""
    inside = doc.char_span(start, end, alignment_mode="expand")
    if inside is None or not len(inside):
        return False, None
    first = inside[0]
    words = [
        t
        for t in doc[first.sent.start : first.i]
        if t.idx + len(t) <= start and not (t.is_space or t.is_punct)
    ]
    if len(words) < _WORDS_BEFORE or words[-1].i != first.i - 1 - _marks_before(first):
        return False, None  # "Pew Research: "...": a label or a colon announces it
    if _a_title(inside):
        return False, None  # "on CBS' "60 Minutes."": a name, not words spoken
    token = first
    for _ in range(_CLAUSE_STEPS):
        if token.head.i == token.i:
            break
        token = token.head
        if start <= token.idx < end or token.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.pos_ == "PRON" and subject.idx < start:
            return False, None  # "He called it "...": the pronoun's speaker goes on
        if subject.idx >= start or first in subject.subtree:
            break  # "Romney's "47 percent" comment was ...": the quotation names it
        if names_a_source(subject) or subject.ent_type_ in QUOTING_SUBJECT_ENTS:
            return True, token
        break
    return True, None


def _marks_before(first: Token) -> int:
    """How many quotation marks and spaces stand right before the quotation's first word."""
    count, token = 0, first
    while token.i > 0 and (token.doc[token.i - 1].is_space or token.doc[token.i - 1].is_quote):
        count, token = count + 1, token.doc[token.i - 1]
    return count


def _a_title(inside: Span) -> bool:
    """Every longer word capitalised: a show's or a book's title ("60 Minutes", "Yuge!: 30
    Years of Doonesbury on Trump")."""
    words = [t for t in inside if t.is_alpha and len(t) > _SHORT_WORD]
    return bool(words) and all(t.text[0].isupper() for t in words)
