"""When a poll word or a plan that is a verb's subject does not give the figure (issue 11).

"The poll surveyed 552 voters", "Wednesday's Quinnipiac poll has Clinton leading by six points",
"Lee's plan would raise $15 billion": the subject gives the figures of its verb. Not an index
or polling places that close, open or move ("The Dow Jones industrial average closed down
24.11 points", "the day after polls closed in New Hampshire": realgold3, realgold20 golds), nor
what a plan or a count is ("his current plan is to keep Trump from getting the 1,237
delegates": realgold19 gold): the writer's figures.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import CHANGE_VERBS, NOT_DOCUMENT_VERBS


def gives_no_figures(verb: Token) -> bool:
    """The verb is a copula, or one of closing, opening or change."""
    lemma = verb.lemma_.lower()
    return lemma in NOT_DOCUMENT_VERBS or lemma in CHANGE_VERBS
