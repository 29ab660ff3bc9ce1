"""Paragraph breaks set the same sentence starts when written in one pass (speed60).

``paragraph_breaks`` finds the line-break tokens from spaCy's arrays and writes the starts in
one array write instead of a setter per token; these tests compare it with a walk over every
token that sets ``is_sent_start`` one by one, on invented texts and the seed and development
articles.
"""

import pytest
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from factcheck.extract.paragraph_breaks import line_break_tokens, set_paragraph_breaks
from tests.conftest import DEV_ARTICLES

ARTICLES = DEV_ARTICLES
TEXTS = [
    "",
    "One line",
    "\n\n  Leading blank lines\nthen text.",
    "Storm Hits Coast\nThe storm hit at 5 a.m.\nIt was hard-wrapped.\n\nA new paragraph.",
    "Mayor Opens Park\n\nCity Manager Ann Vale said 40 trees were planted.",
    "Fire Guts Mill\n\nDOVERTON, May 3 (Wire) - A fire destroyed the mill.\n\nNEW MARKET - Crews",
    "Headline\n\n\n\nBody.\n\nAB CD (WXYZ) - Two homes.\n",
]


def _walked(doc: Doc) -> list[int]:
    """The line-break tokens by a walk over every token (before the arrays)."""
    found, seen_text = [], False
    for token in doc[:-1]:
        seen_text = seen_text or not token.is_space
        if "\n" in token.text_with_ws and seen_text:
            found.append(token.i)
    return found


def _texts() -> list[str]:
    return TEXTS + [path.read_text(encoding="utf-8") for path in ARTICLES]


def test_line_break_tokens_are_those_a_walk_finds(nlp: Language) -> None:
    for text in _texts():
        doc = nlp.make_doc(text)
        assert [t.i for t in line_break_tokens(doc)] == _walked(doc), text[:40]


def test_headline_and_paragraphs_start_sentences(nlp: Language) -> None:
    doc = set_paragraph_breaks(nlp.make_doc("Mayor Opens Park\n\nCity Manager Ann Vale spoke."))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Mayor", "City"]
    assert doc[5].is_sent_start is False  # "Manager": the paragraph's first word joined


def test_dateline_ends_before_the_dash(nlp: Language) -> None:
    doc = set_paragraph_breaks(nlp.make_doc("Fire Guts Mill\n\nDOVERTON - A fire destroyed it."))
    assert [t.text for t in doc if t.is_sent_start] == ["Fire", "DOVERTON", "A"]


def test_starts_written_once_match_the_setters(nlp: Language) -> None:
    for text in _texts():
        doc = set_paragraph_breaks(nlp.make_doc(text))
        assert doc.to_array(SENT_START).tolist() == _by_setters(nlp.make_doc(text)), text[:40]


def test_parsed_doc_is_refused_as_before(nlp: Language) -> None:
    doc = nlp("Mayor Opens Park\n\nThe mayor spoke.")
    with pytest.raises(ValueError):
        set_paragraph_breaks(doc)


def _by_setters(doc: Doc) -> list[int]:
    """What ``set_paragraph_breaks`` wrote before speed60: a setter per token."""
    from factcheck.extract import paragraph_breaks

    starts: dict[int, bool] = {}
    headline_done = False
    for i in _walked(doc):
        following = doc[i + 1]
        if following.is_space:
            continue
        if doc[i].text.count("\n") >= 2 or not headline_done:
            starts[following.i] = True
            paragraph_breaks._join_first_word(doc, following.i, starts)
            paragraph_breaks._split_dateline(doc, following.i, starts)
        headline_done = True
    for i, value in starts.items():
        doc[i].is_sent_start = value
    return doc.to_array(SENT_START).tolist()
