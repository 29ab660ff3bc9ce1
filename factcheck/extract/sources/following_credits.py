"""A sentence that credits the one before it: "The storm left 40,000 customers without power.
That's according to Duke Energy." (local broadcast style).

The "according to" stands in a sentence of its own whose subject, "that" or "this", is the
sentence before; its object is the source of that sentence's figures (gold README, "Source
kinds"; the same attribution as "..., according to Duke Energy").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.sources.reporting_verbs import according_to_object

# The pronouns that point back to the sentence before.
_POINTERS = frozenset({"that", "this"})


def credited_after(doc: Doc, number: Token) -> Token | None:
    """The object of "That's according to X." when that sentence comes right after the
    figure's sentence; None otherwise."""
    end = number.sent.end
    while end < len(doc) and doc[end].is_space:
        end += 1
    if end >= len(doc):
        return None
    after = doc[end].sent
    # its first two words, not all of them (asked per figure; speed55)
    words = (t for t in after if not t.is_space and not t.is_punct)
    first, second = next(words, None), next(words, None)
    if first is None or second is None or first.lower_ not in _POINTERS or first.dep_ != "nsubj":
        return None
    root = after.root
    if root.lemma_.lower() != "be" or any(t.like_num for t in after):
        return None
    return next(filter(None, map(according_to_object, root.children)), None)
