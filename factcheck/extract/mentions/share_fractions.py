"""Fractions that open a share: "half of voters", "more than half", "a third of", "two-thirds",
"nearly doubled", "rose tenfold" (gold README, "Shares"). Pure.

A fraction word is a share only where something marks it as one: a qualifier, "of" or a
stance after it, a range of shares, a change ("cut by a third"); a multiple only as a verb or
in a comparison. "half a million" and "a quarter of a million" are numbers, "a half hour" and
"a quarter-century" spans of time. A fraction of a percent ("one-half of 1 percent") is one
figure with its percent.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import (
    FOLD_WORDS,
    FRACTION_WORDS,
    HYPHEN_FRACTION_WORDS,
    MULTIPLE_WORDS,
    SCALE_WORDS,
    SPACED_FRACTION_NOT_WORDS,
    SPACED_ORDINAL_FRACTION_NOT_WHOLES,
    SPACED_ORDINAL_FRACTIONS,
)
from factcheck.extract.mentions.century_spans import century_fraction_end
from factcheck.extract.mentions.change_shares import is_change_share
from factcheck.extract.mentions.glued_fractions import is_glued_to_next_word
from factcheck.extract.mentions.half_predeterminers import is_predeterminer_half
from factcheck.extract.mentions.multiplier_comparisons import compares_as_multiplier
from factcheck.extract.mentions.multiplier_idioms import is_multiplier_idiom
from factcheck.extract.mentions.multiplier_verbs import (
    is_fold_word,
    multiplies_an_object,
    multiplies_its_subject,
)
from factcheck.extract.mentions.percent_fractions import percent_of_fraction_end
from factcheck.extract.mentions.qualifiers import find_qualifier
from factcheck.extract.mentions.quantities import is_spelled_number
from factcheck.extract.mentions.share_ranges import share_range_high
from factcheck.extract.mentions.subject_shares import is_stance_subject_share
from factcheck.extract.mentions.unit_fractions import unit_fraction_end
from factcheck.model import Approx

FRACTION_STARTS = frozenset({*MULTIPLE_WORDS, *FOLD_WORDS, "half", "a", "an"})


def fraction_end(doc: Doc, i: int) -> int:
    """Return the end of a fraction starting at token ``i``, or 0: "half of voters", "more
    than half", "a third of", "two-thirds"; with the percent it is a fraction of ("one-half
    of 1 percent": one figure, not a share and a second claim)."""
    end = _share_fraction_end(doc, i)
    return (percent_of_fraction_end(doc, end) or end) if end else 0


def _share_fraction_end(doc: Doc, i: int) -> int:
    """The end of the fraction alone ("half", "a third", "two-thirds"), or 0."""
    token = doc[i]
    lower = token.lower_
    if lower not in FRACTION_STARTS and not is_spelled_number(token):
        return 0  # asked of every token: most start no fraction
    if century_fraction_end(doc, i) or unit_fraction_end(doc, i):
        return 0  # "a quarter-century", "a half hour": a span of time, not a share

    def qualified() -> bool:  # asked only of a fraction word: it is the costly test per token
        return find_qualifier(doc, i)[1] not in (Approx.EXACT, Approx.RANGE)

    def followed_by_part(j: int) -> bool:
        return j < len(doc) and (
            doc[j].lower_ == "of"
            or doc[j].text in (",", "—")
            or is_stance_subject_share(doc, i, j)
            or share_range_high(doc, i, j) is not None  # "between a quarter and a third"
            or is_change_share(doc, i)  # "cutting emissions by a third"
        )

    def of_a_scale(j: int) -> bool:  # "a quarter of a million": a number, not a share
        words = [t.lower_ for t in doc[j : j + 3]]
        return (
            len(words) == 3 and words[:2] in (["of", "a"], ["of", "an"]) and words[2] in SCALE_WORDS
        )

    if (
        lower in MULTIPLE_WORDS
        and not is_multiplier_idiom(doc, i)  # "doubled down on its attacks"
        and (
            qualified()
            or token.tag_ in ("VBD", "VBN", "VBZ")
            or compares_as_multiplier(doc, i)
            or multiplies_an_object(doc, i)  # "plans to triple coal production"
            or multiplies_its_subject(doc, i)  # "as cases triple", "losses could double"
        )
    ):
        return i + 1  # "nearly doubled", "roughly double", "the toll tripled", "double the number"
    if is_fold_word(doc, i):
        return i + 1  # "as much as fivefold", "rose tenfold"
    if lower == "half" and [t.lower_ for t in doc[max(i - 2, 0) : i]] == ["and", "a"]:
        return 0  # "the past decade and a half of policies": one and a half units, no share
    if lower == "half" and (
        qualified() or followed_by_part(i + 1) or is_predeterminer_half(doc, i)
    ):
        nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        return 0 if nxt in ("a", "an") else i + 1  # "half a million" is read as a number
    if lower in ("a", "an") and i + 1 < len(doc) and doc[i + 1].lower_ in FRACTION_WORDS:
        if of_a_scale(i + 2):
            return i + 5
        if is_glued_to_next_word(doc, i + 1):
            return 0  # "uniting behind a third-party candidate": a compound, no share
        if doc[i + 1].lower_ != "half" and (qualified() or followed_by_part(i + 2)):
            return i + 2
    if _spaced_ordinal_fraction(doc, i):
        return i + 2  # "a fourth of the delegates": the share "a third of" is
    if _spaced_spelled_fraction(doc, i) and (qualified() or followed_by_part(i + 2)):
        return i + 2  # "two thirds of the Senate": the share "two-thirds of" is
    if (
        is_spelled_number(token)
        and i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not token.whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].lower_ in HYPHEN_FRACTION_WORDS
        and (qualified() or followed_by_part(i + 3))
    ):
        return i + 3  # "two-thirds of voters"; not "a two-thirds majority" (a threshold)
    return 0


def _spaced_ordinal_fraction(doc: Doc, i: int) -> bool:
    """ "a fourth of the delegates", "one eighth of the budget": a fraction word that is also an
    ordinal ("a fourth victim") is a share where "of" and a whole follow, as "a fifth of" is
    (gold README, "Shares"); lower case only, so not "a Fourth of July parade"."""
    if doc[i].lower_ not in ("a", "an", "one") or i + 3 >= len(doc):
        return False
    fraction, of, whole = doc[i + 1], doc[i + 2], doc[i + 3]
    return (
        fraction.text in SPACED_ORDINAL_FRACTIONS
        and of.lower_ == "of"
        and whole.lower_ not in SPACED_ORDINAL_FRACTION_NOT_WHOLES
    )


def _spaced_spelled_fraction(doc: Doc, i: int) -> bool:
    """ "two thirds of the Senate", "three fifths of voters", "three quarters of the
    delegates": a spelled count before a fraction word, written apart, is the share the
    hyphenated "two-thirds" is (gold README, "Shares"). Quarters only before "of the" or an
    owner ("two quarters of growth" counts quarters of a year); never halves ("the two halves
    of the party")."""
    token = doc[i]
    if i + 2 >= len(doc) or not token.whitespace_ or token.lower_ in ("a", "an", "half"):
        return False
    if not is_spelled_number(token):
        return False
    fraction = doc[i + 1].lower_
    if fraction not in HYPHEN_FRACTION_WORDS or fraction in SPACED_FRACTION_NOT_WORDS:
        return False
    if fraction in ("quarter", "quarters"):
        return (
            doc[i + 2].lower_ == "of"
            and i + 3 < len(doc)
            and (doc[i + 3].lower_ in ("the", "its", "their", "his", "her", "our", "all"))
        )
    return True
