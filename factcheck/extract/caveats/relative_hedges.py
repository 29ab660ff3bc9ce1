"""A clause on the figure's own noun that estimates or claims it hedges it. Pure.

Gold README, "hedged": "estimated", "claimed". The figure is what the clause says someone
estimated or claimed when that clause hangs on the figure itself and the figure fills its
object: "the 50,000 a day city officials estimated", "$27, which he claimed as his average
donation", "the $36.5 billion estimated by Forbes". Elsewhere a hedge in a relative clause is
about the figure's thing, not its size ("two men, who were believed to have been at the party":
the figure counts the subject; "four people believed to be with the tribe": the belief has a
content of its own), and a forecast verb is left out (the golds split on forecasts).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    CLAIM_LEMMAS,
    CLAIM_WIN_OBJECTS,
    RELATIVE_HEDGE_CONTENT_DEPS,
    RELATIVE_HEDGE_LEMMAS,
    RELATIVE_HEDGE_PARTICIPLES,
    RELATIVE_THING_PRONOUNS,
)


def relative_hedge(number: Token) -> Token | None:
    """The estimating or claiming verb of a clause on the figure's noun whose object the
    figure is, or None."""
    words = [number]
    while words[-1].dep_ in ("nummod", "quantmod", "compound", "nmod") and words[-1].head.i != (
        words[-1].i
    ):
        words.append(words[-1].head)
    if _claims_a_win(words):
        return None  # "the 12 lives claimed by the storm", "the 41 delegates he claimed"
    for word in words:
        for clause in word.children:
            if clause.i > number.i and _fills_its_object(clause):
                return clause
    return None


def _fills_its_object(clause: Token) -> bool:
    """A relative clause with a subject of its own and no object but a relative pronoun ("which
    he claimed", "the 50,000 officials estimated"), or a participle of estimating or claiming
    ("estimated by Forbes"); neither with a content clause of its own ("believed to be with
    the tribe")."""
    lemma = clause.lemma_.lower()
    if lemma not in RELATIVE_HEDGE_LEMMAS or clause.pos_ != "VERB":
        return False
    if any(c.dep_ in RELATIVE_HEDGE_CONTENT_DEPS for c in clause.children):
        return False
    if clause.dep_ == "acl":
        return clause.tag_ == "VBN" and lemma in RELATIVE_HEDGE_PARTICIPLES
    if clause.dep_ != "relcl":
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    # "people who claimed ...": the figure counts whoever claims, it is not what is claimed
    return (
        bool(subjects)
        and all(
            s.lower_ not in RELATIVE_THING_PRONOUNS and s.tag_ not in ("WP", "WDT")
            for s in subjects
        )
        and all(o.lower_ in RELATIVE_THING_PRONOUNS for o in objects)
    )


def _claims_a_win(words: list[Token]) -> bool:
    """ "claimed" as took or won: the figure counts lives, votes or seats."""
    return any(w.lemma_.lower() in CLAIM_WIN_OBJECTS for w in words) and any(
        c.lemma_.lower() in CLAIM_LEMMAS for w in words for c in w.children
    )
