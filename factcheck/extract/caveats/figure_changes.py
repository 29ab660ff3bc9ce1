"""A forecast that a figure noun will change, said of a figure given before it: the figure may
change (gold README, `preliminary`: "expected to rise"). Pure.

Wire copy gives a count and then says it may change without repeating it: "'We have counted 23
bodies so far,' he said. 'The number may go up.'" (tests/wired d_1 gold: the 23, and the lede's
and headline's 23), "She said 17 people had been treated. 'We expect that number to go up'"
(wiref f_4: the 17), "set aside 2 million euros ($2.1 million) ..., but that amount is expected
to grow" (wiref f_3: both), "put crop losses at 2.1 billion taka ($17.9 million), a figure that
an official said could double" (wireg g_1: both). The noun ("the number", "that amount", "a
figure that") stands for the figure given just before it: in its own sentence before it, else
in the sentence before. A change said to follow from a count in its sentence ("Nine are
critical, so the number will go up", "96 deaths are under investigation, meaning the toll could
rise": tests/wiree e_1, wireg g_3 golds) is not about that count. A change with a size of its own ("could double to 40", "expected to rise
by 5 percent") is a forecast of a size (hedged), no cue here; a noun that gives its own figure
("the toll of 23") or names what it counts ("the number of schools") is left to the sentence
cues.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.caveat_cues import Cue
from factcheck.extract.caveats.main_counts import main_counts
from factcheck.extract.doctext import span_text
from factcheck.extract.lexicon import (
    ANAPHORIC_DETERMINERS,
    CHANGE_FORECAST_FRAMES,
    CHANGE_FORECAST_MODALS,
    CHANGING_FIGURE_NOUNS,
    CONSEQUENCE_ADVERBS,
    CONSEQUENCE_PARTICIPLES,
    FIGURE_CHANGE_VERBS,
)
from factcheck.extract.token_index import tokens_with_lemma
from factcheck.model import Caveat

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget


def change_cues(doc: Doc) -> list[Cue]:
    """The forecasts of a change of a figure noun, each a preliminary cue on its verb."""
    cues = []
    for verb in tokens_with_lemma(doc, FIGURE_CHANGE_VERBS):
        noun = changing_noun(verb)
        if noun is None or not _forecast(verb) or _sized(verb):
            continue
        up = [c.i for c in verb.children if c.lower_ == "up"]
        start, end = min(noun.i, verb.i), max(noun.i, verb.i, *up) + 1
        cues.append(Cue(kind=Caveat.PRELIMINARY, text=span_text(doc[start:end]), token=verb))
    return cues


def changing_noun(verb: Token) -> Token | None:
    """The figure noun whose change ``verb`` forecasts, when it stands for a figure given
    before: "The number may go up", "that amount is expected to grow", "a figure that could
    double"; None otherwise."""
    if verb.tag_ != "VB":
        return None  # a base form after a modal or "to": not "the toll rose to 30"
    if verb.lemma_.lower() == "go" and not any(
        c.lower_ == "up" and c.dep_ in ("prt", "advmod") for c in verb.children
    ):
        return None
    subject = _subject(verb)
    if subject is None:
        return None
    if subject.tag_ == "WDT" or subject.lower_ in ("that", "which"):
        # "a figure that an official said could double": the noun the clause describes
        clause = next((a for a in subject.ancestors if a.dep_ in ("relcl", "acl")), None)
        if clause is None:
            return None
        noun = clause.head
        return noun if noun.lemma_.lower() in CHANGING_FIGURE_NOUNS else None
    if subject.lemma_.lower() not in CHANGING_FIGURE_NOUNS:
        return None
    if any(c.dep_ == "prep" for c in subject.children) or any(t.like_num for t in subject.subtree):
        return None  # "the number of schools", "the toll of 23": the sentence cues' matter
    if not any(
        c.dep_ in ("det", "poss") and c.lower_ in ANAPHORIC_DETERMINERS for c in subject.children
    ):
        return None  # "a number could go up": no figure it stands for
    return subject


def _subject(verb: Token) -> Token | None:
    """The subject of the change: the verb's own, or that of the frame it completes ("that
    amount is expected to grow", "the toll was likely to rise")."""
    token = verb
    for _ in range(3):
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if token.dep_ not in ("xcomp", "acomp"):
            return None
        token = token.head
    return None


def _forecast(verb: Token) -> bool:
    """A modal on the verb ("may go up") or a frame of expectation ("expected to grow",
    "likely to rise", "expect that number to go up")."""
    if any(c.dep_ == "aux" and c.lower_ in CHANGE_FORECAST_MODALS for c in verb.children):
        return True
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(a.lemma_.lower() in CHANGE_FORECAST_FRAMES for a in list(verb.ancestors)[:2])


def _sized(verb: Token) -> bool:
    """The change has a size or level of its own: "could double to 40", "rise by 5 percent"."""
    return any(t.like_num for c in verb.children if c.dep_ != "nsubj" for t in c.subtree)


def figures_before(noun: Token, figures: Sequence[CaveatTarget]) -> list[int]:
    """The figure the noun stands for, with the conversion in brackets before it: the last
    figure before the noun in its sentence, else the last of the sentence just before."""
    sent = noun.sent
    here = [i for i, f in enumerate(figures) if f.number.sent.start == sent.start]
    here = [i for i in here if figures[i].number.i < noun.i]
    mark = consequence_mark(noun)
    if mark is not None:
        # "Nine are still in critical condition, so the number will go up": the nine are why
        # the toll may rise, not the toll (tests/wiree e_1 gold)
        return [i for i in here if figures[i].number.i > mark][-1:]
    back = not here and sent.start > 0
    if back:
        previous = noun.doc[sent.start - 1].sent.start
        here = [i for i, f in enumerate(figures) if f.number.sent.start == previous]
    if not here:
        return []
    # the sentence before: its main count, not a figure in that count's phrase ("11,240
    # people from 12 villages": the 11,240; main_counts.py)
    last = main_counts(figures, here)[-1] if back else here[-1]
    if last + 1 in here and converts(figures[last].number, figures[last + 1].number):
        return [last, last + 1]  # "2 million euros ($2.1 million)": the count and its conversion
    if last > 0 and last - 1 in here and converts(figures[last - 1].number, figures[last].number):
        return [last - 1, last]
    return [last]


def consequence_mark(word: Token) -> int | None:
    """Where the clause of ``word`` is said to follow from a clause before it in its sentence:
    "..., so I am afraid the number will go up", "..., meaning the official toll could rise"
    (the position of "so" or "meaning"); None when it is not."""
    for token in [word, *word.ancestors]:
        if token.lower_ in CONSEQUENCE_PARTICIPLES and token.dep_ == "advcl":
            return token.i
        for child in token.children:
            if child.lower_ in CONSEQUENCE_ADVERBS and child.dep_ in ("advmod", "cc", "mark"):
                if child.i < word.i:
                    return child.i
    return None


def converts(first: Token, second: Token) -> bool:
    """ "2 million euros ($2.1 million)": the second figure is the first's conversion in
    brackets."""
    between = first.doc[first.i + 1 : second.i]
    return any(t.text == "(" for t in between) and len(between) <= 4
