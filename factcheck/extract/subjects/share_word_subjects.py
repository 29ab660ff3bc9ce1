"""A subject made only of a share's own words names nothing counted (subj52).

"More than half of the mayor's support (58 percent) comes from retirees": the parse hangs the
bracketed percentage on "half", so its subject is the share that it restates, not what that
share counts (the support); "she asks for $200 billion - half of what the senator proposed":
the sum is a share of an earlier sum, "as many as three-fourths of them" read without its
"of". Such a figure counts what the figure before it counts (``claims.py``).
"""

from __future__ import annotations

from factcheck.extract.lexicon import FRACTION_WORDS, SHARE_WORD_QUALIFIERS


def names_only_a_share(subject: str) -> bool:
    """True for a subject of a fraction word and its qualifiers alone: "half", "more than
    half", "fourths"; not "half the vote" or "a third of voters"."""
    words = subject.lower().split()
    if not any(w in FRACTION_WORDS for w in words):
        return False
    return all(w in FRACTION_WORDS or w in SHARE_WORD_QUALIFIERS for w in words)
