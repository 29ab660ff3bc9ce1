"""Title lines inside an article's body: a related story's headline ("RELATED: Teen fatally
shot in Allentown"), the page's title printed again lower down, a subhead. Pure.

Session 54 (impl54). The telegraphic reader of ``headline_casualties.py`` reads the first line,
where the parse of en_core_web_sm fails on dropped articles and verbs ("Toddler shot,
critically wounded"). Scraped local news repeats such lines inside the body: links to related
stories ("+ KY man killed in ...", "Quick Clicks Teen fatally shot in Allentown", "EXCLUSIVE:
Woman on bicycle shoots man after ..."), the title again between paragraphs. The tuning golds
annotate their casualties as they annotate the headline's (realgold8, realgold10, realgold20:
gold README "Headlines" and "Repeats": a claim at each place). A body line is read as a title
when it stands alone on its line, opens with a capital (after a link's mark or label,
TITLE_LINE_PREFIXES), has 2 to 16 words and ends without the punctuation that closes a
sentence or a quotation, and tells of violence (a gun, a shot, a stabbing, a killing; not a
crash, a fire or a drowning: implied counts are of violence); the reader still needs bare
people and a casualty word at the line's opening, after its label, or after a clause word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extract.lexicon import TITLE_LINE_PREFIXES

_LINE = re.compile(r"[^\n]+")
# what closes a sentence, a quotation or a list item: such a line is prose, not a title
_CLOSING = frozenset(".!?:;,\"”’')")
_MIN_WORDS, _MAX_WORDS = 2, 16
# a title of violence (implied counts are of violence: gold README; docs/gold-conventions.md,
# "A vehicle strike counts no one"), and the words of an accident, which it must not tell
_VIOLENCE = re.compile(
    r"shoot|shot|gun|bullet|stab|kill|slay|slain|murder|homicide|wound|fire[sd]? (?:at|into|on)",
    re.IGNORECASE,
)
_ACCIDENT = re.compile(
    # "accidentally shoots self" is a shooting: "accident" only as a word
    r"crash|collision|wreck|\baccident\b|drown|overdose|house fire|blaze"
    r"|struck by (?:a )?(?:car|truck|train|vehicle)",
    re.IGNORECASE,
)
_PREFIX = re.compile(
    r"(?:"
    + "|".join(re.escape(p) for p in sorted(TITLE_LINE_PREFIXES, key=len, reverse=True))
    + r")\s*",
    re.IGNORECASE,
)


def find_title_lines(text: str, headline_end: int) -> Iterator[tuple[int, int]]:
    """The (start, end) characters of each title line after the headline, from the first
    word after a link's mark or label to the line's last character."""
    for line in _LINE.finditer(text, max(headline_end, 0) + 1):
        body = line.group()
        stripped = body.rstrip()
        if not stripped.strip() or stripped[-1] in _CLOSING:
            continue
        start = line.start() + len(body) - len(body.lstrip())
        prefix = _PREFIX.match(text, start)
        if prefix is not None:
            start = prefix.end()
        end = line.start() + len(stripped)
        words = text[start:end].split()
        if not _MIN_WORDS <= len(words) <= _MAX_WORDS or not text[start : start + 1].isupper():
            continue
        title = text[start:end]
        if not _VIOLENCE.search(title) or _ACCIDENT.search(title):
            continue  # "Woman dies in house fire", "Man killed in crash": no violence told
        yield start, end
