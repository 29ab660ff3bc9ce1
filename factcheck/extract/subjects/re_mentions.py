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
from factcheck.model import Approx, Claim

_VERBS = "factcheck_sentence_verb_forms"  # _verb_forms per sentence


def re_mentioned_subject(
    claims: Sequence[Claim],
    span: Span,
    figure: Span,
    value: float,
    unit: str,
    subject: str,
    *,
    said_as: tuple[float | None, Approx] | None = None,
) -> str:
    """The subject ``span`` (the mention; ``figure`` its number) takes from an earlier claim of
    the same figure, or ``subject`` as it is."""
    subject = _after_demonstrative(claims, span, value, unit) or subject
    return named_before(claims, figure, value, unit, subject, said_as=said_as) or subject


def _after_demonstrative(claims: Sequence[Claim], span: Span, value: float, unit: str) -> str:
    """ "that 6.4 percent pace": a figure after a demonstrative is the earlier one again.

    Not a figure with its own noun after "that" as a conjunction ("strategists think that at
    least two mainstream candidates will ...": tagged IN) or a relative ("the bill that 60
    senators backed": WDT): it is said afresh, and an earlier claim of the same value counts
    something else. A bare count after the conjunction ("confirmed that three were deceased")
    still takes the earlier one's (subjB41b: GVA casualty counts).
    """
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ not in ("that", "this"):
        return ""
    if before.tag_ != "DT" and _names_own_noun(span):
        return ""
    earlier = [c for c in claims if c.value == value and c.unit == unit and c.subject]
    return earlier[0].subject if earlier else ""


def named_before(
    claims: Sequence[Claim],
    figure: Span,
    value: float,
    unit: str,
    subject: str,
    *,
    said_as: tuple[float | None, Approx] | None = None,
) -> str:
    """The subject of the nearest earlier claim of the same figure when ``subject`` names
    nothing counted, or ''; one said the same way (``said_as``: its high end and qualifier)
    first: 'calculated that 90 percent were sent' names what the first "90 percent" counted,
    not the nearer "more than 90% of those emails"."""
    if not _names_nothing(figure, subject):
        return ""
    earlier = [
        c
        for c in reversed(claims)
        if not c.implied and c.value == value and c.unit == unit and c.subject
        if c.subject != subject
    ]
    # the same figure said the same way first ("90 percent" again, not "more than 90%"), then
    # any earlier claim of its value, nearest first
    same = [c for c in earlier if (c.high, c.approx) == said_as]
    return (same or earlier)[0].subject if earlier else ""


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


def _names_own_noun(span: Span) -> bool:
    """True if the figure counts a plural noun right after the span: "20 states", "between 100
    and 150 others" (the parse hangs the range's first number on the noun). Plural only: the
    demonstrative "that" takes a singular ("expect that 6.4 percent pace to ease", which the
    parse may tag as the conjunction), so a plural noun tells the conjunction (subjB41)."""
    return any(
        t.dep_ in ("nummod", "quantmod", "compound")
        and t.head.tag_ in ("NNS", "NNPS")
        and t.head.i >= span.end
        for t in span
    )


def _verb_forms(sent: Span) -> list[tuple[str, str]]:
    """The (lowercase form, lowercase lemma) of each verb of ``sent``: asked for every figure
    of the sentence, they are kept per Doc (speed55)."""
    known: dict[tuple[int, int], list[tuple[str, str]]] = sent.doc.user_data.setdefault(_VERBS, {})
    if (sent.start, sent.end) not in known:
        verbs = [t for t in sent if t.pos_ in ("VERB", "AUX")]
        known[sent.start, sent.end] = [(t.lower_, t.lemma_.lower()) for t in verbs]
    return known[sent.start, sent.end]
