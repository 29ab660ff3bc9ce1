"""Quotations labelled with a speaker's name and a colon, with no verb (session 73).

A fact check or a hearing report sets out the words it examines as a paragraph that opens with
the speaker's name, a colon and the quotation: `Sen. Mara Voss (D-Ore.):"Who told you that 80
percent were saved?"`. The quotation is that person's, as a capitals label's is ("VOSS: ...",
``speakers.py``), and so are the unlabelled quoted paragraphs after it. The source text is the
name as written, with a title before it, without a bracketed party or an appositive after a
comma ("Ann Lee, the victim's mother:" -> "Ann Lee"), as the gold conventions write a
speaker ("Titles and roles before names in source text").

Only a label whose name part ends in a proper noun, holds a person's name to the parser and no verb
("The email goes on to say:", "Lee said:" are sentences that ``quotes.py`` reads), and only
when a quotation mark follows the colon. Not the headline (``speakers.py`` reads its labels).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from factcheck.extract.doctext import doc_text
from factcheck.model import Source, SourceKind

# "Rep. Ann Lee (D-Ore.):" then a quotation mark, at the start of a paragraph.
_NAME_LABEL_RE = re.compile(
    r"""\s*(?P<label>[A-Z][^\n:"“”()]{1,80}?)(?:\s*\([^()\n]{1,30}\))?\s*:\s*(?=["“])"""
)
_VERB_TAGS = frozenset({"VERB", "AUX"})


def name_label_regions(
    doc: Doc, paras: list[tuple[int, int]], quote_openers: tuple[str, ...]
) -> list[tuple[int, int, Source]]:
    """Characters of each name-labelled quotation, with the labelled person as their source.

    Args:
        doc: the parsed article.
        paras: start and end characters of its non-empty paragraphs.
        quote_openers: what an unlabelled paragraph that goes on with the quotation opens with.
    """
    text = doc_text(doc)
    labelled = [(i, _speaker(doc, text, s, e)) for i, (s, e) in enumerate(paras) if i > 0]
    found = {i: hit for i, hit in labelled if hit is not None}
    regions = []
    for i, (start, source) in found.items():
        end = paras[i][1]
        for j in range(i + 1, len(paras)):
            following = text[paras[j][0] : paras[j][1]].lstrip()
            if j in found or not following.startswith(quote_openers):
                break
            end = paras[j][1]
        regions.append((start, end, source))
    return regions


def _speaker(doc: Doc, text: str, start: int, end: int) -> tuple[int, Source] | None:
    """Where the quotation starts and who speaks it, when the paragraph opens with a name
    label; else None."""
    match = _NAME_LABEL_RE.match(text, start, end)
    if match is None:
        return None
    name_end = match.start("label") + len(match.group("label").split(",")[0].rstrip())
    span = doc.char_span(match.start("label"), name_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if any(t.pos_ in _VERB_TAGS for t in span):
        return None
    # the name ends the label ("Ortiz:\"We" may be one token when no space follows the colon)
    if span[-1].pos_ != "PROPN" or not any(t.ent_type_ == "PERSON" for t in span):
        return None
    return match.end(), Source(text=text[span.start_char : name_end], kind=SourceKind.NAMED_PERSON)
