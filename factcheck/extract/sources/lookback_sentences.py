"""How far back a pronoun looks, in sentences that are more than a quotation mark.

The parser makes a sentence of a closing quotation mark and the paragraph break after it
('"... in serious condition."' then '"\\n\\n'); counted as one of the three sentences a "he"
looks back over, it pushes the speaker of the quotation out of reach, and "He said 52 people
were wounded" opening the next paragraph lost the "he said" two sentences up (tests/wired d_1;
wire copy ends a quoted paragraph so before the speaker goes on).
"""

from __future__ import annotations

from spacy.tokens import Span

_QUOTE_MARKS = "\"“”'‘’"


def worded_sentences_back(sents: list[Span], index: int, count: int) -> int:
    """The index of the sentence ``count`` sentences before ``sents[index]``, not counting a
    sentence of quotation marks only: a closing quotation mark and a paragraph break the
    parser made a sentence of their own
    ('"...serious condition."' + '"\\n\\n') are no sentence of the look-back, or a "He said"
    opening the next paragraph loses the "he said" of the quotation before it (tests/wired
    d_1)."""
    back = index
    while count > 0 and back > 0:
        back -= 1
        if sents[back].text.strip().strip(_QUOTE_MARKS):
            count -= 1  # a timestamp or a "___" rule still counts: it ends a section
    return back
