"""A figure named again takes the subject of the same figure earlier in the article (issue 11):
after a demonstrative ("that 6.4 percent pace"), or when its own clause names nothing counted.
Pure.

Golds name a figure said again by what it counted the first time ("supports a $12 wage" ...
"by going for $12" -> "wage"; "win at least eight states" ... "this eight state
qualification" -> "states"; a tweet's "2 people shot" again -> "shot": realgold3, realgold14,
realgold19, realgold20 golds). A repeat whose clause gives only an empty subject or the verb
that takes it ("going for $12" -> "go going") has nothing of its own to say.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from factcheck.extract.lexicon import NAMING_VERBS
from factcheck.model import Claim

_VERBS = "factcheck_sentence_verb_forms"  # _verb_forms per sentence


def re_mentioned_subject(
    claims: Sequence[Claim], span: Span, figure: Span, value: float, unit: str, subject: str
) -> str:
    """The subject ``span`` (the mention; ``figure`` its number) takes from an earlier claim of
    the same figure, or ``subject`` as it is."""
    subject = _after_demonstrative(claims, span, value, unit) or subject
    return named_before(claims, figure, value, unit, subject) or subject


def _after_demonstrative(claims: Sequence[Claim], span: Span, value: float, unit: str) -> str:
    """ "that 6.4 percent pace": a figure after a demonstrative is the earlier one again.

    Not after "that" as a conjunction ("strategists think that at least two mainstream
    candidates will ...": tagged IN) or a relative ("the bill that 60 senators backed": WDT):
    the figure is said afresh, and an earlier claim of the same value counts something else.
    """
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ not in ("that", "this") or before.tag_ != "DT":
        return ""
    earlier = [c for c in claims if c.value == value and c.unit == unit and c.subject]
    return earlier[0].subject if earlier else ""


def named_before(
    claims: Sequence[Claim], figure: Span, value: float, unit: str, subject: str
) -> str:
    """The subject of the nearest earlier claim of the same figure when ``subject`` names
    nothing counted, or ''."""
    if not _names_nothing(figure, subject):
        return ""
    for claim in reversed(claims):
        if claim.implied or claim.value != value or claim.unit != unit:
            continue
        if claim.subject and claim.subject != subject:
            return claim.subject
    return ""


def _names_nothing(figure: Span, subject: str) -> bool:
    """True for an empty subject, or one that is only a verb of the figure's sentence as the
    parse found it for want of a noun ("go going", "win", "think"); not a verb that names what
    is counted ("killed", "raised", "spent")."""
    words = subject.lower().split()
    if not words:
        return True
    verbs = _verb_forms(figure.sent)
    forms = {lower for lower, _ in verbs} | {lemma for _, lemma in verbs}
    if not all(w in forms for w in words):
        return False
    return not any(lemma in NAMING_VERBS for lower, lemma in verbs if lower in words)


def _verb_forms(sent: Span) -> list[tuple[str, str]]:
    """The (lowercase form, lowercase lemma) of each verb of ``sent``: asked for every figure
    of the sentence, they are kept per Doc (speed55)."""
    known: dict[tuple[int, int], list[tuple[str, str]]] = sent.doc.user_data.setdefault(_VERBS, {})
    if (sent.start, sent.end) not in known:
        verbs = [t for t in sent if t.pos_ in ("VERB", "AUX")]
        known[sent.start, sent.end] = [(t.lower_, t.lemma_.lower()) for t in verbs]
    return known[sent.start, sent.end]
