"""Which sentences may hold a match of any of several patterns, from one pass over the text.

Caveat cues run some thirty patterns on every sentence: 26% of extraction time (150 articles,
profiled). Most sentences hold none. One alternation of the patterns, loosened so that every
match in a sentence is also one in the whole text, finds the few sentences worth scanning;
the patterns still run on each sentence as before, so what they find is unchanged.

The loosening drops what a sentence's edges decide: a trailing word boundary or look-ahead
(in the sentence, the text past its end is not there). A word boundary left in the alternation
(the leading one makes the pass fast) reads the same in a sentence and in the whole text
except at a sentence edge with word characters on both sides: such a sentence is always
scanned. Case-blind patterns of lowercase words are run case-sensitive on the lowercased text
(three times faster); lowercasing keeps what such a pattern reads (a test checks every
character).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable

from factcheck.regex_cache import compile_cached

_LEADING_BOUNDARY = "\\b"
# Trailing parts a sentence's end decides: a word boundary, a look-ahead without groups.
_TRAILING = re.compile(r"(?:\\b|\(\?[=!][^()]*\))$")
# What makes a match depend on text outside it; the loosened body must have none.
_CONTEXT = re.compile(r"\(\?(?:[=!(]|<[=!]|P=)|\\[ABZ1-9]|[\^$]")
_CLASS_OR_ESCAPE = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]")
_UNREAD = re.VERBOSE | re.MULTILINE
# Characters re.IGNORECASE matches to an ASCII letter that str.lower() leaves as they are
# ("ı" is "i", "ſ" is "s" to it); test_sentence_gate checks every code point.
_FOLDS = {ord("ı"): "i", ord("ſ"): "s"}
_UNFOLDED = re.compile("[ıſ]")
_DIGIT_RANGE = re.compile("[0-9]-[0-9]")

SentenceTest = Callable[[int, int], bool]


def _everywhere(start: int, end: int) -> bool:
    return True


class SentenceGate:
    """Tells, for one text, whether a sentence may hold a match of any of ``patterns``.

    The gate engages only when every pattern opens with a word boundary and a letter and
    looks at nothing outside its match but at its end; else every sentence may hold one.
    """

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        patterns = list(patterns)
        flags = {p.flags for p in patterns}
        bodies = [_loosened(p.pattern) for p in patterns]
        # verbose patterns are not read here; multi-line ones anchor at lines
        self.engaged = len(flags) == 1 and not min(flags) & _UNREAD and all(bodies)
        self._any: re.Pattern[str] | None = None
        self._lower_any: re.Pattern[str] | None = None
        if self.engaged:
            # "(?=[a-z])": every match opens with a letter (checked), so the alternation is
            # tried only at the start of a word
            union = "|".join(f"(?:{body})" for body in bodies)
            source = f"\\b(?=[a-z])(?:{union})"
            # compiled through the on-disk cache: the two alternations of the caveat cues
            # took about 0.1 CPU s to compile at every start of a run and of a parse worker
            self._any = compile_cached(source, min(flags))
            if min(flags) == re.IGNORECASE | re.UNICODE and all(map(_reads_lowercase, bodies)):
                # case-blind patterns of lowercase words: the same alternation, case-sensitive,
                # on the lowercased text is three times faster and finds at least as much
                self._lower_any = compile_cached(source)

    def may_match(self, text: str) -> bool:
        """May any of the patterns match somewhere in ``text`` (searched whole)?"""
        if self._any is None:
            return True
        pattern, searched = self._searched(text, self._any)
        return pattern.search(searched) is not None

    def sentences_in(self, text: str) -> SentenceTest:
        """A test ``(start, end) -> bool``: may the sentence ``text[start:end]`` hold a match?"""
        if self._any is None:
            return _everywhere
        pattern, searched = self._searched(text, self._any)
        spans = [m.span() for m in pattern.finditer(searched)]
        starts = [s for s, _ in spans]
        ends = [e for _, e in spans]

        def may_hold(start: int, end: int) -> bool:
            if _glued(text, start) or _glued(text, end):
                return True  # a word runs across the sentence's edge: a boundary may differ
            # matches do not overlap: the first one ending past the start is the one to test
            i = bisect_right(ends, start)
            return i < len(spans) and starts[i] < end

        return may_hold

    def _searched(self, text: str, pattern: re.Pattern[str]) -> tuple[re.Pattern[str], str]:
        """The alternation to run and the text to run it on: the case-sensitive one on the
        lowercased text when it has one and the text's characters stay where they were."""
        if self._lower_any is not None:
            lowered = text.lower()
            if len(lowered) == len(text):  # "İ" lowercases to two characters
                if _UNFOLDED.search(lowered):
                    lowered = lowered.translate(_FOLDS)
                return self._lower_any, lowered
        return pattern, text


