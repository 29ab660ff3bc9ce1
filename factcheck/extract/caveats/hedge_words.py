"""The words of a sentence that ``caveat_hedges.hedge_of`` may take for a hedge, from one index
per Doc.

``hedge_of`` read every word of the figure's sentence, nearest first, and asked each whether it
guesses at a size, is a hedge word, or infers or perceives the figure's clause; some 50,000
asks in 240 articles, nearly all of words that are none of these (speed55). Each ask needs the
word to be a speculative modal ("could"), a hedge by its form or lemma ("reportedly",
"believe") or an inference or perception verb ("appear", "sound"); any other word is passed
over. Only the words with one of these forms or lemmas are listed here, found once per Doc,
so ``hedge_of`` asks the same questions of fewer words and returns what it did.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    HEDGE_LEMMAS,
    INFERENCE_VERBS,
    PERCEPTION_VERBS,
    SPECULATIVE_MODALS,
)
from factcheck.extract.token_index import tokens_with_lemma, tokens_with_lower

_KEY = "factcheck_hedge_words"
# a guess at a size ("could be as high as"), or a hedge word by its form
_HEDGE_FORMS = SPECULATIVE_MODALS | HEDGE_LEMMAS
# a hedge word by its lemma, or a verb that infers or perceives ("appears", "sounded like")
_HEDGE_LEMMAS = HEDGE_LEMMAS | INFERENCE_VERBS | PERCEPTION_VERBS


def hedge_words_in(sent: Span) -> list[Token]:
    """The tokens of ``sent`` that may hedge a figure (module docstring), in text order."""
    doc = sent.doc
    positions: list[int] | None = doc.user_data.get(_KEY)
    if positions is None:
        found = tokens_with_lower(doc, _HEDGE_FORMS) + tokens_with_lemma(doc, _HEDGE_LEMMAS)
        positions = doc.user_data[_KEY] = sorted({t.i for t in found})
    first, last = bisect_left(positions, sent.start), bisect_left(positions, sent.end)
    return [doc[i] for i in positions[first:last]]
