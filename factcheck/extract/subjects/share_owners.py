"""The candidate whose standing a poll share or points figure gives, named in its subject. Pure.

Issue 11 (session 34, audit subj42): "Hillary Clinton's 76 percent", "Donald Trump's loyal 22%",
"Bush was second with 18%", "Trump leads the field with just 22%", "Trump losing six percentage
points and Ted Cruz gaining six": the rules named these "poll support", "vote" or "points",
which says what kind of figure it is but not whose. The golds name the candidate whose share
it is beside the support or the lead (realgold24: 76 percent -> ['Latino vote', 'Clinton'];
30% -> ['Sanders', 'likely voters', 'vote']; realgold10: "McGinty" for "McGinty has 44%").
A generic subject gets the owner's name before it: "Clinton poll support", "Trump points".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from factcheck.extract.lexicon import (
    GENERIC_SHARE_SUBJECT_WORDS,
    PAIR_RACE_VERBS,
    PERCENT_WORDS,
    POINT_WORDS,
    SHARE_HOLDING_PREPS,
    STANDING_CHANGE_VERBS,
    SURVEY_HEADS,
)
from factcheck.extract.subjects.pair_owners import pair_owners
from factcheck.extract.subjects.pair_sides import first_of_pair, pair_clause
from factcheck.extract.subjects.poll_subjects import person_names
from factcheck.extract.subjects.share_holders import share_holder
from factcheck.model import Claim


def give_share_owners(doc: Doc, figures: Sequence[Span], claims: Sequence[Claim]) -> list[Claim]:
    """The claims, each generic poll share or points figure with its owner's name in front.

    Args:
        doc: the parsed article.
        figures: the figure (number and unit) of each claim, in the order of ``claims``.
        claims: the article's claims from its figures, in text order.
    """
    out = list(claims)
    owners = [""] * len(claims)
    for i, (figure, claim) in enumerate(zip(figures, claims, strict=True)):
        kind = _generic(claim.subject)
        if not kind:
            continue
        owner = share_owner(doc, figure)
        paired = i + 1 < len(claims) and first_of_pair(doc, figures[i + 1]) == claim.start
        if not owner and paired:
            owner = _leader(doc, figure)  # "Clinton leads Mr. Trump ..., 45.4 percent to 42"
        second = i > 0 and first_of_pair(doc, figure) == claims[i - 1].start
        if not owner and second and owners[i - 1]:
            owner = _rival(doc, figure, owners[i - 1])
        if not owner and (paired or second):
            # "Trump and Sanders were in a dead heat -- 44% to 43%": the clause's two names
            sides = pair_owners(doc, figure if paired else figures[i - 1])
            agreed = sides is not None and (paired or owners[i - 1] in ("", sides[0]))
            owner = sides[0 if paired else 1] if sides and agreed else ""
        if owner:
            owners[i] = owner
            out[i] = replace(claim, subject=f"{owner} {kind}")
    return out


def _leader(doc: Doc, figure: Span) -> str:
    """ "Trump leads Clinton 43 percent to 41 percent", "a poll found Clinton leading Trump by 15
    points, 52 percent to 37 percent": the first figure of a pair a verb of leading or beating
    gives belongs to that verb's subject."""
    race = _race_verb(figure)
    if race is None:
        return ""
    doers = [c for c in race.children if c.dep_ == "nsubj"]
    return doers[0].text if doers and _names_a_person(doc, doers[0]) else ""


def _rival(doc: Doc, figure: Span, first_owner: str) -> str:
    """ "Trump leads Clinton 43 percent to 41 percent": the second figure of a pair whose first
    is ``first_owner``'s belongs to the other person the clause names (``pair_sides.py``)."""
    _, agent, objects = pair_clause(figure[0])
    race = _race_verb(figure)
    # the parse may take the rival for the verb's dative ("leads Clinton 43 percent ...")
    others = [c for c in race.children if c.dep_ in ("dobj", "dative")] if race is not None else []
    sides = [s for s in (*others, *objects, agent) if s is not None and s.text != first_owner]
    return sides[0].text if sides and _names_a_person(doc, sides[0]) else ""


