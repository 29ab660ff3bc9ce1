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
    """``clause`` is a relative clause opened after a comma by "which", "who", "where" ... (or a
    preposition before one: "in which") on a name, or on a thing a name makes one of its kind
    ("last week's Kentucky primary, where ...", "the Benghazi attack, in which ..."), (not "the
    hostages, which are believed to include 10 Americans", seed; not "a count, which listed 276
    cases", dev) that is not the subject of its own clause."""
    if clause.dep_ != "relcl" or clause.head.dep_ in ("nsubj", "nsubjpass"):
        return False
    head = clause.head
    if not _a_name(head) or head.ent_type_ in ("DATE", "TIME"):
        return False  # "a count released on Friday, which listed 276 cases" (dev)
    edge = clause.left_edge
    if edge.i == 0 or edge.doc[edge.i - 1].text != ",":
        return False
    if edge.pos_ == "ADP":  # ", in which four were killed"
        return any(c.dep_ == "pobj" and c.lower_ in ASIDE_RELATIVIZERS for c in edge.children)
    return edge.lower_ in ASIDE_RELATIVIZERS


def _a_name(head: Token) -> bool:
    """A name ("Ohio"), or a noun a name before it makes one of its kind ("the Kentucky
    primary", "the Benghazi attack")."""
    if head.pos_ == "PROPN":
        return True
    return head.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i for c in head.children
    )


def in_a_name_aside(number: Token) -> bool:
    """The figure's path up the parse crosses such a clause."""
    token = number
    while token.head.i != token.i:
        if describes_a_name(token):
            return True
        token = token.head
    return False
