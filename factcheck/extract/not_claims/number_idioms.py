"""Numbers inside fixed phrases that count nothing (fp46, session 38). Pure.

Gold README: idioms are not claims ("one of the largest"), nor are vague amounts ("dozens").
Reporters and the people they quote use a few set phrases with a number in them:

- "think twice" (before, about): a warning, not two acts ("Voters may want to think twice");
  "was shot twice", "backed Obama twice" stay claims;
- "six figures", "into the seven figures", "single digits": a vague size, not a count of
  figures;
- "just one paycheck away from", "one illness or accident away from": a closeness, not a count;
- set phrases, whole (hypo, session 41): "That's the $64,000 question" (realgold10 gold:
  idiom), "a potent one-two punch", "the lesser of two evils", "my two cents", "worth a thousand
  words": the number in them counts nothing, whatever the parse makes of it;
- hyperbole (nc63b): "I have told him a hundred times", "been over this a thousand times":
  "a" + hundred/thousand/million + "times" that multiplies nothing after it ("a thousand times
  more likely", "a hundred times the rate" stay claims).

The words are data in ``lexicon.py`` (``THINK_TWICE_VERBS``, ``VAGUE_FIGURE_NOUNS``,
``VAGUE_FIGURE_NUMBERS``, ``NUMBER_IDIOM_PHRASES``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from factcheck.extract.lexicon import (
    HYPERBOLE_MULTIPLIER_NEXT,
    HYPERBOLE_NUMBERS,
    NUMBER_IDIOM_PHRASES,
    THINK_TWICE_VERBS,
    VAGUE_FIGURE_NOUNS,
    VAGUE_FIGURE_NUMBERS,
)


def _phrase_pattern(phrase: str) -> str:
    """A set phrase with any spacing or hyphen between its words."""
    words = re.split(r"[\s-]+", phrase)
    return r"(?:\s*-\s*|\s+)".join(map(re.escape, words))


# Whole words only: the edges are tested once around the alternation, not in each phrase,
# which reads the same and runs seven times faster (speed50)
_SET_PHRASE_RE = re.compile(
    r"(?<![\w$])(?:" + "|".join(map(_phrase_pattern, NUMBER_IDIOM_PHRASES)) + r")(?![\w])",
    re.IGNORECASE,
)

_SET_PHRASES = "factcheck_set_phrases"
# "one paycheck away from", "one illness or accident away from": how far "away" may follow.
_AWAY_REACH = 4


def is_number_idiom(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are the number of a set phrase that counts nothing."""
    if _in_set_phrase(doc, start, end) or _is_hyperbolic_times(doc, start, end):
        return True
    if end - start != 1:
        return False
    token = doc[start]
    word = token.lower_
    if word == "twice":
        return start > 0 and doc[start - 1].lemma_.lower() in THINK_TWICE_VERBS
    if word in VAGUE_FIGURE_NUMBERS:
        nxt = doc[end] if end < len(doc) else None
        return nxt is not None and nxt.lower_ in VAGUE_FIGURE_NOUNS
    if word == "one":
        return _one_away_from(doc, end)
    return False


def _is_hyperbolic_times(doc: Doc, start: int, end: int) -> bool:
    """ "told him a hundred times", "a thousand times, no": "a" + a round word + "times" that
    multiplies nothing after it."""
    words = [t.lower_ for t in doc[start:end]]
    if len(words) != 2 or words[0] != "a" or words[1] not in HYPERBOLE_NUMBERS:
        return False
    if end >= len(doc) or doc[end].lower_ != "times":
        return False
    if end + 1 >= len(doc):
        return True
    after = doc[end + 1]
    return after.tag_ not in ("JJR", "RBR") and after.lower_ not in HYPERBOLE_MULTIPLIER_NEXT


def _one_away_from(doc: Doc, end: int) -> bool:
    """ "one paycheck away from", "one illness or accident away from": nouns, then "away from"."""
    for k in range(end, min(end + _AWAY_REACH, len(doc) - 1)):
        word = doc[k]
        if word.lower_ == "away":
            return k > end and doc[k + 1].lower_ == "from"
        if word.pos_ not in ("NOUN", "PROPN", "ADJ", "CCONJ"):
            return False
    return False


def _in_set_phrase(doc: Doc, start: int, end: int) -> bool:
    """ "the $64,000 question", "a one-two punch": the number lies inside a set phrase."""
    first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    return any(s <= first and last <= e for s, e in _set_phrases(doc[start].sent))


def _set_phrases(sent: Span) -> list[tuple[int, int]]:
    """The set phrases of ``sent`` as characters of the Doc, found once per sentence and kept
    per Doc: every number of the sentence asks (a search of the sentence per number was 1.7%
    of extraction; speed60)."""
    known: dict[tuple[int, int], list[tuple[int, int]]] = sent.doc.user_data.setdefault(
        _SET_PHRASES, {}
    )
    if (sent.start, sent.end) not in known:
        offset = sent.start_char
        known[sent.start, sent.end] = [
            (match.start() + offset, match.end() + offset)
            for match in _SET_PHRASE_RE.finditer(sent.text)
        ]
    return known[sent.start, sent.end]
