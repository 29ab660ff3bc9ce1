"""A multiplier verb in an idiom: "doubled down on its attacks" (issue 11). Pure.

"Nearly doubled" and "the toll tripled" are figures (multipliers, gold README); "the campaign
doubled down on its attacks" says the campaign persisted and multiplies nothing: an idiom,
not a claim (gold README: idioms are not claims). Written with a hyphen too ("she doubled-down
on her claim", session 51: the one "doubled down" of the allowed articles still claimed).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import MULTIPLIER_IDIOM_PARTICLES


def is_multiplier_idiom(doc: Doc, i: int) -> bool:
    """True if the multiplier word at token ``i`` is the verb of "doubled down" or
    "doubled-down"."""
    after = i + 1
    if after + 1 < len(doc) and doc[after].text in ("-", "–") and not doc[i].whitespace_:
        after += 1  # "doubled-down", split by the tokenizer
    return after < len(doc) and doc[after].lower_ in MULTIPLIER_IDIOM_PARTICLES
