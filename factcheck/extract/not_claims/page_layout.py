"""Numbers that number the article's own parts, not facts: list markers opening a paragraph
("1. WHAT TRUMP'S PLAN MEANS.") and the size of a listicle ("10 Things to Know for Today",
"five key trends to watch"), and numbers inside the markup a page keeps around embedded posts
(``<tweet tweet-date="March 7, 2016">``). Pure.

Issue 11: news digests number their items; the gold README counts none of these as claims (a
number that labels, like the gallery counters in ``local_news.py``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.doctext import doc_text
from factcheck.extract.lexicon import LISTICLE_NOUNS, LISTICLE_VERBS
from factcheck.extract.not_claims.numbered_items import is_numbered_item

# "1. WHAT ..." (text follows on its line); not "60." alone on its line, a figure that the next
# paragraph explains ("The number of countries that ...")
_MARKER_ENDS = (". ", ") ")
# how far a tag's "<" or ">" may sit from a number inside it (a tag is one short line)
_TAG_REACH = 200


def find_layout_number(doc: Doc, start: int, end: int) -> str:
    """Return why the number at tokens ``start:end`` numbers the article's parts, or ''."""
    if _inside_markup_tag(doc, start):
        return "markup"
    if _is_list_marker(doc, start, end):
        return "list marker"
    if is_numbered_item(doc, start, end):
        return "list marker"  # "3 Marco Rubio." in a ranking, a slide counter "1." / "of."
    if _sizes_a_listicle(doc, end) or _announces_a_list(doc, start, end):
        return "size of a list"
    return ""


def _inside_markup_tag(doc: Doc, start: int) -> bool:
    """``<tweet tweet-date="March 7, 2016">``, ``<tweet datetime="2016-02-15">``: a tag's
    attributes are page furniture, not the article's words ("x < 5" and "<5" are no tags)."""
    text = doc_text(doc)
    idx = doc[start].idx
    opened = text.rfind("<", max(0, idx - _TAG_REACH), idx)
    if opened < 0 or text.find(">", opened, idx) >= 0:
        return False
    name = text[opened + 1 : opened + 2]
    if not (name.isalpha() or name == "/"):
        return False
    closed = text.find(">", idx, idx + _TAG_REACH)
    return closed >= 0 and text.find("<", idx, closed) < 0


def _is_list_marker(doc: Doc, start: int, end: int) -> bool:
    """ "1. WHAT TRUMP'S PLAN MEANS.", "2) Turnout": digits, a dot or bracket, opening a line."""
    token = doc[start]
    digits = token.text.rstrip(".)")
    if end - start != 1 or not digits.isdigit() or len(digits) > 2:
        return False
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, token.idx) + 1
    if text[line_start : token.idx].strip():
        return False
    after = text[token.idx + len(digits) : token.idx + len(digits) + 2]
    return after.startswith(_MARKER_ENDS)


def _sizes_a_listicle(doc: Doc, end: int) -> bool:
    """ "10 Things to Know", "five key trends to watch": a list's noun, then "to" and a verb
    of reading ("three ways to vote" counts ways, a fact)."""
    j = end
    while j < len(doc) and doc[j].pos_ == "ADJ" and j - end < 2:
        j += 1  # "five key trends", "Five big things"
    return (
        j + 2 < len(doc)
        and doc[j].lower_ in LISTICLE_NOUNS
        and doc[j + 1].lower_ == "to"
        and doc[j + 2].lemma_.lower() in LISTICLE_VERBS
    )


def _announces_a_list(doc: Doc, start: int, end: int) -> bool:
    """ "Here are three reasons the plan may fail:": the size of the list that follows the
    colon (not "Here are three reasons." nor "there are three reasons")."""
    if start < 2 or doc[start - 2].lower_ != "here" or doc[start - 1].lemma_.lower() != "be":
        return False
    j = end
    while j < len(doc) and doc[j].pos_ == "ADJ" and j - end < 2:
        j += 1  # "Here are five big reasons"
    if j >= len(doc) or doc[j].lower_ not in LISTICLE_NOUNS:
        return False
    last = next((t for t in reversed(doc[start : doc[start].sent.end]) if not t.is_space), None)
    return last is not None and last.text == ":"
