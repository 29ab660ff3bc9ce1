"""Numbers inside names: "US 247 News", "Group of 20", "Article 51", "Windows 11" (gold README,
"What is not a claim"). Pure.

A number inside a name labels the thing and counts nothing. It is read from the entity labels,
the word before or after ("No.", "Article", "the 218 TV channel"), and a proper name on both
sides; a figure with a currency, scale word or percent sign, a count left without its verb or a
score side is an amount even next to a name. ``has_counted_noun`` (a number modifying a noun
after it) is shared with the dates.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import (
    ABBREVIATED_NAME_PRECEDERS,
    CURRENCY_SYMBOLS,
    INDEX_NAMES,
    MONTHS,
    NAME_FOLLOWERS,
    NAME_LABELS,
    NAME_OF_HEADS,
    NAME_PRECEDERS,
    PERCENT_WORDS,
    SCALE_WORDS,
    SIGN_WORDS,
    TITLED_NAME_PRECEDERS,
)
from factcheck.extract.mentions.quantities import NUMERAL_RE
from factcheck.extract.not_claims.gapped_counts import is_gapped_count
from factcheck.extract.not_claims.score_sides import is_score_side
from factcheck.extract.not_claims.spelled_names import is_spelled_number_name


def is_in_name(doc: Doc, start: int, end: int) -> bool:
    """Numbers inside names: "US 247 News", "Group of 20", "Article 51", "Windows 11"."""
    tokens = doc[start:end]
    if _is_amount(doc, start, end):
        # "fined Harbour Crest Bank HK$400 million", "drew 300k views": money, percentages
        # and scaled figures are amounts even right after or inside a name.
        return False
    if is_gapped_count(doc, start, end):
        return False  # "Republicans have 24 seats up, Democrats 10"
    if is_score_side(doc, start, end):
        return False  # "beat Clemson 45-40", "leads Bernie Sanders 1,428 to 1,153"
    if any(t.ent_type_ in NAME_LABELS for t in tokens):
        return True
    if is_spelled_number_name(doc, start, end):
        return True  # "the group One Wisconsin Now", "a shooting in Three Rivers"
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    if prev is not None and prev.lower_.rstrip(".") in NAME_PRECEDERS:
        return True
    if prev is not None and prev.lower_ in TITLED_NAME_PRECEDERS and prev.is_title:
        return True  # "specifically Rule 40, as written", "Police Zone 1"
    if prev is not None and prev.lower_ in INDEX_NAMES:
        return True  # "the S.&P. 500"
    if prev is not None and prev.text == "." and start >= 2:
        # "No. 12858" split as "No" "."; not a sentence that ends on "room." or "site."
        if doc[start - 2].lower_ in ABBREVIATED_NAME_PRECEDERS:
            return True
    if prev is not None and prev.text == ":" and start >= 2:
        if doc[start - 2].lower_.endswith("code"):
            return True  # "Error code: 17", a video player's "playingEcode: 11"
    if nxt is not None and nxt.lower_ in NAME_FOLLOWERS and not _counts_in_words(tokens, nxt):
        return True  # "the 218 TV channel", "the 112 emergency line"
    if prev is None or prev.is_sent_start and prev.is_title and prev.pos_ != "PROPN":
        return False
    if all(t.is_alpha and t.is_lower for t in tokens):
        # "took on Sanders' protesters twice Thursday": a name writes its number as a numeral
        # or in title case ("Windows 11", "Ocean's Eleven"); a lower-case word after a name
        # counts something
        return False
    prev_is_name = (
        prev.pos_ == "PROPN"
        and prev.lower_ not in MONTHS
        and prev.lower_ not in SIGN_WORDS  # "she is at minus 72": a signed figure
        and prev.is_alpha
    )
    # "US 247 News": the tagger calls "News" a noun; title case after a name still marks one,
    # unless it is a group being counted ("Israel says 300 Palestinians").
    next_is_name = (
        nxt is not None
        and nxt.is_title
        and nxt.is_alpha
        and nxt.ent_type_ != "NORP"
        and not nxt.is_sent_start
    )
    if prev_is_name and next_is_name:
        return True
    if prev.lower_ == "of" and start >= 2:
        owner = doc[start - 2]
        if owner.lower_ in NAME_OF_HEADS and owner.is_title:
            return True  # "Group of 20 leaders", "Group of Seven"
        if owner.pos_ == "PROPN" and owner.ent_type_ in NAME_LABELS | {""} and owner.is_title:
            return owner.lower_ not in MONTHS and not has_counted_noun(doc[end - 1])
    if prev_is_name and not has_counted_noun(doc[end - 1]) and prev.ent_type_ != "GPE":
        return not (nxt is not None and nxt.lower_ in PERCENT_WORDS)
    return False


def _is_amount(doc: Doc, start: int, end: int) -> bool:
    """A figure with a currency, a scale word or a percent sign: never a label."""
    tokens = doc[start:end]
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    match = NUMERAL_RE.match(tokens[0].text)
    return bool(
        (match and (match.group("cur") or match.group("suffix")))
        or any(t.lower_ in SCALE_WORDS and len(t.lower_) > 1 for t in tokens[1:])
        or (prev is not None and prev.lower_ in CURRENCY_SYMBOLS and not prev.whitespace_)
        or (nxt is not None and nxt.lower_ in PERCENT_WORDS)
    )


def _counts_in_words(tokens: Span, follower: Token) -> bool:
    """ "owns four radio stations", "three television networks": a number in words before a
    plural the follower describes counts them; a channel's number is written in digits."""
    return all(t.is_alpha for t in tokens) and follower.head.tag_ == "NNS"


def has_counted_noun(token: Token) -> bool:
    return token.dep_ in ("nummod", "quantmod", "compound") and token.head.i > token.i
