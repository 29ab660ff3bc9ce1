"""The words of a sentence that may hedge a figure, read from one index per Doc, are the words
a walk over the sentence would ask about (hedge_words.py, speed55). Texts are invented."""

from __future__ import annotations

import pytest

from factcheck.extract.caveats.hedge_words import hedge_words_in
from factcheck.extract.lexicon import (
    HEDGE_LEMMAS,
    INFERENCE_VERBS,
    PERCEPTION_VERBS,
    SPECULATIVE_MODALS,
)


def _may_hedge(token) -> bool:
    lemma = token.lemma_.lower()
    return (
        token.lower_ in SPECULATIVE_MODALS
        or token.lower_ in HEDGE_LEMMAS
        or lemma in HEDGE_LEMMAS | INFERENCE_VERBS | PERCEPTION_VERBS
    )


@pytest.mark.parametrize(
    "text",
    [
        "The toll could be as high as 150. Police reportedly found 12 more.",
        "It appears both were shot. What sounded like five gunshots rang out.",
        "Officials Believe An Estimated 2,000 Fled.\nThey said 40 people left.",
        "Nothing here hedges 30 people.",
    ],
)
def test_hedge_words_are_the_words_a_walk_would_ask(nlp, text):
    doc = nlp(text)
    for sent in doc.sents:
        walked = [t.i for t in sent if _may_hedge(t)]
        assert [t.i for t in hedge_words_in(sent)] == walked
