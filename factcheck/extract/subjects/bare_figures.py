"""A word from the clause for a figure no other rule names: its verb, or the noun it hangs on.
Pure.

Issue 11: a figure whose subject comes out empty is always wrong (gold README, "subject":
every claim names what it counts). The real golds name such figures by the verb that takes
them ("lost his investors 19.3 percent" -> "lost", "found nearly 200 more" -> "found") or by
the noun the figure modifies ("a $15 an hour minimum wage" -> "minimum wage"). Given last,
after every other rule and every earlier claim has had its say, so it changes no subject that
was found.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Span

from factcheck.extract.lexicon import EMPTY_CLAUSE_VERBS
from factcheck.extract.subjects.casualty_subjects import participle
from factcheck.extract.subjects.money_subjects import as_written
from factcheck.extract.subjects.noun_phrases import NOUNS, noun_phrase
from factcheck.extract.subjects.participle_doers import with_participle_doer
from factcheck.extract.subjects.superlatives import superlative_word
from factcheck.model import Claim

# steps up the parse from the figure to its verb or noun
_MAX_STEPS = 4


def fill_empty_subjects(claims: Sequence[Claim], figures: Mapping[int, Span]) -> list[Claim]:
    """The claims, each one from a figure whose subject is empty given a word from its clause
    (with the doer before a participle's verb: ``with_participle_doer``).

    Args:
        claims: the article's claims.
        figures: the figure (number and unit) of each claim from a figure, by its start.
    """
    out = []
    for claim in claims:
        figure = figures.get(claim.start)
        word = ""
        if figure is not None and not claim.subject:
            # "the oldest of those freed was 61": the superlative, before any word of the clause
            word = superlative_word(figure) or clause_word(figure)
        if word and figure is not None:
            # "since peaking in 2009 at $3.4 billion": the participle is said of "revenues"
            word = with_participle_doer(figure.root, word)
        out.append(replace(claim, subject=word) if word and not claim.implied else claim)
    return out


def clause_word(figure: Span) -> str:
    """The verb that takes ``figure`` ("lost ... 19.3 percent" -> "lose lost"), or the noun
    outside it that it modifies ("a $15 an hour minimum wage" -> "minimum wage"), or ''."""
    token = figure.root
    for _ in range(_MAX_STEPS):
        if token.head == token:
            return ""
        token = token.head
        if figure.start <= token.i < figure.end:
            continue
        if not any(c.isalnum() for c in token.text):
            continue  # "that ― $1.7 million ― was spent": a dash the parse took for a word
        if token.pos_ == "VERB" and token.lemma_.lower() not in EMPTY_CLAUSE_VERBS:
            # "ELEVEN POLICE KILLED": a casualty verb as the gold names it, "killed"
            return as_written(token, participle(token) if token.is_upper else token.lemma_)
        if token.pos_ in NOUNS and token.is_alpha:
            return noun_phrase(token, after=figure.end - 1 if token.i > figure.end else -1)
        if token.pos_ in ("AUX", "VERB", "SCONJ"):
            return ""  # "there may be as many as three": the clause names nothing
    return ""
