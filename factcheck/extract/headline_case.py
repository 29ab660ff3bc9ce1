"""A title-case headline, given to the parser in sentence case. Pure.

en_core_web_sm reads a capitalised word as a name: in "Woman Arrested In Deadly Rampage; 4
Dead, 2 Critically Hurt" it tags "Deadly" and "Hurt" as proper nouns and hangs "2" off a
punctuation mark, so the figures lose their verbs and "4 Dead" is no claim; the same headline
in sentence case parses as two clauses. Local news writes most headlines in title case.

The parser is given the headline with each title-case word lower-cased, except a word the
article's body also writes capitalised inside a sentence (a name: "Trump", "Indian") and the
headline's first word. Every change keeps the text's length, so offsets stay the article's;
the text the extractor reports is the article's own (``doctext``, ``original_case``).
"""

from __future__ import annotations

import re
from collections import Counter

# A word: letters, with inner apostrophes and hyphens ("Trump's", "9-Year-Old" from "Year").
_WORD_RE = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
# A headline is in title case when at least this share of its longer words after the first
# are capitalised (a sentence-case headline capitalises names only).
_TITLE_SHARE = 0.8
_LONG_WORD = 4
_MIN_LONG_WORDS = 3
# Body text after these is a sentence's first word: capitalised whether or not it is a name.
_SENTENCE_OPENERS = ".!?:;\"“‘'(\n"


def sentence_case_headline(text: str) -> str:
    """``text`` with its headline (first line) in sentence case when it is in title case."""
    end = text.find("\n")
    if end <= 0:
        return text
    headline = text[:end]
    words = list(_WORD_RE.finditer(headline))[1:]
    long_words = [w.group() for w in words if len(w.group()) >= _LONG_WORD]
    if len(long_words) < _MIN_LONG_WORDS:
        return text
    if sum(_is_title(w) for w in long_words) < _TITLE_SHARE * len(long_words):
        return text
    names = body_names(text[end:])
    cased = list(headline)
    for word in words:
        part = word.group()
        if not _is_title(part) or _stem(part) in names:
            continue
        lowered = part.lower()
        if len(lowered) == len(part):
            cased[word.start() : word.end()] = lowered
    return "".join(cased) + text[end:]


def _is_title(word: str) -> bool:
    """ "Arrested", "Year-Old": each part capitalised, the rest lower case ("US", "NorCal" not)."""
    return all(p[:1].isupper() and p[1:].islower() for p in re.split(r"[-'’]", word) if p) and (
        word[:1].isupper()
    )


def _stem(word: str) -> str:
    return re.split(r"['’]", word)[0]


def body_names(body: str) -> frozenset[str]:
    """Words the body writes capitalised inside a sentence more often than in lower case."""
    capitalised: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for match in _WORD_RE.finditer(body):
        word = _stem(match.group())
        if word.islower():
            lower[word] += 1
            continue
        if word[:1].isupper() and _previous_char(body, match.start()) not in _SENTENCE_OPENERS:
            capitalised[word] += 1
    return frozenset(w for w, n in capitalised.items() if n > lower[w.lower()])


def _previous_char(text: str, at: int) -> str:
    """The last character before ``at`` that is not a space or tab ("\n" at the start)."""
    at -= 1
    while at >= 0 and text[at] in " \t":
        at -= 1
    return text[at] if at >= 0 else "\n"


def original_case(headline: str, phrase: str) -> str:
    """``phrase`` as the headline writes it, when the headline has it in any case (a source or
    caveat read from the sentence-cased tokens: "police say" -> "Police Say"); else as given."""
    at = headline.lower().find(phrase.lower()) if phrase else -1
    return headline[at : at + len(phrase)] if at >= 0 else phrase
