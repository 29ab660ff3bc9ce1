"""An "it" that shows or finds a figure stands for the document named just before it:
"The Lane campaign spent little on mailers, according to its FEC reports. It showed $85,000 in
payments ..." (realgold36 gold: the reports, 3 records); "The state released its annual
crime report on Monday. It showed that burglaries fell 12 percent." A body does not show what
it holds; its report, poll or study does (gold README "Source": a pronoun for a source named
earlier). ``pronoun_sources.py`` asks here before it looks for the last speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import DOCUMENT_HEADS, SHOWING_VERBS, SURVEY_HEADS

# Verbs by which a document gives its figures: "It showed", "It found", "It indicated".
_DOCUMENT_VERBS = SHOWING_VERBS | frozenset({"find", "indicate", "reveal", "suggest"})
# Document words that name no document of their own ("a figure", "the count", "a post").
_NOT_DOCUMENTS = frozenset({"figure", "count", "result", "post", "update", "tweet", "estimate"})
_DOCUMENTS = (DOCUMENT_HEADS | SURVEY_HEADS) - _NOT_DOCUMENTS


def document_it_stands_for(doc: Doc, pronoun: Token, window_start: int) -> Token | None:
    """The head of the last document named before ``pronoun`` (from ``window_start``) when
    the pronoun is "it", the subject of a showing or finding verb; else None."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj":
        return None
    if pronoun.head.lemma_.lower() not in _DOCUMENT_VERBS:
        return None
    for token in reversed(doc[window_start : pronoun.i]):
        if token.pos_ == "NOUN" and token.lemma_.lower() in _DOCUMENTS:
            return token
    return None
