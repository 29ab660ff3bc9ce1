"""A paragraph written all in capitals, given to the parser in sentence case. Pure.

Television stations publish the captions of a broadcast as all-capital paragraphs ("A
TEN-YEAR-OLD CAUGHT IN THE CROSSFIRE ... MARLON EASTON WAS SHOT IN THE HEAD"). en_core_web_sm
reads every capitalised word as a proper noun there: the persons, verbs and numbers of the
paragraph lose their parse, and casualty counts, number words and sources go with them.

Such a paragraph is given to the tagger and parser in lower case, with the first letter of
each sentence, the pronoun "I" and the words the rest of the article writes capitalised inside
a sentence (names: "Marlon", "Miami") capitalised again. Every change keeps the text's length,
so offsets stay the article's; the text the extractor reports is the article's own.
"""

from __future__ import annotations

import re

from factcheck.extract.headline_case import body_names

# A paragraph is shouted when it has this many letters and nearly all are capitals.
_MIN_LETTERS = 40
_UPPER_SHARE = 0.9
_WORD_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_SENTENCE_END = ".!?"
# A shouted paragraph (40 letters, at most a tenth in lower case) has seven capitals in a row
# with no lower-case letter between them; most articles have none ("NATO", "U.S.").
_CAPITALS_RUN_RE = re.compile(r"[A-Z](?:[^a-z\n]*[A-Z]){6}")
_UPPER_RE = re.compile(r"[A-Z]")
_LOWER_RE = re.compile(r"[a-z]")


def sentence_case_shouted(text: str) -> str:
    """``text`` with each all-capital paragraph in sentence case (unchanged when none is)."""
    if _CAPITALS_RUN_RE.search(text) is None:
        return text
    paragraphs = list(re.finditer(r"[^\n]+", text))
    shouted = [p for p in paragraphs if _is_shouted(p.group())]
    if not shouted:
        return text
    # names: words the article's other paragraphs capitalise inside a sentence
    names = body_names("\n".join(p.group() for p in paragraphs if p not in shouted))
    out = list(text)
    for paragraph in shouted:
        out[paragraph.start() : paragraph.end()] = _sentence_case(paragraph.group(), names)
    return "".join(out)


def _is_shouted(paragraph: str) -> bool:
    upper = len(_UPPER_RE.findall(paragraph))
    lower = len(_LOWER_RE.findall(paragraph))
    return upper + lower >= _MIN_LETTERS and upper >= _UPPER_SHARE * (upper + lower)


def _sentence_case(paragraph: str, names: frozenset[str]) -> str:
    chars = list(paragraph.lower())
    starts_sentence = True
    at = 0
    for word in _WORD_RE.finditer(paragraph):
        between = paragraph[at : word.start()]
        if any(c in _SENTENCE_END for c in between):
            starts_sentence = True
        at = word.end()
        lowered = word.group().lower()
        stem = re.split(r"['’]", word.group())[0]
        title = stem[:1] + stem[1:].lower()
        if starts_sentence or lowered == "i" or lowered.startswith("i'") or title in names:
            chars[word.start()] = paragraph[word.start()]
        starts_sentence = False
    return "".join(chars)
