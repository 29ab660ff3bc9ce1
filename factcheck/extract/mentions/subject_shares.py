"""A share that stands alone as the subject of what a poll's people said or favour: "Six in 10
voters said she is honest, and three-quarters said the same of him", "Two-thirds support
reducing sentences", "Four in 10 see his campaign as unfair, and a third said that of
another". Pure.

The gold README makes "a third" and "two-thirds" one claim each, a share of its whole; the
numbers component reads a fraction only before its "of" ("two-thirds of voters") or a
qualifier, so a fraction that names the people itself was missed. It is taken when it is the
subject of a verb of saying or of a stance. "A third" or "a quarter" alone may be an ordinal
("two were shot and a third said he ran"), so the singular is taken only beside another share
in its sentence ("Four in 10 ...", "48 percent ..."); a plural denominator ("two-thirds",
"three-quarters") is never an ordinal.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import FRACTION_WORDS, PERCENT_WORDS, SHARE_STANCE_VERBS

# "Six in 10", "eight out of 10": the joiners of a share written as a part of a whole
_SHARE_JOINERS = frozenset({"in", "of"})


def is_stance_subject_share(doc: Doc, start: int, end: int) -> bool:
    """True if the fraction at tokens ``start:end`` ("three-quarters", "a third") is the
    subject of a verb of saying or of a stance, so it is a share of the people polled."""
    word = doc[end - 1]
    if word.lower_ not in FRACTION_WORDS:
        return False
    plural = word.lower_.endswith("s")  # "two-thirds", "three-quarters": never an ordinal
    verb = word.head
    if verb.lemma_.lower() not in SHARE_STANCE_VERBS or verb.i <= word.i:
        return False
    if plural and word.dep_ == "compound" and verb.dep_ == "ROOT":
        return True  # "Two-thirds support reducing sentences": the parse reads a noun compound
    if word.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return plural or _beside_another_share(word)


def _beside_another_share(word: Token) -> bool:
    """Another share in the sentence: a percent, "six in 10", or another fraction."""
    for token in word.sent:
        if token.i == word.i or token.i == word.i - 1:
            continue
        if token.lower_ in PERCENT_WORDS or token.lower_ in FRACTION_WORDS:
            return True
        if token.lower_ in _SHARE_JOINERS and 0 < token.i < len(word.doc) - 1:
            before, after = word.doc[token.i - 1], word.doc[token.i + 1]
            if before.like_num and after.like_num:
                return True  # "Four in 10 voters"
    return False
