"""Who asked those a poll counts is the source of the count (issue 11).

"Quinnipiac conducted the poll of 1,042 Ohio registered voters", "The university surveyed 1,051
registered voters in Florida and 1,077 in Pennsylvania" (realgold10 golds: Quinnipiac, the
university), "a survey by the Kestra Institute, which interviewed 1,000 likely voters" (dev
gold): the pollster tells how many it asked, as "The poll surveyed 552 voters" (its subject a
survey) and "40 percent of adults polled by Gallup" already say.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import POLL_CONDUCTING_VERBS, SURVEY_HEADS, SURVEY_VERBS


def asks_those_counted(verb: Token, below: Token, number: Token) -> bool:
    """``verb`` asks the people the figure counts ("surveyed 1,051 voters", "and 1,077 in
    Pennsylvania"), or carries out the poll of them ("conducted the poll of 1,042 voters")."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in SURVEY_VERBS and lemma not in ("ask", "question"):
        return below.dep_ in ("dobj", "conj") and _counts(number, below)
    if lemma in POLL_CONDUCTING_VERBS and below.dep_ == "dobj":
        if below.lemma_.lower() not in SURVEY_HEADS:
            return False
        return any(
            prep.lower_ == "of" and number in prep.subtree
            for prep in below.children
            if prep.dep_ == "prep"
        )
    return False


def _counts(number: Token, below: Token) -> bool:
    """The figure is the object's count: "1,051 registered voters", or the object itself."""
    return number.i == below.i or (number.dep_ == "nummod" and number.head.i == below.i)
