"""Poll shares given as a margin that opens the sentence: "By 61%-30%, those polled said the
park should stay", "By a wide 77%-15%, retirees back the levy".

Gold README, "subject": what is counted. Both shares count the group the main clause names
(those polled, retirees), not "poll support" nor a noun of the answer ("the levy") nor the
answer's own subject ("park"). Tuning gold realgold31 names
"surveyed" for such a pair; pool63 (session 63) had two more sentences of the shape, all four
shares wrong.
"""

from __future__ import annotations

from spacy.tokens import Span

from factcheck.extract.lexicon import PERCENT_WORDS, POLL_NOUNS, POLL_WORDS
from factcheck.extract.subjects.noun_phrases import NOUNS, described_pronoun, noun_phrase
from factcheck.extract.subjects.poll_subjects import poll_cue


def by_margin_group(figure: Span) -> str:
    """The group a percentage counts when it stands in a "By X%-Y%," opening its sentence:
    "those polled", "retirees"; or ''."""
    if not any(t.lower_ in PERCENT_WORDS or t.text.endswith("%") for t in figure):
        return ""
    sent = figure.sent
    words = [t for t in sent if not t.is_punct]
    if not words or words[0].lower_ != "by" or words[0].i > figure.start:
        return ""
    comma = next((t for t in sent if t.text == "," and t.i >= figure.end), None)
    if comma is None or any(t.text == "," for t in sent[: comma.i - sent.start]):
        return ""  # the margin and nothing else before the first comma
    verb = words[0].head
    groups = [c for c in verb.children if c.dep_ == "nsubj" and c.i > comma.i]
    if not groups:
        return ""
    group = groups[0]
    if group.pos_ in NOUNS:
        # a poll near it ("By 10 percent, the council cut ..." is no poll's margin)
        return noun_phrase(group, after=comma.i) if poll_cue(sent, _POLL_CUES) else ""
    described = described_pronoun(group)  # "those surveyed", "those polled"
    return f"{group.text} {described}" if described else ""


_POLL_CUES = POLL_WORDS | POLL_NOUNS
