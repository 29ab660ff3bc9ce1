"""A figure in what frames an act of saying is the writer's, not the speaker's.

A reporting verb attributes what it reports: its clause, its object, its quotation. A figure in
a word that tells how often the speaker said it ("He said, twice, that ...", "At least a
half-dozen times, Ruiz cited the plan"), or in a phrase "by", "of" or "in" on "say" that tells
by what margin, of what or in what frame it was said ("Supporters say by 55%-41% that ...",
"By nearly 2-1, they say ...", "he said of the mayor's plan to hire 800 officers", "in a shift
from more than 150 years of law, Lee said that ..."), is the writer's account of the speech,
not a figure the speaker gives (tuning golds: no source, on five articles). The count may hang
on the word said rather than on the verb (`Ortiz said "Fox" seven times`, `said the word "jobs"
12 times`: "times" an apposition or adverb of the verb's object), and then reports no other
clause above or beside the verb either: in `Lee suggested ... - "...," Lee said twice` the
parse hangs "suggested" on "said" or "said" on "suggested", yet "twice" counts the saying (realgold48 gold: no source; PolNeAR, a
second article, `said "CNN" five times`; session 64). "in" frames only
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
# How the words said hang on the verb, and how "N times" hangs on those words (`said "Fox"
# seven times`: the parse's appos or npadvmod on the object, or on a "dep" it left unlabelled).
_SAID_DEPS = frozenset({"dobj", "dep"})
_ON_SAID_DEPS = frozenset({"appos", "npadvmod"})


def frames_the_speech(verb: Token, below: Token, number: Token) -> bool:
    """True if the figure at ``number``, under ``verb`` through ``below`` (the verb's child on
    the figure's path), is in a word framing the act of saying, not in what is said."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if counts_the_saying(verb, below, number):
        return True
    if verb.lemma_.lower() not in SPEECH_FRAME_VERBS or below.dep_ != "prep":
        return False
    if below.lower_ in SPEECH_FRONT_PREPS:
        return below.i < verb.i  # not "Police said in addition to the dead, one was hurt"
    return below.lower_ in SPEECH_FRAME_PREPS


def counts_the_saying(verb: Token, below: Token, number: Token) -> bool:
    """True if the figure at ``number`` counts how often ``verb`` (a verb, ``below`` its child
    on the figure's path) happened: "said, twice,", `said "Fox" seven times`. The path stops
    there: no verb above it speaks for the count either."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if below.dep_ in _COUNT_DEPS and _counts_the_acts(below, number):
        return True
    return below.dep_ in _SAID_DEPS and _counts_the_words_said(below, number)


def _counts_the_acts(below: Token, number: Token) -> bool:
    """ "twice", "once", "At least a half-dozen times": the number of times the verb happened."""
    if below.i == number.i and below.lower_ in SPEECH_COUNT_WORDS:
        return True
    return below.lemma_.lower() == "time" and number.head.i == below.i


def _counts_the_words_said(said: Token, number: Token) -> bool:
    """`said "Fox" seven times`, `said the word "jobs" 12 times`: "N times" on the words said
    counts how often they were said (not "said three times as many", a multiplier: ``as``)."""
    times = number.head
    if number.dep_ != "nummod" or times.lemma_.lower() != "time":
        return False
    if times.dep_ not in _ON_SAID_DEPS or times.head.i != said.i:
        return False
    return not any(c.lower_ == "as" for c in times.children)
