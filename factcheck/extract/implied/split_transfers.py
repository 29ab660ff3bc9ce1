"""A transfer by air whose verb the tokenizer splits at its hyphen: "A man was life-flighted to
a hospital", "Jones was Care-Flighted to a trauma center", "A woman was air-lifted to Mercy
Hospital" (impl56b). Pure.

"was airlifted / medflighted to a hospital" is one verb with a passive subject, read with the
other verbs of transfer (``HOSPITAL_VERBS``: hurt, gold README "Repeats"). Split, "flighted"
becomes an adjective or attribute of "was" (or a conjunct of "med" read as the verb), and the
person is the subject of "was", not a passive subject: this module finds them. Whether the
transfer goes to a place of care is the caller's (``care_places.to_hospital``).
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import SPLIT_TRANSFER_LEMMAS, SPLIT_TRANSFER_PIECES


def is_split_transfer(token: Token) -> bool:
    """ "flighted" in "life-flighted", "lifted" in "air-lifted" (not "lifted" alone, nor
    "spirit-lifted")."""
    if token.lemma_.lower() not in SPLIT_TRANSFER_LEMMAS or token.i < 2:
        return False
    hyphen, piece = token.doc[token.i - 1], token.doc[token.i - 2]
    return hyphen.text == "-" and piece.lower_ in SPLIT_TRANSFER_PIECES


def split_transfer_subjects(token: Token) -> list[Token]:
    """Who was carried: the subject of the "was" the split verb hangs on ("A man was
    life-flighted"), or the passive subject of the misread first piece ("was med-flighted")."""
    if not is_split_transfer(token):
        return []
    own = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own:
        return own
    head = token.head
    if token.dep_ in ("acomp", "attr") and head.lemma_ == "be":
        return [c for c in head.children if c.dep_ == "nsubj"]
    if token.dep_ == "conj" and head.i == token.i - 2:
        return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return []
