"""One further instance: "if you ask one more mean question", "we got one more trip around
Ohio", "one more chance to poke fun" (issue 11). Pure.

"one more" before a thing says there is a further one, an idiom that counts nothing checkable
(gold README: idioms are not claims; realgold5, realgold19 golds). People and casualties after
it stay counted ("one more victim died", "one more person was hurt").
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import ONE_MORE_KEPT_NOUNS, PERSON_NOUNS


def is_one_more_idiom(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are the "one" of "one more mean question"."""
    if end - start != 1 or doc[start].lower_ != "one" or end + 1 >= len(doc):
        return False
    if doc[end].lower_ != "more":
        return False
    token = doc[start]
    noun = token.head
    if noun.i <= end or noun.pos_ != "NOUN" or noun.i > end + 4:
        return False  # "one more" on its own, or before a verb
    lemma = noun.lemma_.lower()
    return lemma not in PERSON_NOUNS and lemma not in ONE_MORE_KEPT_NOUNS and noun.tag_ == "NN"
