"""The speaker of an earlier reporting verb the parse left without a subject, for a pronoun's
look-back: "At the district hospital, a nurse who asked not to be named said 9 babies had died.
The ward's 30 cots held 70, she said."

The parse hangs the speaker's noun on the place before its comma ("In Bukavu, a doctor at the
main hospital said ...") or the verb on the noun ("a nurse who asked ... said", a finite verb
read as the noun's modifier). The figure of that sentence finds its speaker through
``verb_subject.subject_of``; a "she said" in the next sentence looked for the verb's subject
child, found none, and fell back to a name further back (a place the tagger read as a person)
or to the bare pronoun. Source continuity (gold README: the source is who gives the figure; a
pronoun takes the source it stands for): the same misparsed speaker is the pronoun's.

Evidence: tests/wire2a (a_2, a doctor quoted by "he said" over two sentences) and tests/wirew
(w_1, a nurse quoted by "she said"), two writers; both golds give the unnamed speaker,
anonymous. Pure.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.sources.appositive_speakers import speaker_read_as_apposition
from factcheck.extract.sources.reporting_verbs import is_reporting_verb

_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_SPEAKER_POS = frozenset({"NOUN", "PROPN"})


def misparsed_speaker(verb: Token) -> Token | None:
    """The speaker of a reporting ``verb`` with no subject child: the apposition that runs up
    to it ("In Bukavu, a doctor at the hospital said"), or the noun a finite verb is hung on
    ("a nurse who asked not to be named said"); None otherwise."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    apposition = speaker_read_as_apposition(verb)
    if apposition is not None:
        return apposition
    noun = verb.head
    if verb.dep_ == "acl" and verb.tag_ in _FINITE_TAGS and noun.i < verb.i:
        if noun.pos_ in _SPEAKER_POS:
            return noun
    return None


def speaks_by_a_hung_verb(noun: Token) -> bool:
    """``noun`` is the speaker of a finite reporting verb the parse hung on it ("a nurse who asked not to
    be named said ..."): a subject in all but the parse."""
    for verb in noun.rights:
        if verb.dep_ == "acl" and is_reporting_verb(verb):
            speaker = misparsed_speaker(verb)
            if speaker is not None and speaker.i == noun.i:
                return True
    return False
