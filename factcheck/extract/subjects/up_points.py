"""Points someone or something is up or down by: "polls show Clinton up by 10 points".

Points after "up" ("up by", "up an average of") measure a candidate's lead when a person is
up ("Polls show Clinton up by 10 points", "she is up an average of 9.2 percentage points"),
and a rise or fall of the thing that is up or down otherwise ("That number is up five
percentage points"): the real golds name the lead or the change, not the points. Pure.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import PERSON_PRONOUNS, POINT_WORDS, UP_DOWN_FILLERS
from factcheck.extract.subjects.noun_phrases import NOUNS, noun_phrase


def up_points(figure: Span) -> str:
    """ "Clinton lead" for "Clinton up by 10 points", "number up" for "the number is up five
    percentage points"; '' for any other figure.

    Args:
        figure: a figure's span, number and unit.
    """
    if figure[-1].lower_ not in POINT_WORDS:
        return ""
    up = _up_before(figure)
    if up is None:
        return ""
    holder = _holder(up)
    if holder is None:
        return ""
    if holder.lower_ in PERSON_PRONOUNS:
        return "lead" if up.lower_ == "up" else ""
    if holder.ent_type_ == "PERSON" or holder.pos_ == "PROPN":
        # a name up by points is a candidate ahead; "the Dow was down 24 points" is left be
        return f"{holder.text} lead" if up.lower_ == "up" else ""
    if holder.pos_ not in NOUNS or holder.ent_type_:
        return ""  # "the Dow was down 24 points": the index, which the clause names
    return f"{noun_phrase(holder, after=holder.left_edge.i - 1)} {up.lower_}"


def _up_before(figure: Span) -> Token | None:
    """The "up" or "down" right before the figure, past "by", "an average of"."""
    doc = figure.doc
    i = figure.start - 1
    while i >= figure.sent.start and doc[i].lower_ in UP_DOWN_FILLERS:
        i -= 1
    if i < figure.sent.start or doc[i].lower_ not in ("up", "down"):
        return None
    return doc[i]


def _holder(up: Token) -> Token | None:
    """Who or what is up: the object of "show Clinton up", the subject of "she is up"."""
    verb = up.head
    if up.dep_ == "prt":
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return objects[0] if objects else None
    if up.dep_ == "advmod" and verb.pos_ in ("AUX", "VERB") and verb.lemma_ == "be":
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return subjects[0] if subjects else None
    return None
