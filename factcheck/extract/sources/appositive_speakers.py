"""A speaker the parse reads as an apposition of the phrase before it: "At the city hospital,
a doctor who asked not to be named said ...", "In Dara, one of the worst hit, a local teacher
reached by phone said ...", "..., a spokeswoman there said." The parse hangs the speaker's
noun on the place or noun before its comma and leaves the reporting verb without a subject;
the apposition that runs right up to the verb is its subject, an unnamed source as the gold
writes it (tests/wirek k_1, tests/wiren n_5, tests/wirew w_1 golds: "a doctor", "a local elder
reached by phone", "a 31-year-old nurse at the general hospital", anonymous; the extract
gave no source).

Notes:
    Gold README, "Source kinds" (unnamed people -> anonymous); ``verb_subject.py`` asks it
    among the other misparsed subjects.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import ACCORDING_TO

_SPEAKER_POS = frozenset({"NOUN", "PROPN"})


def speaker_read_as_apposition(verb: Token) -> Token | None:
    """The apposition set off by a comma whose words end right before the subjectless
    ``verb`` ("..., a spokeswoman there said"), or None."""
    doc = verb.doc
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    if verb.i < 3 or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    token = doc[verb.i - 1]
    while token.dep_ != "appos":
        if token.head.i == token.i or token.head.i >= verb.i:
            return None
        token = token.head
    if token.pos_ not in _SPEAKER_POS or token.right_edge.i != verb.i - 1:
        return None
    if any(a.lower_ == ACCORDING_TO[0] for a in token.ancestors):
        return None  # "According to exit polls by X, majorities of voters say": the poll's
    if token.left_edge.i < 1 or doc[token.left_edge.i - 1].text != ",":
        return None
    return token


def speaks_as_apposition(noun: Token) -> bool:
    """``noun`` is a speaker the parse read as an apposition ("In Kisumu, a nurse at the
    clinic said"): the subject the verb right after its words lacks."""
    after = noun.right_edge.i + 1
    if noun.dep_ != "appos" or after >= len(noun.doc):
        return False
    speaker = speaker_read_as_apposition(noun.doc[after])
    return speaker is not None and speaker.i == noun.i
