"""The value of an invented case a sentence opens with to work a rate through: "For a vessel
worth $40 million, that means a premium of about $280,000", "On a cargo ship valued at $60
million, the extra cover adds $90,000". Pure.

The sentence picks any one thing of that value to turn a rate into money; no vessel of that
value is reported, so the figure asserts nothing checkable (gold README: a claim asserts
something checkable). Three writers of the wire sets, each with their own Red Sea insurance
story, write it as a not-claim ("hypothetical value in a worked example", "illustrative figure
(a hypothetical vessel value)", "hypothetical value in a worked illustration"; tests/wirep,
tests/wire2c, tests/wire2e). Only the opening "For"/"On" of a sentence, an indefinite noun
("a vessel", "a mid-sized tanker") and a word of value ("worth", "valued at") right before the
figure, and a comma closing the figure's phrase; the figure the case yields stays a claim.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import WORKED_EXAMPLE_OPENERS, WORKED_EXAMPLE_VALUE_WORDS

# Words between the article and the value word: "a vessel", "a mid-sized oil tanker"
_MOST_NOUN_WORDS = 4


def is_worked_example_value(doc: Doc, start: int, end: int) -> bool:
    """True if the figure at ``start:end`` is the value of the invented case its sentence
    opens with ("For a vessel worth $40 million, ...")."""
    sentence = doc[start].sent
    words = doc[sentence.start : start]
    if len(words) < 4 or words[0].lower_ not in WORKED_EXAMPLE_OPENERS:
        return False
    if words[1].lower_ not in ("a", "an"):
        return False
    value_at = next(
        (i for i, t in enumerate(words) if t.lower_ in WORKED_EXAMPLE_VALUE_WORDS), None
    )
    if value_at is None or not 3 <= value_at <= 2 + _MOST_NOUN_WORDS:
        return False
    between = [t for t in words[value_at + 1 :] if not _is_currency(t)]
    if len(between) > 1 or (between and between[0].lower_ != "at"):
        return False  # "worth $40 million", "valued at $60 million"
    if any(t.is_punct or t.like_num for t in words[2:value_at]):
        return False
    closer = next((t for t in doc[end : sentence.end] if not t.is_space), None)
    return closer is not None and closer.text == ","


def _is_currency(token: Token) -> bool:
    """ "$", "US$", "€": the currency sign before the figure's number."""
    return token.is_currency or token.text.endswith("$")
