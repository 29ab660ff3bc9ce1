"""What a figure measures when its subject names only its unit: points, or a span of time. Pure.

A subject of the unit alone ("points", "years") names how the figure is counted, not what is
at or moved by so many points, or what lasted or happened in so long. The gold README's
``subject`` is the words, any one of which names what is measured; the golds name what the
figure's clause is about:

- points: the clause's subject ("Cruz rose three points in the survey to 29 points": Cruz;
  "Kasich's favorability sits at +32 points": favorability; "Approval of Cruz, while still a
  net negative 6 points (37 percent to 43 percent)": approval, for both figures), the words of
  a net rating ("a net negative 6 points": net negative) or the direction of a change ("that's
  down 13 points from her average": down);
- a span of time: the clause's subject when it is a noun, and its verb ("Donald Trump has
  been a participant in 3,500 lawsuits in 30 years": Trump; "Saturday's shooting was the third
  time in 24 hours": shooting; "citizens waited in line for three, four and even five hours":
  wait). ``span_holders`` names a span by a named doer on the span's own verb; this reaches
  the rest (a span on a noun, a common noun as the doer) once every rule has left the unit
  alone.

The unit stays first (or, for points, stays), so a subject that named it still names it. Given
after every other subject rule and every earlier claim has had its say (a bare figure copies
"points" from the figure before it), so it only adds words to a subject of its unit alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    DURATION_LIGHT_VERBS,
    NET_RATING_WORDS,
    POINT_CHANGE_WORDS,
    POINT_WORDS,
    TIME_UNITS,
)
from factcheck.extract.subjects.clause_subjects import clause_subject, clause_subject_token
from factcheck.extract.subjects.money_subjects import as_written
from factcheck.extract.subjects.noun_phrases import noun_phrase
from factcheck.extract.subjects.span_objects import doing_object
from factcheck.model import Claim

# the words of a subject that names only points: "points", "percentage points"
_POINTS_ONLY = POINT_WORDS | {"percentage"}
# steps up from a bare number to the unit of time it shares: "three, four and even five hours"
_MAX_STEPS = 3
_NUMBER_DEPS = frozenset({"nummod", "conj", "quantmod", "compound"})
# a span of time that hangs on a verb with no preposition: "divorced about five years"
_ON_VERB_DEPS = frozenset({"npadvmod", "advmod"})


def name_unit_holders(claims: Sequence[Claim], figures: Mapping[int, Span]) -> list[Claim]:
    """The claims, each one from a figure whose subject is its unit alone given what its
    clause says is at, moved by or lasting that long.

    Args:
        claims: the article's claims.
        figures: the figure (number and unit) of each claim from a figure, by its start.
    """
    out = []
    for claim in claims:
        figure = figures.get(claim.start)
        words = {w.lower() for w in claim.subject.split()}
        if figure is None or claim.implied or not words:
            out.append(claim)
        elif words <= _POINTS_ONLY:
            out.append(replace(claim, subject=point_holder(figure, claim.subject)))
        elif all(_is_time_unit(w) for w in words):
            out.append(replace(claim, subject=span_doer(figure, claim.subject)))
        else:
            out.append(claim)
    return out


def point_holder(figure: Span, subject: str) -> str:
    """ "Approval net negative points", "points down", "Cruz points": the subject of points
    alone with the net rating's words before it, the direction of a change after it and the
    clause's subject first; the subject as it was when the clause names none of them."""
    unit = figure[-1]
    net = [t.text for t in unit.lefts if t.lower_ in NET_RATING_WORDS]
    change = _change_word(unit)
    holder = clause_subject(unit)
    if holder.lower() in subject.lower().split():
        holder = ""
    return " ".join(w for w in (holder, *net, subject, change) if w)


def _change_word(unit: Token) -> str:
    """ "down 13 points", "up four points": the adverb of the change the points measure."""
    head = unit.head
    if unit.dep_ == "npadvmod" and head.lower_ in POINT_CHANGE_WORDS:
        return head.text
    return ""


def span_doer(figure: Span, subject: str) -> str:
    """ "years Donald Trump", "hours shooting", "hours wait waited": the subject of a span of
    time alone with the clause's subject (a noun, not a pronoun: who that is is another
    sentence's) and its verb as written (not a light verb, "has been", "had"); the subject as
    it was when the clause names neither."""
    unit = _time_unit(figure)
    doer = clause_subject_token(unit)
    named = ""
    if doer is not None and doer.pos_ != "PRON":
        named = noun_phrase(doer, after=doer.left_edge.i - 1)
    if not any(c.isalpha() for c in named):
        named = ""  # "Its unemployment rate of 4.9% is its lowest in 33 years": not "%"
    verb = _verb_of(unit)
    doing = ""
    if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() not in DURATION_LIGHT_VERBS:
        doing = as_written(verb, verb.lemma_)
        # "changed its annual indexing to once every three years": what the doing was done to
        doing = " ".join(w for w in (doing, doing_object(verb, unit)) if w)
    return " ".join(w for w in (subject, named, doing) if w)


def _verb_of(unit: Token) -> Token | None:
    """The verb a span of time hangs on, itself or by its preposition: "divorced about five
    years", "waited in line for five hours" -> "waited"; not a verb past a noun ("headlines in
    the past two years shows") or past the span as an object ("lower the 12 straight years"),
    nor a verb that stands for a preposition ("including six months")."""
    head = unit.head
    if unit.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif unit.dep_ not in _ON_VERB_DEPS:
        return None
    if head.pos_ != "VERB" or head.dep_ == "prep" or head.i == unit.i:
        return None
    return head


def _time_unit(figure: Span) -> Token:
    """The unit of time of a span, or the noun a bare number of it hangs on ("for three, four
    and even five hours": "hours"), else its last token."""
    units = [t for t in figure if t.lemma_.lower() in TIME_UNITS]
    if units:
        return units[-1]
    token = figure[-1]
    for _ in range(_MAX_STEPS):
        if token.head.i == token.i or token.dep_ not in _NUMBER_DEPS:
            break
        token = token.head
        if token.lemma_.lower() in TIME_UNITS:
            return token
    return figure[-1]


def _is_time_unit(word: str) -> bool:
    """ "years", "month", "centuries": a word that names a unit of time alone."""
    if word in TIME_UNITS:
        return True
    if word.endswith("ies"):
        return word[:-3] + "y" in TIME_UNITS
    return word.endswith("s") and word[:-1] in TIME_UNITS
