"""The sentence gate: one pass over the text names the sentences a pattern may match in, and
never leaves out one it does match in (speed17). Texts are invented."""

import random
import re

import pytest

from factcheck.extract.caveats.caveat_cues import _SENTENCE_CUES, CUE_GATE
from factcheck.extract.caveats.caveat_scope import _ARTICLE_PRELIMINARY_GATE
from factcheck.extract.caveats.sentence_gate import _FOLDS, SentenceGate, _is_word

_CUES = [
    re.compile(p, re.I)
    for p in (
        r"\bnot\s+(?:been\s+)?verified\b",
        r"\b(?:none|neither)\b[^.;]{0,40}?\bconfirmed\b",
        r"\binitial(?:ly)?\b(?! public offering)",
        r"\bexaggerat\w*\b",
    )
]


def _sentences(text):
    """Sentence spans cut after each ". " (a test stand-in for the parser's sentences)."""
    spans, start = [], 0
    for match in re.finditer(r"\. ", text):
        spans.append((start, match.end()))
        start = match.end()
    return [*spans, (start, len(text))] if start < len(text) else spans


def _matched(patterns, text, start, end):
    return any(p.search(text[start:end]) for p in patterns)


def test_the_caveat_cue_patterns_engage_the_gate():
    assert CUE_GATE.engaged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The count has not been verified. Rain fell on the town. ", [True, False]),
        ("Rain fell. Neither of the figures was confirmed by anyone. ", [False, True]),
        ("The mayor gave 40 as an initial count. Schools closed. ", [True, False]),
        ("Critics said the toll was exaggerated. ", [True]),
        ("Nothing here. Or here. ", [False, False]),
    ],
)
def test_only_sentences_a_pattern_may_match_in_are_scanned(text, expected):
    may_hold = SentenceGate(_CUES).sentences_in(text)
    assert [may_hold(s, e) for s, e in _sentences(text)] == expected


def test_a_look_ahead_past_the_sentence_end_does_not_hide_its_match():
    # in the sentence "... was initial" nothing follows "initial"; in the text, a word does
    text = "The figure was initial public offering talk. "
    may_hold = SentenceGate(_CUES).sentences_in(text)
    assert _matched(_CUES, text, 0, 22)
    assert may_hold(0, 22)


def test_a_sentence_glued_to_a_word_is_always_scanned():
    # the boundary before "initial" holds in the sentence alone, not in "Xinitial"
    text = "Xinitial count."
    may_hold = SentenceGate(_CUES).sentences_in(text)
    assert _matched(_CUES, text, 1, 15)
    assert may_hold(1, 15)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<!un)verified\b",  # no leading boundary
        r"\b(?<!un)verified\b",  # a look-behind
        r"\b^verified\b",  # an anchor
        r"\b(?:un)?verified\b",  # may open with an optional part
        r"\b[uv]nverified\b",  # opens with a class
    ],
)
def test_a_pattern_the_gate_cannot_read_scans_every_sentence(pattern):
    gate = SentenceGate([*_CUES, re.compile(pattern, re.I)])
    assert not gate.engaged
    assert gate.sentences_in("Rain fell. Snow fell. ")(0, 11)


@pytest.mark.parametrize("seed", range(20))
def test_every_sentence_a_pattern_matches_in_is_kept(seed):
    words = ["not", "verified", "been", "none", "neither", "was", "confirmed", "initial"]
    words += ["initially", "public", "offering", "exaggerated", "x", ".", ". ", "\n\n"]
    rng = random.Random(seed)
    text = "".join(rng.choice(words) + rng.choice([" ", "", "  "]) for _ in range(400))
    may_hold = SentenceGate(_CUES).sentences_in(text)
    for start, end in _sentences(text):
        if _matched(_CUES, text, start, end):
            assert may_hold(start, end), text[start:end]


def test_verbose_patterns_scan_every_sentence():
    gate = SentenceGate([re.compile(r"\bnot \s+ verified\b", re.I | re.X)])
    assert not gate.engaged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said it may be initially wrong.", True),
        ("The neither-nor of it was confirmed.", True),
        ("Officials said nothing more.", False),
    ],
)
def test_a_whole_text_may_match_when_a_pattern_matches_it(text, expected):
    assert SentenceGate(_CUES).may_match(text) is expected
    assert any(p.search(text) for p in _CUES) is expected


def test_the_article_preliminary_patterns_engage_the_gate():
    assert _ARTICLE_PRELIMINARY_GATE.engaged


def test_lowercasing_keeps_what_a_case_blind_pattern_reads():
    # the gate may run its case-sensitive alternation on the lowercased text (a one-to-one
    # lowercasing, "ı" and "ſ" folded): every character re.IGNORECASE matches to a letter
    # must become that letter, and no character may change being a word or a space
    every = [chr(cp) for cp in range(0x110000)]
    letters = {m.group() for m in re.finditer("[a-z]", "".join(every), re.I)}
    for char in every:
        low = char.lower()
        if len(low) != 1 or low == char and char not in letters:
            continue
        folded = low.translate(_FOLDS)
        assert _is_word(folded) == _is_word(char) and folded.isspace() == char.isspace(), char
        if char in letters:
            assert re.fullmatch(folded, char, re.I) and folded in "abcdefghijklmnopqrstuvwxyz"


def test_lowercasing_makes_and_unmakes_no_digit():
    # a class of a digit range ("[1-8]") keeps the gate's lowercased pass (speed50): no
    # character lowercases (and folds) into a digit or out of one
    for char in map(chr, range(0x110000)):
        low = char.lower()
        if len(low) != 1:
            continue
        folded = low.translate(_FOLDS)
        assert folded.isdecimal() == char.isdecimal(), char
        assert (folded in "0123456789") == (char in "0123456789"), char


def test_a_digit_range_keeps_the_lowercased_pass():
    gate = SentenceGate([re.compile(r"\bwith (?:[1-9]|[1-8]\d) percent reporting\b", re.I)])
    assert gate._lower_any is not None
    may_hold = gate.sentences_in("Polls closed. WITH 45 PERCENT REPORTING, he led. ")
    assert [may_hold(0, 14), may_hold(14, 49)] == [False, True]


@pytest.mark.parametrize("letters", ["[a-z]", "[0-9a-f]", "[1-]"])
def test_a_letter_or_an_open_range_keeps_the_case_blind_pass(letters):
    gate = SentenceGate([re.compile(rf"\bwith {letters} percent\b", re.I)])
    assert gate.engaged and gate._lower_any is None


def test_the_caveat_cues_run_on_the_lowercased_text():
    assert CUE_GATE._lower_any is not None


def test_the_word_test_is_the_one_of_str_patterns():
    every = "".join(chr(cp) for cp in range(0x110000))
    assert {m.start() for m in re.finditer(r"\w", every)} == {
        i for i, char in enumerate(every) if _is_word(char)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE TOLL COULD NOT BE VERIFIED. ", [True]),
        ("The toll is ſtill rising. ", [True]),  # "ſ" is "s" to a case-blind pattern
        ("It was ınitially so. ", [True]),  # "ı" is "i" to it
        ("İt was initially so. ", [True]),  # "İ" lengthens the lowercased text: read as is
        ("The ſtill count. ", [False]),
    ],
)
def test_capitals_and_odd_letters_are_read_as_the_patterns_read_them(text, expected):
    cues = [pattern for _, patterns in _SENTENCE_CUES for pattern in patterns]
    may_hold = CUE_GATE.sentences_in(text)
    assert [may_hold(s, e) for s, e in _sentences(text)] == expected
    assert [_matched(cues, text, s, e) for s, e in _sentences(text)] == expected
