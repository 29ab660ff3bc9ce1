"""What the numbers of a tally count: "confirmed 92 to 0", "(47 to 25)", "a 5-to-4 decision".

A pair of bare numbers joined by "to" or a dash, in a sentence of votes, counts votes (not in
a poll sentence, where each number is a candidate's); a noun right after the pair ("decision",
"vote") names it. In a sentence of a game ("pitched seven innings, and the Red Sox won, 4-2",
"beat Clemson 45-40 to take the title game") the words of a win make it the game's score: the
golds name it "score" (realgold7, realgold14, realgold16: every such pair), not "vote"; a pair
with no such words ("handle Wichita State 62-52") is left to ``pair_sides``, which names each
number's side.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from factcheck.extract.doctext import doc_text
from factcheck.extract.lexicon import (
    ELECTION_NOUNS,
    ELECTION_RESULT_WORDS,
    POLL_NOUNS,
    POLL_WORDS,
    RATIO_WORDS,
    SPORTS_WORDS,
    TALLY_COUNTED_IN,
    TALLY_NOUNS,
    TALLY_RANGE_OPENERS,
    TALLY_VOTE_WORDS,
)
from factcheck.extract.mentions.mentions import Mention
from factcheck.extract.year_numbers import is_year_number

_NUMBER = r"\d[\d,]*"
# the join and the other number, after the figure or before it
_AFTER = re.compile(rf"(?:\s+to\s+|\s?[-–]\s?|-to-)({_NUMBER})\b")
_BEFORE = re.compile(rf"\b{_NUMBER}(?:\s+to\s+|\s?[-–]\s?|-to-)$")
# the tagger calls "(41-37)" a date: only a year is ruled out, by its digits
_NOT_A_TALLY = frozenset({"MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
_VOTE_CUES = TALLY_VOTE_WORDS | ELECTION_RESULT_WORDS
_POLL_CUES = POLL_WORDS | POLL_NOUNS
_ELECTION_CUES = TALLY_VOTE_WORDS | ELECTION_NOUNS


def tally_subject(doc: Doc, mention: Mention) -> str:
    """ "vote", "score" or the noun after the pair for a bare number of a tally, else ''."""
    figure = doc[mention.figure[0] : mention.figure[1]]
    if not all(t.like_num and t.ent_type_ not in _NOT_A_TALLY for t in figure):
        return ""
    if any(is_year_number(t.text) for t in figure):
        return ""  # "the 2015-16 season"
    text = doc_text(doc)
    after = _AFTER.match(text, figure.end_char, figure.end_char + 16)
    before = _BEFORE.search(text, max(0, figure.start_char - 16), figure.start_char)
    if after is None and before is None:
        return ""
    first = figure.start_char if after is not None else before.start()  # type: ignore[union-attr]
    last = after.end() if after is not None else figure.end_char
    opener = _token_before(doc, first, figure.sent)
    if opener and opener.lower() in TALLY_RANGE_OPENERS:
        return ""  # "rose from 40 to 52": a change
    modified = _hyphened_pair_noun(figure)
    if modified is not None:
        return modified.text  # "a reliable 5-to-4 pro-business majority", "a 4-to-4 tie"
    noun = _token_at(doc, last, figure.sent)
    counted = _counted_in(noun)
    if counted is not None:
        return counted.text  # "leads Sanders 1,428 to 1,153 in pledged delegates"
    if noun is not None and noun.pos_ == "NOUN":
        # "a 5-to-4 decision"; "10 to 15 people" is a range, "a 10-15 minute walk" a unit
        return noun.text if noun.lemma_.lower() in TALLY_NOUNS else ""
    if any(_is_ratio(t) for t in figure.sent):
        return ""  # "Democrats outnumber Republicans 3-1", "by a ratio of 2 to 1"
    words = {t.lower_ for t in _sentences(figure.sent)}
    if not words.isdisjoint(_POLL_CUES):
        return (
            ""  # "within 5 points of Lee (35-30)": each number is a candidate's (the clause says)
        )
    if words.isdisjoint(_VOTE_CUES):
        return ""  # "handle Brockton 71-64": each number is a side's (``pair_sides``)
    game = not words.isdisjoint(SPORTS_WORDS) and words.isdisjoint(_ELECTION_CUES)
    if game and not _of_a_record(figure.sent, first):
        # "Schilling pitched seven innings, and the Red Sox won, 4-2"; not "the defense bill
        # passed 92-7", "won the game of politics, 55-45 in the primary", nor a career's
        # "record of 216-146" (wins and losses, which other rules name)
        return "score"
    return "vote"


def _counted_in(token: Token | None) -> Token | None:
    """The plural noun a tally is counted in, after its pair: "1,428 to 1,153 in pledged
    delegates", "516 to 39 among superdelegates" (realgold4 gold: delegates). Not a place or a
    time ("52 to 48 in the Senate", "in March"): those are no plural common nouns."""
    if token is None or token.lower_ not in TALLY_COUNTED_IN:
        return None
    objects = [t for t in token.children if t.dep_ == "pobj"]
    if objects and objects[0].pos_ == "NOUN" and objects[0].tag_ == "NNS":
        return objects[0]
    return None


def _hyphened_pair_noun(figure: Span) -> Token | None:
    """The noun a pair written as one hyphened word modifies, right after it or past words
    between them: "a 4-to-4 tie", "a reliable 5-to-4 pro-business majority". The tokenizer
    leaves the pair's rest ("to-4") as a word of its own, which the parse takes for the counted
    noun; the noun it hangs on is what the pair counts (gold README, "subject")."""
    doc = figure.doc
    if figure.end + 1 >= len(doc) or doc[figure.end].text != "-":
        return None
    rest = doc[figure.end + 1]
    if not _PAIR_REST.match(rest.text) or rest.head.i <= rest.i:
        return None
    return rest.head if rest.head.pos_ == "NOUN" else None


# the rest of a pair written "5-to-4": the tokenizer's "to-4"
_PAIR_REST = re.compile(rf"^to-{_NUMBER}$")


def _is_ratio(token: Token) -> bool:
    """ "outnumber", "outspending", "ratio": the pair compares two amounts, it counts no votes."""
    if token.pos_ == "VERB" and token.lower_.startswith("out") and len(token) > 6:
        return True
    return token.lower_ in RATIO_WORDS


def _of_a_record(sent: Span, char: int) -> bool:
    """ "compiled a record of 216-146": the pair is a record of wins and losses."""
    before = [t for t in sent if t.idx + len(t) <= char][-2:]
    return len(before) == 2 and before[0].lemma_.lower() == "record" and before[1].lower_ == "of"


def _token_before(doc: Doc, char: int, sent: Span) -> str:
    for token in reversed(sent):
        if token.idx + len(token) <= char:
            return str(token.lower_)
    return ""


def _token_at(doc: Doc, char: int, sent: Span) -> Token | None:
    """The first token of the sentence starting at or after ``char``."""
    for token in sent:
        if token.idx >= char:
            return token
    return None


def _sentences(sent: Span) -> Span:
    """The sentence and the one before it ("... beat Cruz by 22 points. It was 47 to 25.")."""
    doc = sent.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return doc[start : sent.end]
