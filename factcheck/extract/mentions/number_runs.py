"""Where a number starts and where its run of number words ends: "2.3 million", "twenty-five",
"a dozen", "half a million", "a trio of PACs", "seven-and-a-half", "4 1/2". Pure.

``starts_number`` says whether a token opens a number (a numeral, a spelled number, "a" before a
scale word, a qualified single unit such as "more than a year", "once" counting an event);
``number_run_end`` reads the words that belong to the same number after it. ``mentions`` reads
both for each figure, the low and high ends of a range and the whole of a share.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    GROUP_COUNT_WORDS,
    NUMBER_GLUE,
    NUMBER_WORDS,
    ONCE_WORDS,
    PAIRED_THINGS,
    SCALE_WORDS,
    SINGLE_UNIT_NOUNS,
    TIME_UNITS,
)
from factcheck.extract.mentions.century_spans import century_fraction_end
from factcheck.extract.mentions.half_runs import and_a_half_end
from factcheck.extract.mentions.lasting_units import is_lasting_unit
from factcheck.extract.mentions.mixed_fractions import is_glued_mixed_fraction, mixed_fraction_end
from factcheck.extract.mentions.once_counts import counts_an_event_once
from factcheck.extract.mentions.qualifiers import find_qualifier
from factcheck.extract.mentions.quantities import find_unit_word, is_numeral, is_spelled_number
from factcheck.extract.mentions.unit_fractions import unit_fraction_end
from factcheck.model import Approx


def glued_fraction_start(token: Token) -> bool:
    """ "2½ years", "41/2 years": a whole and a half in one word (``mixed_fractions``)."""
    if not token.text[:1].isdigit() or is_numeral(token):
        return False  # asked of every token: most are no digits, or plain numerals
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    unit_follows = (
        nxt is not None
        and nxt.pos_ == "NOUN"
        and (nxt.lemma_.lower() in TIME_UNITS or find_unit_word(nxt.text))
    )
    return is_glued_mixed_fraction(token, unit_follows=unit_follows)


def starts_number(token: Token) -> bool:
    if is_numeral(token) or glued_fraction_start(token):
        return True
    lower = token.lower_
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if century_fraction_end(token.doc, token.i):
        return True  # "a quarter-century", "half a century"
    if lower in ("a", "an"):
        # "a million"; "the first death in a decade" (gold README: spans of time that assert
        # something checkable are claims)
        return nxt is not None and (
            (nxt.lower_ in SCALE_WORDS and len(nxt.lower_) > 1)
            # not fused into a descriptor ("a decade-long ban": gold README, compound
            # descriptors); "a century" stays no span (no gold reads it; session 54 check set)
            or nxt.lower_ in ("decade", "dozen")
            and not _fused_before_hyphen(nxt)
            or _qualified_single_unit(token, nxt)
            or is_lasting_unit(token, nxt)  # "suspended for a month", "spent a year"
            or _group_count_at(token.doc, token.i + 1)
            or _half_dozen_at(token.doc, token.i + 1)  # "a half-dozen donations"
            or bool(unit_fraction_end(token.doc, token.i))  # "within a half hour"
        )
    if lower == "half" and _half_dozen_at(token.doc, token.i):
        return True  # "half-dozen"
    if lower == "half" and unit_fraction_end(token.doc, token.i):
        return True  # "half an hour", "half a percentage point"
    if lower in ("half", "quarter"):
        # "half a million" is a figure; "half the city" is not.
        return (
            nxt is not None
            and nxt.lower_ in ("a", "an")
            and token.i + 2 < len(token.doc)
            and token.nbor(2).lower_ in (*SCALE_WORDS, "dozen")
        )
    if lower in ONCE_WORDS:
        return counts_an_event_once(token)  # "shot once in the arm", "was uttered once"
    if lower == "dozen":
        # "the dozen emails" (a dozen named before); "dozens" is vague and not a claim
        prev = token.nbor(-1).lower_ if token.i > 0 else ""
        return prev in ("the", "that", "those", "these")
    return lower in NUMBER_WORDS


def _fused_before_hyphen(word: Token) -> bool:
    """ "decade-long", "century-old": the word glued to a hyphen and a word after it."""
    doc = word.doc
    return not word.whitespace_ and word.i + 2 < len(doc) and doc[word.i + 1].text == "-"


def _qualified_single_unit(article: Token, unit: Token) -> bool:
    """ "more than a year", "within an hour", "about a mile", "nearly a century": one unit of
    time or distance with a qualifier asserts a measure (gold README, spans of time; realgold5,
    realgold8, realgold10, realgold12, realgold14 golds), unlike a bare "a year" ("a year after",
    "once a year"); what only places an event ("about a year ago") is a not-claim as with digits."""
    if unit.lemma_.lower() not in SINGLE_UNIT_NOUNS or article.i == 0:
        return False
    approx = find_qualifier(article.doc, article.i)[1]
    return approx in (Approx.APPROXIMATE, Approx.LOWER_BOUND, Approx.UPPER_BOUND)


def _group_count_at(doc: Doc, i: int) -> bool:
    """ "a trio of PACs": a group word of a set size at token ``i``, before "of" and its
    members (not "a pair of shoes" read alone: the members must be a plural noun)."""
    if i + 2 >= len(doc) or doc[i].lower_ not in GROUP_COUNT_WORDS or doc[i + 1].lower_ != "of":
        return False
    for word in doc[i + 2 : i + 7]:
        if word.tag_ in ("NNS", "NNPS"):
            # "a trio of pro-Cruz super PACs"; not "a pair of shoes", one thing of two parts
            return word.lemma_.lower() not in PAIRED_THINGS
        if word.pos_ in ("VERB", "AUX") or word.is_punct and word.text != "-":
            return False
    return False


def _half_dozen_at(doc: Doc, i: int) -> bool:
    """ "half-dozen" (three tokens) starts at token ``i``."""
    return i + 2 < len(doc) and [t.lower_ for t in doc[i : i + 3]] == ["half", "-", "dozen"]


def _spelled_dozen_at(doc: Doc, i: int) -> bool:
    """ "two-dozen" (three tokens, no spaces) starts at token ``i``: the hyphenated spelling of
    "two dozen" ("nearly two-dozen counties"), one number of 24."""
    return (
        i + 2 < len(doc)
        and is_spelled_number(doc[i])
        and doc[i].lower_ not in ("a", "an", "half")
        and not doc[i].whitespace_
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
        and doc[i + 2].lower_ == "dozen"
    )


def is_number_word(token: Token) -> bool:
    lower = token.lower_
    return (lower in NUMBER_WORDS and lower not in ("a", "an")) or (
        lower in SCALE_WORDS and len(lower) > 1
    )


def number_run_end(doc: Doc, i: int) -> int:
    """Return the end of the run of number words starting at ``i`` ("2.3 million")."""
    century_end = century_fraction_end(doc, i) or unit_fraction_end(doc, i)
    if century_end:
        return century_end  # "a quarter-century", "half an hour": the unit is inside the run
    mixed_end = mixed_fraction_end(doc, i)
    if mixed_end:
        return mixed_end  # "4 1/2 hours": the whole and its fraction
    j = i + 1
    while j < len(doc):
        token = doc[j]
        lower = token.lower_
        if lower in SCALE_WORDS and doc[j - 1].lower_ not in SCALE_WORDS:
            if len(lower) > 1 or not doc[j - 1].whitespace_:
                j += 1  # "2.3 million", "30m" split as "30" "m"
            else:
                break
        elif _scale_after_hundred(doc, j):
            j += 1  # "a hundred thousand", "three hundred million"
        elif _smaller_part_after_scale(doc, j):
            j += 1  # "two thousand three hundred", "one million two hundred thousand"
        elif doc[j - 1].lower_ in ("half", "quarter", "a", "an") and lower in ("a", "an"):
            j += 1
        elif doc[j - 1].lower_ in ("a", "an") and lower in SCALE_WORDS:
            j += 1
        elif doc[j - 1].lower_ in ("a", "an") and _group_count_at(doc, j):
            j += 1  # "a trio of PACs"
        elif lower == "dozen" and (
            is_spelled_number(doc[j - 1]) or doc[j - 1].lower_ in ("a", "an", "half")
        ):
            j += 1  # "a dozen", "four dozen", "half a dozen"
        elif (is_spelled_number(doc[j - 1]) or is_numeral(doc[j - 1])) and and_a_half_end(doc, j):
            j = and_a_half_end(doc, j)  # "seven-and-a-half years"
        elif lower == "half" and _half_dozen_at(doc, j):
            j += 3  # "a half-dozen"
        elif lower == "-" and _half_dozen_at(doc, j - 1):
            j += 2  # "half-dozen"
        elif lower == "-" and _spelled_dozen_at(doc, j - 1):
            j += 2  # "two-dozen", as "two dozen"
        elif (
            lower in NUMBER_GLUE
            and j + 1 < len(doc)
            and is_spelled_number(doc[j - 1])
            and is_spelled_number(doc[j + 1])
            and (
                lower == "-"
                and _glued_parts(doc[j - 1], doc[j + 1])
                or doc[j - 1].lower_ in SCALE_WORDS
            )
        ):
            j += 2  # "twenty-five", "one hundred and twenty"
        elif (
            is_spelled_number(token)
            and is_spelled_number(doc[j - 1])
            and _compounds(doc[j - 1], token)
        ):
            j += 1  # "twenty five"
        else:
            break
    return j


def _compounds(left: Token, right: Token) -> bool:
    """True for "twenty five" (tens then units), False for "two three"."""
    lv, rv = NUMBER_WORDS.get(left.lower_, 0), NUMBER_WORDS.get(right.lower_, 0)
    return lv >= 20 and lv % 10 == 0 and 0 < rv < 10


def _scale_after_hundred(doc: Doc, j: int) -> bool:
    """ "a hundred thousand", "three hundred million": a larger scale word after "hundred"
    multiplies the hundreds (not "million million", nor "m" after a space)."""
    lower = doc[j].lower_
    return doc[j - 1].lower_ == "hundred" and len(lower) > 1 and SCALE_WORDS.get(lower, 0) >= 1000


def _smaller_part_after_scale(doc: Doc, j: int) -> bool:
    """ "two thousand three hundred", "one million two hundred thousand": after a scale word of
    a thousand or more, a spelled number that opens a smaller scaled part belongs to the same
    number; a bare number after it does not ("two thousand sixteen" is a year, "one million
    two" no figure a reporter writes)."""
    before, token = doc[j - 1].lower_, doc[j]
    if SCALE_WORDS.get(before, 0) < 1000 or len(before) < 2 or doc[j - 1].whitespace_ == "":
        return False
    if not is_spelled_number(token) or token.lower_ in ("a", "an", "half"):
        return False
    k = j + 1
    while k < len(doc) and is_spelled_number(doc[k]) and doc[k].lower_ not in SCALE_WORDS:
        k += 1
    scale = doc[k].lower_ if k < len(doc) else ""
    return len(scale) > 1 and 0 < SCALE_WORDS.get(scale, 0) < SCALE_WORDS[before]


def _glued_parts(left: Token, right: Token) -> bool:
    """ "twenty-five", "one-hundred", "hundred-twenty": a hyphen joins parts of one number;
    "five-four", "two-three" join two numbers (a split, a range), which no sum reads."""
    return _compounds(left, right) or left.lower_ in SCALE_WORDS or right.lower_ in SCALE_WORDS
