"""A figure in what frames an act of saying is the writer's, not the speaker's.

A reporting verb attributes what it reports: its clause, its object, its quotation. A figure in
a word that tells how often the speaker said it ("He said, twice, that ...", "At least a
half-dozen times, Ruiz cited the plan"), or in a phrase "by", "of" or "in" on "say" that tells
by what margin, of what or in what frame it was said ("Supporters say by 55%-41% that ...",
"By nearly 2-1, they say ...", "he said of the mayor's plan to hire 800 officers", "in a shift
from more than 150 years of law, Lee said that ..."), is the writer's account of the speech,
not a figure the speaker gives (tuning golds: no source, on five articles). "in" frames only
before the verb: after it, it may open what is said ("Police said in addition to the dead
man, two were hurt"). The path goes on past such a verb: "a poll found that roughly three
times as many voters said ..." is the poll's (PolNeAR), and an owned plan in the phrase still
speaks as a stance does (``nominal.py``). "to" phrases are ``attribution_steps._a_topic``'s.

*Invented example.* "Ortiz said, twice, that the plant would stay open" → "twice" has no source;
"Ortiz said twice as many workers would be hired" → "twice" is Ortiz's.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    SPEECH_COUNT_WORDS,
    SPEECH_FRAME_PREPS,
    SPEECH_FRAME_VERBS,
    SPEECH_FRONT_PREPS,
)

# How a count of the speech acts hangs on the verb ("said, twice,", "Six times, Lee cited").
_COUNT_DEPS = frozenset({"advmod", "npadvmod"})


def frames_the_speech(verb: Token, below: Token, number: Token) -> bool:
    """True if the figure at ``number``, under ``verb`` through ``below`` (the verb's child on
    the figure's path), is in a word framing the act of saying, not in what is said."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if below.dep_ in _COUNT_DEPS and _counts_the_acts(below, number):
        return True
    if verb.lemma_.lower() not in SPEECH_FRAME_VERBS or below.dep_ != "prep":
        return False
    if below.lower_ in SPEECH_FRONT_PREPS:
        return below.i < verb.i  # not "Police said in addition to the dead, one was hurt"
    return below.lower_ in SPEECH_FRAME_PREPS


def _counts_the_acts(below: Token, number: Token) -> bool:
    """ "twice", "once", "At least a half-dozen times": the number of times the verb happened."""
    if below.i == number.i and below.lower_ in SPEECH_COUNT_WORDS:
        return True
    return below.lemma_.lower() == "time" and number.head.i == below.i
