"""A figure a pronoun is put at: "The USGS measured it at 5.7", "while Vortexa put them at about
3.5 million". Pure.

The pronoun stands for the thing the figure before it measured, so the figure measures that
thing again (gold README, "subject": what the figure measures; tests/wirea and tests/wire2d
"the quake ... had a magnitude of 6.4. The U.S. Geological Survey measured it at 5.7" ->
magnitude, tests/wirey "Kpler estimated seaborne crude loadings at 3.3 million barrels a day
..., while Vortexa put them at about 3.5 million" -> loadings). The clause's subject is who
measured it, a source, never what is counted. A figure before it in its sentence says first;
in the sentence before, the nearest of the figure's unit ("a magnitude of 6.4 ... about 500 km (310 miles) west of Kathmandu. The USGS measured it at
5.7": the magnitude, not the distance); the nearest says when none has its unit. A noun of the pronoun's number between that
figure and the verb is what the pronoun stands for instead ("had also suffered losses, putting
them at 10"), so the figure before does not say.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import PRONOUN_RECKONING_VERBS, RECKONED_PRONOUNS
from factcheck.extract.subjects.earlier_subjects import earlier_subject
from factcheck.model import Claim

_NOUNS = frozenset({"NOUN", "PROPN"})


def put_pronoun_subject(figure: Span, claims: Sequence[Claim], unit: str) -> str:
    """What the figure before measured, if ``figure`` (of unit ``unit``) is the object of "at"
    on a verb that puts a pronoun standing for that thing at it; else ''."""
    pronoun = _put_pronoun(figure)
    if pronoun is None:
        return ""
    same_unit = [claim for claim in claims if claim.unit == unit]
    earlier = earlier_subject(claims, figure, sentences_back=0)
    earlier = earlier or earlier_subject(same_unit, figure, sentences_back=1)
    earlier = earlier or earlier_subject(claims, figure, sentences_back=1)
    if not earlier:
        return ""
    verb = pronoun.head
    doer = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    plural = pronoun.lower_ == "them"
    before = [claim for claim in claims if claim.end <= verb.idx]
    last_figure_end = before[-1].end if before else 0
    for token in figure.sent:
        if token.i >= verb.i:
            break
        if token.pos_ not in _NOUNS or token.i in doer or token.idx < last_figure_end:
            continue
        if (token.tag_ in ("NNS", "NNPS")) == plural:
            return ""  # "suffered losses, putting them at 10": the losses
    return earlier


def _put_pronoun(figure: Span) -> Token | None:
    """The pronoun object of the verb that puts it "at" ``figure``, or None."""
    head = figure[-1]
    if head.dep_ != "pobj" or head.head.lower_ != "at":
        return None
    verb = head.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PRONOUN_RECKONING_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in RECKONED_PRONOUNS and child.i < head.i:
            return child
    return None
