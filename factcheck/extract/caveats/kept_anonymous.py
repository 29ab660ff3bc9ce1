"""A source the text says is kept unnamed: "said the father, who wished to remain anonymous",
"One senator, speaking anonymously, said", "an official who was not authorized to discuss the
talks". The cue may stand in the figure's sentence or in another sentence where the same
source speaks ("two cars were blocking traffic," said the father ... "said the father, who
wished to remain anonymous"): every figure of that source is anonymous (gold README,
`anonymous_source`: "on condition of anonymity"; realgold16 gold, "the father"; session 37,
anon45).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from factcheck.extract.doctext import span_text

_CUES = "factcheck_anonymity_cues"  # sentence_anonymity per sentence
ANONYMITY_RE = re.compile(
    r"\b(?:on (?:the )?condition (?:of anonymity|that (?:he|she|they|it) not be "
    r"(?:named|identified|quoted))|(?:speaking|spoke|responded|talking|talked) anonymously|"
    r"(?:requested|insisted on|was granted|were granted|was given|were given) anonymity|"
    r"declined to be (?:named|identified)|"
    r"(?:asked|wished|wanted|preferred|agreed) (?:not to be (?:named|identified)|"
    r"to remain anonymous|anonymity)|"
    r"(?:did not|didn't|does not|doesn't|do not|don't) want (?:to be (?:named|identified)|"
    r"(?:his|her|their) names? (?:used|published|printed))|"
    r"would not be (?:named|identified)|"
    r"not authori[sz]ed to (?:speak|comment|discuss|talk|disclose|reveal|release)|"
    r"(?:speak|spoke|speaking) (?:only )?on background)\b",
    re.I,
)


def anonymity_cue(text: str) -> str | None:
    """The words that keep a source unnamed in ``text``, or None."""
    match = ANONYMITY_RE.search(text)
    return match.group(0) if match else None


def sentence_anonymity(sent: Span) -> str | None:
    """``anonymity_cue`` of the sentence's text, kept per Doc: every figure of the sentence
    asks it (speed55)."""
    known: dict[tuple[int, int], str | None] = sent.doc.user_data.setdefault(_CUES, {})
    if (sent.start, sent.end) not in known:
        known[sent.start, sent.end] = anonymity_cue(span_text(sent))
    return known[sent.start, sent.end]


def kept_anonymous(sent: Span, source_text: str) -> bool:
    """The source of a figure in ``sent`` is kept unnamed: the cue is in that sentence, or in
    another sentence of the article that has the same source phrase ("the father")."""
    if sentence_anonymity(sent):
        return True
    phrase = source_text.strip().lower()
    if not phrase:
        return False
    return any(_cued_with(s, phrase) for s in _sentences(sent.doc) if s.start != sent.start)


def _cued_with(sent: Span, phrase: str) -> bool:
    text = span_text(sent)
    return phrase in text.lower() and sentence_anonymity(sent) is not None


def _sentences(doc: Doc) -> list[Span]:
    return list(doc.sents)
