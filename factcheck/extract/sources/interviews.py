"""Interviews printed as questions and answers: whose words an answer is (src52).

"Q: ..." paragraphs are the interviewer's, and "A: ..." paragraphs, with the unlabelled
paragraphs that go on with the answer up to the next "Q:", are the interviewee's. The
interviewee is the person the headline names ("Q&A with Senator Ann Lee"), else the first
person the paragraphs before the first question name; the source text is the surname, as a
transcript label writes it ("LEE:", ``speakers.py``). Invented example: headline "Q&A with
Senator Ann Lee", then "Q: Have you met him?" / "A: It's been about a month." -> "about a
month" is Lee's, as realgold30 writes the interviewee for every answer's figure (and PolNeAR's
attribution gold the answer's "I").

Only the answers: a question's figures are the interviewer's framing, and a figure whose own
sentence names a source keeps it (``attribution.find_source`` asks the layout last).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from factcheck.extract.doctext import doc_text
from factcheck.model import Source, SourceKind

# "Q: ..." / "A: ..." (or "Q. ..." / "A. ...") opening a paragraph.
_TURN_RE = re.compile(r"\s*([QA])\s?[:.]\s")
# An interview has at least this many questions and as many answers.
_LEAST_TURNS = 2


def answer_regions(doc: Doc, paras: list[tuple[int, int]]) -> list[tuple[int, int, Source]]:
    """Characters of each "A:" answer, with the interviewee as their source.

    Args:
        doc: the parsed article.
        paras: start and end characters of its non-empty paragraphs.
    """
    text = doc_text(doc)
    turns = []
    for index, (start, end) in enumerate(paras):
        match = _TURN_RE.match(text, start, end)
        if match is not None:
            turns.append((index, match.group(1), match.end()))
    kinds = [kind for _, kind, _ in turns]
    if kinds.count("Q") < _LEAST_TURNS or kinds.count("A") < _LEAST_TURNS:
        return []
    who = _interviewee(doc, paras, turns[0][0])
    if who is None:
        return []
    regions = []
    for n, (index, kind, start) in enumerate(turns):
        if kind != "A":
            continue
        # the answer goes on over unlabelled paragraphs up to the next turn; the last answer
        # is its own paragraph only (what follows it may be the writer's again)
        last = turns[n + 1][0] - 1 if n + 1 < len(turns) else index
        regions.append((start, paras[last][1], who))
    return regions


def _interviewee(doc: Doc, paras: list[tuple[int, int]], first_turn: int) -> Source | None:
    """The person the headline names, else the first person named before the first question:
    their surname."""
    for start, end in paras[:first_turn]:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        person = next((e for e in span.ents if e.label_ == "PERSON"), None)
        if person is not None:
            return Source(text=person[-1].text, kind=SourceKind.NAMED_PERSON)
    return None
