"""A dispute that names one figure by a singular noun reaches one figure of each sentence it
reaches, not the others beside it. Pure.

Gold README, "Caveat scope": a caveat attaches to the figures it refers to. "rejected that
figure", "rejected that number", "the UN figure", "the company's head count" name one figure;
the sentence it points to often gives others with it: last year's level it is set against
("only about 1,200 officers ..., against nearly 2,000 on the same day last year"), the places
it counts in ("more than 300 people died in the attacks on the district and two nearby
villages"; "up to 3,000 people at Site 4 and two smaller facilities"), a second figure of the
same statement. Golds (tests/wiref f_1 f_3, tests/corpus c3_valdoria_camp): the first figure
of the sentence, the one it reports, is disputed, not the others. A tally or a count may hold
several figures of one result (48 and 45 percent of a vote), so only "figure", "number" and "estimate". Its conversion in
brackets goes with it; a plural ("the figures", "both counts") keeps them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from factcheck.extract.caveats.figure_changes import converts
from factcheck.extract.lexicon import NUMERIC_FIGURE_NOUNS, ONE_FIGURE_NOUNS

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


def names_one_figure(cue: Token) -> bool:
    """The dispute's object is "figure" or "number" in the singular, or several such: "rejected
    that figure", "rejected that number as inflated", "the UN figure". A tally or a count may
    hold several figures of one result ("dismissed the opposition tally" of 48 and 45 percent:
    tests/corpus d2_election gold, both disputed)."""
    for verb in [cue, *list(cue.ancestors)[:2]]:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [c for o in objects for c in o.conjuncts]
        nouns = [o for o in objects if o.lemma_.lower() in NUMERIC_FIGURE_NOUNS]
        if not nouns:
            continue
        # "that figure of 300": a figure the noun gives itself is the sentence's own matter
        return all(
            o.tag_ == "NN"
            and o.lemma_.lower() in ONE_FIGURE_NOUNS
            and not any(t.like_num for t in o.subtree)
            for o in nouns
        )
    return False


def one_per_sentence(indexes: Sequence[int], figures: Sequence[CaveatTarget]) -> list[int]:
    """Of each sentence's figures among ``indexes``, the first, with its conversion."""
    kept: list[int] = []
    seen: set[int] = set()
    for index in sorted(indexes):
        start = figures[index].number.sent.start
        if start not in seen:
            seen.add(start)
            kept.append(index)
        elif (
            kept
            and kept[-1] == index - 1
            and converts(figures[index - 1].number, figures[index].number)
        ):
            kept.append(index)
    return kept