def _race_verb(figure: Span) -> Token | None:
    """The verb of leading or beating over a pair of figures: the pair's own verb, or the one
    the verb of reporting over the pair takes ("found Clinton leading Trump ..., 52 to 37")."""
    verb, _, _ = pair_clause(figure[0])
    if verb is None:
        return None
    if verb.lemma_.lower() in PAIR_RACE_VERBS:
        return verb
    taken = [
        c
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in PAIR_RACE_VERBS
    ]
    return taken[0] if taken else None


def share_owner(doc: Doc, figure: Span) -> str:
    """The name of the person whose share or points ``figure`` is, or ''.

    "Clinton's 76 percent" (a possessive), "Bush was second with 18%" (a holding verb or
    preposition, ``share_holders.py``), "Trump losing six percentage points", "Cruz gaining
    six" (the subject of a verb of gaining or losing).
    """
    unit = figure[-1]
    percent = unit.lower_ in PERCENT_WORDS or unit.text.endswith("%")
    points = unit.lower_ in POINT_WORDS
    if percent:
        named = _named_before_preposition(doc, unit)
        if named:
            return named  # "followed by Kasich at 10 percent, Christie at 8 percent"
        holder = share_holder(figure, person=lambda t: _names_a_person(doc, t))
        if holder is not None and _names_a_person(doc, holder):
            return holder.text
    if not (percent or points or _bare_change(unit)):
        return ""
    owners = [c for c in unit.children if c.dep_ == "poss"]
    if owners and _names_a_person(doc, owners[0]):
        return owners[0].text  # "Hillary Clinton's 76 percent"
    verb = unit.head
    if unit.dep_ == "dobj" and verb.lemma_.lower() in STANDING_CHANGE_VERBS:
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if doers and _names_a_person(doc, doers[0]):
            return doers[0].text  # "Trump losing six percentage points"
    return ""


def _named_before_preposition(doc: Doc, unit: Token) -> str:
    """ "Kasich at 10 percent, Christie at 8 percent and Bush at 7 percent": a person's name
    right before the preposition that holds the share (the parse joins the later names to the
    first one, so the first one's verb would give them all to Kasich)."""
    prep = unit.head
    if unit.dep_ != "pobj" or prep.lower_ not in SHARE_HOLDING_PREPS or prep.i == 0:
        return ""
    before = doc[prep.i - 1]
    if before.dep_ in ("dobj", "dative"):
        return ""  # "Cruz follows Trump with 16 percent": Trump is followed, the share is Cruz's
    return before.text if before.pos_ == "PROPN" and _names_a_person(doc, before) else ""


def _bare_change(number: Token) -> bool:
    """ "Cruz gaining six" after "Trump losing six percentage points": a bare number a verb of
    gaining or losing takes, in a sentence that gives points or a percentage."""
    if not number.like_num or number.dep_ != "dobj":
        return False
    if number.head.lemma_.lower() not in STANDING_CHANGE_VERBS:
        return False
    return any(t.lower_ in POINT_WORDS | PERCENT_WORDS for t in number.sent)


def _names_a_person(doc: Doc, token: Token) -> bool:
    """A name the article gives a person: "Trump", "Clinton" (the parse may call either an
    organisation in one sentence and a person in another)."""
    if token.pos_ != "PROPN" and token.ent_type_ != "PERSON":
        return False
    people = person_names(doc)
    return token.ent_type_ == "PERSON" or any(
        name.split()[-1] == token.text for name in people if name
    )


def _generic(subject: str) -> str:
    """The subject to put the owner's name before when ``subject`` names only the kind of
    figure ("poll support", "vote", "points"), "poll support" for one that names only the poll
    reporting it ("latest Rasmussen Reports poll": the poll is not what is counted), else ''."""
    words = subject.lower().split()
    if not words:
        return ""
    if all(w in GENERIC_SHARE_SUBJECT_WORDS for w in words):
        return subject
    return "poll support" if words[-1] in SURVEY_HEADS else ""
