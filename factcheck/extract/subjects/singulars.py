"""Irregular plurals in a subject, each followed by its singular: "gunmen" -> "gunmen (gunman)".

Both forms name what is counted, so the gold writes the singular after the plural (gold
README, "subject"); ``subjects.find_subject`` glosses every subject it returns.
"""

from __future__ import annotations

import re

from factcheck.extract.lexicon import IRREGULAR_PLURALS, SINGULAR_MEN_WORDS


def with_singulars(subject: str) -> str:
    """Follow each irregular plural of a subject with its singular: "gunmen" -> "gunmen (gunman)"."""
    low = subject.lower()
    if "men" not in low and not any(w in low for w in IRREGULAR_PLURALS):
        return subject
    return _WORD.sub(_gloss, subject)


_WORD = re.compile(r"[A-Za-z]+")


def _gloss(match: re.Match[str]) -> str:
    word = match.group(0)
    singular = _singular(word.lower())
    return f"{word} ({singular})" if singular else word


def _singular(word: str) -> str:
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith("men") and len(word) > 4 and word not in SINGULAR_MEN_WORDS:
        return word[:-3] + "man"  # "gunmen", "policemen", "congresswomen"
    return ""
