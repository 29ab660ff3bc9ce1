"""How far back a pronoun looks, in sentences that have words.

The parser makes a sentence of a closing quotation mark and the paragraph break after it
('"... in serious condition."' then '"\\n\\n'); counted as one of the three sentences a "he"
looks back over, it pushes the speaker of the quotation out of reach, and "He said 52 people
were wounded" opening the next paragraph lost the "he said" two sentences up (tests/wired d_1;
wire copy ends a quoted paragraph so before the speaker goes on).
"""

from __future__ import annotations

from spacy.tokens import Span


def worded_sentences_back(sents: list[Span], index: int, count: int) -> int:
    """The index of the sentence ``count`` sentences with words before ``sents[index]``: a
    closing quotation mark and a paragraph break the parser made a sentence of their own
    ('"...serious condition."' + '"\\n\\n') are no sentence of the look-back, or a "He said"
    opening the next paragraph loses the "he said" of the quotation before it (tests/wired
    d_1)."""
    back = index
    while count > 0 and back > 0:
        back -= 1
        if any(t.is_alpha for t in sents[back]):
            count -= 1
    return back
