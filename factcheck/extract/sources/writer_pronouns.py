"""The writer's own "we" and "I": a first-person pronoun outside any quotation, in a
paragraph the layout gives to no speaker, is the writer's ("We believe six debates for five
candidates is fair", an op-ed's "I count 40 such bills"): the reporter's own narration has
no source (gold README, "source: who gives the figure"). A pronoun of the first person never
stands for an organisation or place named before it, which is what the look-back for "it" and
"they" finds.

Inside a quotation the first person is the quotation's speaker (gold README: the source of a
quoted figure is its speaker). A quotation with its own reporting verb gets that speaker from
``attribution.find_source``; one with none, inside a turn the layout gives a speaker (a
transcript's '"LIND: ... So I testified for 9 hours', an announced statement), is the
layout's speaker, not the bare "I" the look-back for a third person would leave.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import WRITER_PRONOUNS
from factcheck.extract.sources.quotes import quote_at
from factcheck.extract.sources.speakers import speaker_at
from factcheck.model import Source, SourceKind

_WRITER = Source(text="", kind=SourceKind.NONE)


def first_person_source(pronoun: Token) -> Source | None:
    """The source a first-person pronoun stands for: the speaker the layout gives its
    paragraph (a transcript's "CLINTON: ... we lost four"), else, outside every quotation,
    the writer (no source); ``None`` for any other word or for one inside a quotation the
    layout gives no speaker."""
    if pronoun.lower_ not in WRITER_PRONOUNS:
        return None
    doc = pronoun.doc
    laid_out = speaker_at(doc, pronoun.idx)
    if quote_at(doc, pronoun.idx) is not None:
        return laid_out  # '"LIND: ... So I testified for 9 hours': the turn's speaker
    return laid_out or _WRITER
