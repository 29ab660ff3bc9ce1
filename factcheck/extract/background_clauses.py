"""A figure in a clause set off to describe a name the report mentions is the writer's (issue 11).

"Polls show Clinton up by 10 points in New York, which she represented for eight years", "The
poll also shows most voters will back Donald Trump, who is joined on the ballot with four of his
one-time rivals", "the campaign announced it would seek a recanvass in the Kentucky primary,
where he trailed Clinton by less than one-half of 1 percent": the polls and the campaign report
the lead, the vote and the recanvass; the years in office, the rivals and the margin are what
the writer adds about New York, Trump and the primary (realgold10, realgold14 twice, tune22
golds: no source). An attribution inside the clause still holds ("the man, who police said
fired three shots"), and so does the report on an aside about the reported clause's own
subject ("Blaise said Myers, who was killed by police the next day, had no money"), or on a time
("Monday, when he opened fire ..., police said").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import ASIDE_RELATIVIZERS


def describes_a_name(clause: Token) -> bool:
    """``clause`` is a relative clause opened after a comma by "which", "who", "where" ... on a
    name (not "the hostages, which are believed to include 10 Americans", seed; not "a count,
    which listed 276 cases", dev) that is not the subject of its own clause."""
    if clause.dep_ != "relcl" or clause.head.dep_ in ("nsubj", "nsubjpass"):
        return False
    if clause.head.pos_ != "PROPN" or clause.head.ent_type_ in ("DATE", "TIME"):
        return False  # "a count released on Friday, which listed 276 cases" (dev)
    edge = clause.left_edge
    if edge.i == 0 or edge.doc[edge.i - 1].text != ",":
        return False
    return edge.lower_ in ASIDE_RELATIVIZERS


def in_a_name_aside(number: Token) -> bool:
    """The figure's path up the parse crosses such a clause."""
    token = number
    while token.head.i != token.i:
        if describes_a_name(token):
            return True
        token = token.head
    return False
