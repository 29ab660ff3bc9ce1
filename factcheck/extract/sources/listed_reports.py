"""A report that opens a list of clauses the parse hangs the other way round: "Officials
reported two victims were in serious condition, one was in fair condition, and two others
were en route". The parse makes "one was in fair condition" the sentence's root and "officials
reported two victims were ..." a clause under it, so the later figures find no reporting verb
above them; the report governs the whole list (gold README: the source is who the text
attributes the figure to; realgold5 gold, "Via Christi officials" for all four figures of such
a list).

Only a reporting verb with its own subject and its own reported clause, hung as a complement
on a later clause over the figure, standing before the figure, when no verb over the figure
reports ("More than six in 10 said ...; 46 percent said ...": the polled speak for
themselves); not a reporting verb after the figure ("Two were hurt, police said", which the
path finds) nor one whose clause is the root's object.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.sources.reporting_verbs import is_reporting_verb

_REPORT_DEPS = frozenset({"ccomp", "parataxis"})


def listed_report_subject(number: Token) -> Token | None:
    """The subject of the report that opens the list the figure's clause continues: a
    reporting verb before the figure, hung as a complement on a later clause over the figure
    (the root, or a clause under it: the parse nests a long list)."""
    if any(is_reporting_verb(a) for a in number.ancestors):
        return None  # "...; 46 percent said they were unenthusiastic": its own verb reports
    for verb in number.sent:
        if verb.i >= number.i:
            return None
        if verb.dep_ not in _REPORT_DEPS or verb.head.i < verb.i or _under(number, verb):
            continue
        if not _hung_over(verb, number) or not is_reporting_verb(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        reported = any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
        if subject is not None and reported and subject.i < verb.i:
            return subject
    return None


def _hung_over(verb: Token, number: Token) -> bool:
    """The verb hangs, by complements only, on a later clause over the figure: "reported" under
    "one was in fair condition" under "one was still being assessed"."""
    clause = verb
    while clause.dep_ in _REPORT_DEPS and clause.head.i > clause.i:
        clause = clause.head
        if _under(number, clause):
            return True
    return False


def _under(token: Token, head: Token) -> bool:
    return token.i == head.i or any(a.i == head.i for a in token.ancestors)
