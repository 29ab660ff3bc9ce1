"""A headline names a figure's source only by saying so (issue 11, gold README "Headlines").

"if the headline names no source, its source is none": a headline names one with a label
("Sheriff: 2 men sought after 7 shot"), a trailing "..., police say", or a poll or report that
shows the figure. The subject of any other verb in a headline is its news, not who gives the
figure: "Facebook Live records 19 gunshots", "Neighbors describe horrifying shooting that left
4 dead", "Kasich Just Revealed The 1 Thing He Thinks ...", "Double homicide under investigation"
(realgold5, realgold14, realgold8, tune22 golds give these no source). Pure.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Token

from factcheck.extract.doctext import doc_text
from factcheck.extract.headlines import find_headline_end
from factcheck.extract.lexicon import DOCUMENT_HEADS, HEADLINE_SAYING_WORDS, SURVEY_HEADS


def headline_news(doc: Doc, number: Token, subject: Token) -> bool:
    """The figure and the word that would name its source are in the headline, and no word of
    the headline says who gives the figure; a label ("Sheriff: 2 men sought") still names one."""
    end = find_headline_end(doc_text(doc))
    if number.idx >= end or subject.idx >= end:
        return False
    if subject.i + 1 < len(doc) and doc[subject.i + 1].text == ":":
        return False
    return not any(_says(t) for t in itertools.takewhile(lambda t: t.idx < end, doc))


def _says(token: Token) -> bool:
    """A saying word ("says", "according", "confirm"), or a poll or report as a subject ("Poll
    shows Lee ahead by 5")."""
    if token.lemma_.lower() in HEADLINE_SAYING_WORDS or token.lower_ in HEADLINE_SAYING_WORDS:
        return True
    heads = DOCUMENT_HEADS | SURVEY_HEADS
    return token.dep_ in ("nsubj", "nsubjpass") and token.lemma_.lower() in heads
