"""A percentage a ranking adjective picks out of a population names that group. Pure.

"the top 1 percent", "the richest 1 percent", "the wealthiest 1.5 percent" (realgold14 gold:
"wealthiest"): the percentage stands for the people at that end of a ranking, so the adjective
names what is counted (gold README, "subject"), not the clause around it ("gains have gone to
the top 1 percent" is not a share of gains). "the bottom 40 percent of earners" names its whole
after "of" and is left to it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import PERCENT_WORDS, RANKED_GROUP_WORDS


def ranked_group(figure: Span) -> str:
    """The ranking adjective before a percentage that stands for a group ("top", "richest"),
    or ''."""
    unit = figure[-1]
    if unit.lower_ not in PERCENT_WORDS and not unit.text.endswith("%"):
        return ""
    if unit.dep_ in ("compound", "nmod", "amod", "nummod") or _has_of(unit):
        return ""  # "the top 10 percent bracket", "the top 1 percent of earners"
    ranks = [c for c in unit.lefts if c.dep_ == "amod" and c.i < figure.start and _ranks(c)]
    if not ranks or not any(c.dep_ == "det" and c.lower_ == "the" for c in unit.lefts):
        return ""
    return ranks[0].text


def _ranks(adjective: Token) -> bool:
    return adjective.tag_ == "JJS" or adjective.lower_ in RANKED_GROUP_WORDS


def _has_of(unit: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in unit.children)
