"""A figure whose subject is only a verb of saying names what is said (issue 11). Pure.

Poll shares and ratios often hang on "say" or "feel" with no noun of their own ("Just shy of
half, 49%, say the sharing economy reflects an improvement", "By nearly 2-1, they say
transgender individuals should ...", "three times as many African-Americans said their
family's financial situation had improved"); the clause word the subject rules fall back on is
then the verb ("say", "times said"), which names nothing counted. The golds name what is said
("sharing economy", "transgender", "financial situation": realgold7, realgold8, realgold30),
as the README's ``subject`` asks. The subject of the said clause is added after the verb, so
the verb still stands (a gold of "said" stays right); a pronoun ("that won't be true") names
nothing and leaves the subject as it was. Given after every other subject rule has filled what
it could (the verb is the clause-word fill's, ``bare_figures``), as ``unit_holders`` is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import SAID_ONLY_COMPANIONS, SAID_ONLY_VERBS
from factcheck.extract.subjects.noun_phrases import NOUNS, head_phrase
from factcheck.model import Claim


def name_said_topics(claims: Sequence[Claim], figures: Mapping[int, Span]) -> list[Claim]:
    """The claims, each one from a figure whose subject is only a verb of saying given what is
    said.

    Args:
        claims: the article's claims.
        figures: the figure (number and unit) of each claim from a figure, by its start.
    """
    out = []
    for claim in claims:
        figure = figures.get(claim.start)
        if figure is None or claim.implied:
            out.append(claim)
            continue
        subject = said_topic(figure, claim.subject)
        out.append(claim if subject == claim.subject else replace(claim, subject=subject))
    return out


def said_topic(figure: Span, subject: str) -> str:
    """``subject`` with the subject of the clause its verb of saying says, when ``subject`` is
    only that verb (and perhaps "times"); ``subject`` as it is otherwise."""
    words = subject.lower().split()
    verbs = [w for w in words if w not in SAID_ONLY_COMPANIONS]
    if not verbs:
        return subject
    said = _said_verb(figure, set(verbs))
    if said is None:
        return subject
    topic = _topic(said)
    return f"{subject} {topic}" if topic else subject


def _said_verb(figure: Span, words: set[str]) -> Token | None:
    """The verb of saying in the figure's sentence whose forms are all of ``words``."""
    for token in figure.sent:
        if token.pos_ != "VERB" or token.lemma_.lower() not in SAID_ONLY_VERBS:
            continue
        if words <= {token.lower_, token.lemma_.lower()}:
            return token
    return None


def _topic(verb: Token) -> str:
    """The noun subject of the clause ``verb`` says ("say the sharing economy reflects ..." ->
    "sharing economy"), or '' for a pronoun or no said clause."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return ""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in NOUNS:
        return ""
    return head_phrase(subject, after=subject.left_edge.i - 1)