def _glued(text: str, index: int) -> bool:
    """Do word characters stand on both sides of ``index``? Only there does a word boundary
    read in a sentence (which ends at ``index`` or starts there) differ from one read in the
    whole text."""
    return 0 < index < len(text) and _is_word(text[index - 1]) and _is_word(text[index])


def _reads_lowercase(body: str) -> bool:
    """Does the pattern read the same on lowercased text without re.IGNORECASE? Yes when it
    has no capital (no "\\S", "\\W", "U.S.") and its classes hold no letter and no range but
    one of digits ("[1-8]": lowercasing makes no digit and unmakes none; speed50, the
    precincts-reporting cue kept all cues on the slower case-blind pass)."""
    if body != body.lower():
        return False
    classes = (m.group() for m in _CLASS_OR_ESCAPE.finditer(body) if m.group()[0] == "[")
    return not any(
        c.isalpha() or c in "-\\"
        for cls in classes
        for c in _DIGIT_RANGE.sub("", cls[1:-1].lstrip("^"))
    )


def _is_word(char: str) -> bool:
    """``\\w`` of a str pattern: alphanumeric (str.isalnum) or the underscore."""
    return char.isalnum() or char == "_"


def _loosened(pattern: str) -> str:
    """The pattern without its leading word boundary and trailing context, if it has the
    shape the gate handles (else "")."""
    if not pattern.startswith(_LEADING_BOUNDARY):
        return ""
    body = pattern[len(_LEADING_BOUNDARY) :]
    while (end := _TRAILING.search(body)) is not None and not _escaped(body, end.start()):
        body = body[: end.start()]
    if _CONTEXT.search(_CLASS_OR_ESCAPE.sub(_keep_escape, body)) or not _opens_with_letter(body):
        return ""
    return body


def _escaped(pattern: str, index: int) -> bool:
    """Is the character at ``index`` escaped (an odd run of backslashes before it)?"""
    run = len(pattern[:index]) - len(pattern[:index].rstrip("\\"))
    return run % 2 == 1


def _keep_escape(match: re.Match[str]) -> str:
    """Character classes are blanked (a "^" in "[^.;]" is no anchor); escapes are kept."""
    return match.group() if match.group().startswith("\\") else "[]"


def _opens_with_letter(body: str) -> bool:
    """Does every match of ``body`` open with an ASCII letter? Conservative: a letter not
    made optional, or a group each of whose alternatives opens so; anything else is no."""
    if not body:
        return False
    if body[0].isascii() and body[0].isalpha():
        return body[1:2] not in ("?", "*", "{")
    if body.startswith("(?:"):
        begin = 3
    elif body.startswith("(") and not body.startswith("(?"):
        begin = 1
    else:
        return False  # a look-around, a flag group, an escape, a class
    depth, alternatives, i = 0, [], begin
    while i < len(body):
        char = body[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            return False  # a class inside the opening group: not worth reading
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif char == ")":
            alternatives.append(body[begin:i])
            return body[i + 1 : i + 2] not in ("?", "*", "{") and all(
                _opens_with_letter(a) for a in alternatives
            )
        elif char == "|" and not depth:
            alternatives.append(body[begin:i])
            begin = i + 1
        i += 1
    return False
