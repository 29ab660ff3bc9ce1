"""A source that says "the real number is higher" of its own count does not dispute it. Pure.

Gold README, "disputed": *someone* contests the figure. After a count, the counter often adds
that its count is a floor: "The agency said its tally was based on bodies recovered ... and
that the true number was probably higher" after the IOM's "at least 73" (tests/wirem m_2
gold: no caveat), "It said the real number was likely higher" after the committee's 26
journalists killed (tests/wireo o_5 gold and README: no caveat, "the real number was likely
higher" says the count is low, not that anyone contests it). Said by another source ("several
mayors said the real number was far higher", "families say the real number is far higher") it
still disputes the figure.

The speaker is the previous sentence's source when the cue's reporting verb has a pronoun
subject ("It said", "They say") or a bare definite noun that describes a body ("The agency
said", "The group said": ``ORG_DESCRIPTOR_NOUNS``), and the figures it follows are in the
sentence just before. A named speaker is matched by source key in ``attach_cue`` as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from factcheck.extract.caveats.caveat_cues import Cue
from factcheck.extract.lexicon import (
    CAVEAT_SPEAKER_VERBS,
    CONTESTED_SIZE_PATTERNS,
    ORG_DESCRIPTOR_NOUNS,
    REPORTING_VERBS,
)
from factcheck.model import Caveat, SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

# "the real number was far higher": the pattern of a count said to be too low or too high
_REAL_NUMBER_RE = re.compile("|".join(CONTESTED_SIZE_PATTERNS[1:]), re.I)
_CONTINUING_PRONOUNS = frozenset({"it", "they", "he", "she"})


def own_floor(cue: Cue, figures: Sequence[CaveatTarget], earlier: Sequence[int]) -> bool:
    """The cue is "the real number is higher" said by the source of ``earlier``, the figures
    of the sentence just before the cue's."""
    if cue.kind is not Caveat.DISPUTED or not _REAL_NUMBER_RE.search(cue.text) or not earlier:
        return False
    sent = cue.token.sent
    last = figures[earlier[-1]]
    if last.source.kind is SourceKind.NONE or sent.start == 0:
        return False
    if last.number.sent.start != cue.token.doc[sent.start - 1].sent.start:
        return False
    subject = _speaker(cue.token)
    return subject is not None and _continues(subject)


def _speaker(cue: Token) -> Token | None:
    """The subject of the reporting verb the cue's clause hangs on."""
    for verb in cue.ancestors:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_VERBS | CAVEAT_SPEAKER_VERBS:
            continue
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def _continues(subject: Token) -> bool:
    """ "It", "They", "The agency", "The group": a mention of the source just quoted."""
    if subject.pos_ == "PRON":
        return subject.lower_ in _CONTINUING_PRONOUNS
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in ORG_DESCRIPTOR_NOUNS:
        return False
    return [c.lower_ for c in subject.children] == ["the"]
