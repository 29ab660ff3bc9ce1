"""A caveat on "the toll" is about the article's toll: the figures that state it, however far
back. Pure.

Gold README, preliminary ("expected to rise"), and "Caveat scope" (a caveat attaches to the
figures it refers to). Wire copy gives the toll in its lede ("Air strikes killed at least 47
people, the ministry said"), its parts later ("Shelling of the camp killed 29 ... It said the
remaining 18 deaths came from a drone strike"), and the warning after them: "and warned that
the overall toll was likely to rise" (tests/wirea a_1 gold: the lede's 47 and the headline's
preliminary, not the 29 or the 18). The same warning comes paragraphs after the lede ("The
agency said the toll was provisional and could rise": tests/corpus mediterranean_shipwreck,
the lede's 61; "He said ... the death toll was expected to rise": c1_strikes_kessa, the lede's
23), or right after it in a live page whose later posts repeat the toll ("has killed at least
38 people. Officials warn the toll is likely to rise" ... "Toll rises to 38": tests/wireb b_5,
every 38, not the 31 it rose from). "The number of dead and injured is likely to go up" names
the lede's counts of the wounded too (tests/wirea a_2: the 132 killed and 140 injured). The toll
given again as bodies is the toll ("At least 17 people were killed ..., warning that the toll
was expected to rise" ... "We have brought out 17 bodies": tests/wirek k_1 gold, the 17 bodies
preliminary).

The toll is what the article's first sentence with a figure (the lede, after the headline)
gives: its counts of the dead (and of the wounded, when the cue names them), not a part of them
("among them seven children"), and every figure of the same value that counts the same harm. A belligerent's count of the enemy it
killed ("its forces had killed more than 50 militants") is its claim of its action's results,
not the toll of the attack. A toll the cue's own noun phrase gives ("the toll of 23 is expected
to rise") is left to the cue's sentence, as before.

A warning in a sentence where another source gives its own count of the dead is about that
count, not the lede's (gold README, "Caveat scope": the figures of the same source, not those of
a different source): "the coalition had documented 34 deaths, ... and that 'the toll is likely
to rise'" after a lede whose 27 comes from a commission (tests/wirex x_4 gold: preliminary on
the 34, not the 27). A part of the toll ("19 of the dead were recruits") is no count of its own:
the annotators differ on whether such parts share the warning (wirew w_3 yes, wiren n_1 no), so
these are left as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.armed_parties import counts_war_harm
from factcheck.extract.caveats.caveat_cues import Cue
from factcheck.extract.caveats.caveat_scope import source_key
from factcheck.extract.caveats.cue_relations import (
    counts_casualties,
    counts_only_the_hurt,
    named_figure,
)
from factcheck.extract.doctext import doc_text
from factcheck.extract.headlines import find_headline_end
from factcheck.extract.lexicon import (
    BODY_COUNT_NOUNS,
    OVERALL_TOLL_NOUNS,
    TOLL_DEATH_WORDS,
    TOLL_NUMBER_NOUNS,
    TOLL_PART_PREPS,
    TOLL_WOUND_WORDS,
    WAR_HARM_WORDS,
)
from factcheck.model import Caveat

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


def overall_toll_figures(
    doc: Doc,
    cue: Cue,
    figures: Sequence[CaveatTarget],
    own_action: Callable[[CaveatTarget], bool],
) -> list[int] | None:
    """Indexes of the figures that state the toll a preliminary cue names ("the overall toll
    was likely to rise"), or None when the cue names no toll of the article's lede."""
    if cue.kind is not Caveat.PRELIMINARY:
        return None
    harm = _named_toll(cue)
    if harm is None:
        return None
    headline_end = find_headline_end(doc_text(doc))
    body = [f for f in figures if f.number.idx >= headline_end]
    if not body:
        return None
    lede = [
        f
        for f in body
        if f.number.sent.start == body[0].number.sent.start
        and f.value is not None
        and harm(f)
        and not own_action(f)
        and not is_a_part(f.number)
    ]
    tolls = {(f.value, f.unit) for f in lede}
    if not tolls:
        return None
    own = _speakers_own_toll(cue, figures, harm, lede)
    if own:
        return own
    # the toll given again as bodies: "We have brought out 17 bodies" (tests/wirek k_1 gold)
    return [
        i
        for i, f in enumerate(figures)
        if (f.value, f.unit) in tolls and (harm(f) or _counts_bodies(f))
    ]


def _speakers_own_toll(
    cue: Cue,
    figures: Sequence[CaveatTarget],
    harm: Callable[[CaveatTarget], bool],
    lede: Sequence[CaveatTarget],
) -> list[int]:
    """The counts of the dead that the cue's own sentence gives, before the cue, from a source
    other than the lede's, of a value the lede does not give: that source's toll, which its
    warning is about. [] when there is none."""
    lede_keys = {source_key(f.source) for f in lede} | {""}
    lede_values = {(f.value, f.unit) for f in lede}
    sent = cue.token.sent
    return [
        i
        for i, f in enumerate(figures)
        if f.number.sent.start == sent.start
        and f.number.i < cue.token.i
        and f.value is not None
        and (f.value, f.unit) not in lede_values
        and source_key(f.source) not in lede_keys
        and harm(f)
        and not is_a_part(f.number)
        and not _partitive(f.number)
    ]


def _partitive(number: Token) -> bool:
    """ "19 of the dead": a part of a count, not a count of its own."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in number.children)


def _counts_bodies(figure: CaveatTarget) -> bool:
    """ "17 bodies": a count of the dead by their bodies."""
    number = figure.number
    counted = number.head if number.dep_ == "nummod" else number
    return counted.lemma_.lower() in BODY_COUNT_NOUNS


def _named_toll(cue: Cue) -> Callable[[CaveatTarget], bool] | None:
    """What the toll the cue names counts: the dead ("the toll", "the death toll"), or the dead
    and the wounded ("the number of dead and injured"); None for another figure noun or a toll
    its own phrase sizes ("the toll of 23") or owns ("AFAD's toll")."""
    named = named_figure(cue)
    if named is None or any(t.like_num or t.dep_ == "poss" for t in named.subtree):
        return None
    lemma = named.lemma_.lower()
    if lemma in OVERALL_TOLL_NOUNS:
        return counts_the_dead
    if lemma in TOLL_NUMBER_NOUNS:
        # the words of the subject up to the cue: "the number of dead and injured"
        harmed = {t.lower_ for t in cue.token.doc[named.i : max(named.i, cue.token.i)]}
        if harmed & TOLL_WOUND_WORDS:
            return _counts_harm
        if harmed & WAR_HARM_WORDS:
            return counts_the_dead
    return None


def counts_the_dead(figure: CaveatTarget) -> bool:
    """The figure counts the dead: "killed at least 47", "are feared to have drowned"; not the
    injured the parse hangs on the killing ("killed and about 1,900 injured")."""
    if counts_only_the_hurt(figure):
        return False
    return counts_casualties(figure) or _by_death_word(figure.number)


def _counts_harm(figure: CaveatTarget) -> bool:
    """The figure counts the dead or the wounded."""
    return counts_war_harm(figure) or _by_death_word(figure.number)


def _by_death_word(number: Token) -> bool:
    """A death the casualty words do not name, on the figure's verbs: "61 migrants are feared
    to have drowned"."""
    verbs = [t for t in number.ancestors if t.pos_ in ("VERB", "AUX")][:3]
    return any(
        v.lemma_.lower() in TOLL_DEATH_WORDS or c.lower_ in TOLL_DEATH_WORDS
        for v in verbs
        for c in [v, *v.children]
    )


def is_a_part(number: Token) -> bool:
    """A part of the toll its sentence gives: "among them seven children", "including 11
    children": the words just before the figure name it a part."""
    before = number.doc[max(number.sent.start, number.i - 3) : number.i]
    return any(t.lower_ in TOLL_PART_PREPS for t in before)


def same_toll_figures(doc: Doc, figures: Sequence[CaveatTarget], index: int) -> list[int]:
    """The figures that state the lede's toll when figure ``index`` gives it again: "killing at
    least 23 people" in the lede and "We have counted 23 bodies so far" later (tests/wired d_1
    gold: a caveat on the later 23 is on the lede's and the headline's); [] when the figure
    is no count of the dead or not the lede's toll."""
    figure = figures[index]
    if figure.value is None or not (counts_the_dead(figure) or _counts_bodies(figure)):
        return []
    headline_end = find_headline_end(doc_text(doc))
    body = [f for f in figures if f.number.idx >= headline_end]
    if not body:
        return []
    lede = body[0].number.sent.start
    tolls = {
        (f.value, f.unit)
        for f in body
        if f.number.sent.start == lede and counts_the_dead(f) and not is_a_part(f.number)
    }
    if (figure.value, figure.unit) not in tolls:
        return []
    return [i for i, f in enumerate(figures) if (f.value, f.unit) in tolls and counts_the_dead(f)]
