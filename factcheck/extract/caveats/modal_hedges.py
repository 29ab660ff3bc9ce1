"""Modal hedges on a figure's size: "could be as high as 150", "As many as 20 people may have
died", "might be 40 to 50 feet high" (gold README, "hedged"). Pure.

A speculative modal on a verb that sizes the figure guesses at the size; a modal that only
places or prices a possible act ("no one may solicit within 150 feet") or forecasts a level
("could reach 40 percent") hedges no figure, and neither does one whose figure is the subject
("up to 5 million people could be eligible").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    MODAL_COUNT_VERBS,
    SIZE_PREPOSITIONS,
    SIZE_VERBS,
    SPECULATIVE_MODALS,
)


def modal_guesses_figure(modal: Token, on_path: set[int]) -> bool:
    """ "As many as 20 people may have died", "might be 40 to 50 feet high", "may have shot
    four people": the figure is what may be, a size the verb gives, or a harm's count; not a
    figure that only places or prices a possible act ("no one may solicit within 150 feet")."""
    verb = modal.head
    if modal.dep_ != "aux" or verb.i not in on_path:
        return True  # not a modal on the figure's clause: the other checks decide
    below = next((t for t in verb.children if t.i in on_path), None)
    if below is None or below.dep_ in ("nsubj", "nsubjpass", "expl", "attr"):
        return True  # the figure's own word is the verb, or the figure is what may be
    lemma = verb.lemma_.lower()
    return lemma in SIZE_VERBS or lemma in MODAL_COUNT_VERBS


def guesses_size(token: Token, on_path: set[int]) -> bool:
    """ "could be as high as 150": a speculative modal on a verb that sizes the figure."""
    verb = token.head
    if not (
        token.lower_ in SPECULATIVE_MODALS
        and token.dep_ == "aux"
        and verb.i in on_path
        and verb.lemma_.lower() in SIZE_VERBS
    ):
        return False
    # the figure sizes what the verb says of its subject, it is not the subject: "up to 5
    # million people could be eligible", "33% would be scared" guess at nothing's size
    below = next((t for t in verb.children if t.i in on_path), None)
    if below is None or below.dep_ in ("nsubj", "nsubjpass", "csubj"):
        return False
    if verb.lemma_.lower() != "be":
        return False  # "could reach 40 percent": a forecast of a size, not a guess at one
    if below.dep_ == "attr":
        return True
    if below.dep_ == "prep":
        return below.lower_ in SIZE_PREPOSITIONS  # "could be between 100 and 200"
    if below.dep_ == "acomp" and _measures_comparison(below, on_path):
        return True  # "could be three times higher", "could be 30 or 40 higher"
    # "could be as high as 150", "could be higher than 150"; not "would be scared, including 8%"
    return below.dep_ == "acomp" and any(
        t.lower_ in ("as", "than") and t.i in on_path for t in below.subtree
    )


def _measures_comparison(comparative: Token, on_path: set[int]) -> bool:
    """The figure measures how far a comparative goes: "the true number could be three times
    higher", "could be 30 or 40 higher" (a guess at how far off a count is; session 75, wcav75:
    tests/wired d_4, wire2k k_3, wire2n n_1, wire2v v_2, wire2x x_2 golds, all hedged)."""
    if comparative.tag_ not in ("JJR", "RBR"):
        return False
    measure = next((t for t in comparative.children if t.i in on_path), None)
    return measure is not None and measure.dep_ == "npadvmod"
