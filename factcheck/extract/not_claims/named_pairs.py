"""Two named people picked out again: "the two men", "the two Democrats" (issue 11). Pure.

"While the two men barely sparred" after an article has named Mr. Trump and Mr. Kasich counts
nothing a fact-checker would check: "two" is the size of a pair the reader already has by name
(docs/gold-conventions.md "Re-mentions": people named one by one and re-mentioned are not a
claim; realgold12, realgold19 golds: "anaphoric count"). ``pair_re_mentions`` does the same for
"the two candidates", "our two nations". It is read as a re-mention only where two people are
named in the sentence or the three before it, and the sentence tells of no casualty or crime
("The two men were still at large" re-mentions counted suspects, a claim).
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import (
    NAMED_PAIR_CRIME_WORDS,
    NAMED_PAIR_PEOPLE_NOUNS,
    PAIR_RE_MENTION_DETERMINERS,
)

_SENTENCES_BACK = 3


def is_named_pair_re_mention(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are the "two" of "the two men" after two people named."""
    if end - start != 1 or start == 0 or end >= len(doc):
        return False
    token, prev, noun = doc[start], doc[start - 1], doc[end]
    if not (
        token.lower_ == "two"
        and prev.lower_ in PAIR_RE_MENTION_DETERMINERS
        and noun.tag_ in ("NNS", "NNPS")
        and noun.lemma_.lower() in NAMED_PAIR_PEOPLE_NOUNS
        and token.head.i == noun.i
    ):
        return False
    sent = token.sent
    if any(t.lemma_.lower() in NAMED_PAIR_CRIME_WORDS for t in sent):
        return False
    return len(_people_named_before(doc, sent.start, end)) >= 2


def _people_named_before(doc: Doc, sent_start: int, end: int) -> set[str]:
    """Surnames of the PERSON entities from three sentences before ``sent_start`` to ``end``."""
    first = sent_start
    for _ in range(_SENTENCES_BACK):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    return {
        ent[-1].lower_ for ent in doc.ents if ent.label_ == "PERSON" and first <= ent.start < end
    }
