"""A spelled number with a half: "seven-and-a-half years", "four and a half hours" is one
span of time (7.5 years, 4.5 hours), not a compound descriptor "seven-" (realgold16 gold:
"the past seven-and-a-half years" = 7.5 years; PolNeAR: "It's been seven-and-a-half years");
"a four-and-a-half-acre lot" stays a descriptor. Before a scale word the half is part of the
number: "two and a half million people" is 2.5 million; so is it before "times": "nearly one and
a half times the average" is a multiplier of 1.5 (tests/wirej gold)."""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import SCALE_WORDS, TIME_UNITS

_HYPHENED = ("-", "and", "-", "a", "-", "half")
_SPACED = ("and", "a", "half")


def and_a_half_end(doc: Doc, j: int) -> int:
    """The end of "-and-a-half" / " and a half" starting at token ``j``, or 0."""
    for words in (_HYPHENED, _SPACED):
        end = j + len(words)
        if end > len(doc) or tuple(t.lower_ for t in doc[j:end]) != words:
            continue
        if words is _HYPHENED and any(t.whitespace_ for t in doc[j - 1 : end - 1]):
            continue  # "two - and - a - half" is no glued word
        if end >= len(doc) or doc[end - 1].whitespace_ == "":
            return 0  # "a four-and-a-half-acre lot": a descriptor
        # a span of time (gold README): "two and a half terms" reads no figure of its own;
        # a scale: "two and a half million people" is 2.5 million, as "2.5 million" is
        nxt = doc[end].lower_
        if doc[end].lemma_.lower() in TIME_UNITS or _is_large_scale(nxt) or nxt == "times":
            return end
        return 0
    return 0


def _is_large_scale(word: str) -> bool:
    """ "million", "billion", "thousand" spelled out (not "m", "k" glued)."""
    return len(word) > 1 and SCALE_WORDS.get(word, 0) >= 1000
