"""A poll share left unnamed beside a rating noun measures that rating (issue 11). Pure.

"He has a negative 42%-49% approval rating": the first share of the pair gets only "support";
"Clinton had a high approval rating -- by Election Day, he was hovering near 60%": the share
gets only its verb ("hover hovering"). The golds name the rating ("approval": realgold10,
realgold12), as the README's ``subject`` (what is measured) asks. Given after every other subject
rule, to a share whose subject names nothing but poll support or a verb, when its sentence names
one kind of rating ("approval rating", "favorability ratings").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Span

from factcheck.extract.lexicon import GENERIC_SHARE_SUBJECT_WORDS, RATING_HEAD_NOUNS, RATING_KINDS
from factcheck.extract.subjects.poll_subjects import is_share, unwritten
from factcheck.model import Claim


def name_rated_shares(claims: Sequence[Claim], figures: Mapping[int, Span]) -> list[Claim]:
    """The claims, each share with no named subject given the one rating its sentence names.

    Args:
        claims: the article's claims.
        figures: the figure (number and unit) of each claim from a figure, by its start.
    """
    out = []
    for claim in claims:
        figure = figures.get(claim.start)
        rating = ""
        if figure is not None and not claim.implied and _names_nothing(claim.subject, figure):
            rating = _rating_of(figure.sent) if is_share(figure) else ""
        out.append(replace(claim, subject=rating) if rating else claim)
    return out


def _names_nothing(subject: str, figure: Span) -> bool:
    """True for "", "support", "poll support", or a verb of the figure's clause as written
    ("hover hovering")."""
    words = subject.lower().split()
    if all(w in GENERIC_SHARE_SUBJECT_WORDS for w in words):
        return True
    verbs = {t.lemma_.lower() for t in figure.sent if t.pos_ in ("VERB", "AUX")}
    return unwritten(subject) in verbs


def _rating_of(sent: Span) -> str:
    """The one rating ``sent`` names ("approval rating"), or '' for none or two kinds."""
    found = {
        f"{kind.lower_} {noun.lower_}"
        for noun in sent
        if noun.lower_ in RATING_HEAD_NOUNS
        for kind in noun.children
        if kind.dep_ in ("compound", "amod") and kind.lower_ in RATING_KINDS
    }
    return found.pop() if len(found) == 1 else ""
