"""A reporting gerund after a preposition speaks with the subject of the verb it modifies:
"Clinton erred in saying that 90 percent ...", "Boxer attacked Fiorina by reminding voters
that ...", "the senator responded by noting that ..." (PolNeAR even half, src46). Only a
gerund that reports a clause: "countered by suggesting four other nights" proposes (realgold's
gold: no source). Not after "for": "Priebus scolded Romney for suggesting ..." blames the
object, who said it. "Lee was quoted as saying that 14 died": the one quoted speaks."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import GERUND_SPEECH_PREPS, QUOTED_AS_VERBS
from factcheck.extract.sources.reporting_verbs import a_clause_of_speech

_OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
_AS = "as"


def gerund_head_verb(verb: Token) -> Token | None:
    """The verb whose subject speaks for a reporting gerund with no subject of its own set
    after one of ``GERUND_SPEECH_PREPS`` ("erred in saying", "responded by noting"), or none."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return None
    prep = verb.head
    if prep.dep_ != "prep" or prep.i > verb.i:
        return None
    if prep.lower_ not in GERUND_SPEECH_PREPS and not _quoted_as(prep):
        return None
    if any(c.dep_ in _OWN_SUBJECT_DEPS for c in verb.children):
        return None
    if not any(map(a_clause_of_speech, verb.children)):
        return None  # "countered by suggesting four other nights": a proposal, no report
    head = prep.head
    return head if head.pos_ in ("VERB", "AUX") else None  # also "After saying ..., Lee left"


def _quoted_as(prep: Token) -> bool:
    """ "Lee was quoted as saying that 14 died": "as" after a verb of quoting."""
    return prep.lower_ == _AS and prep.head.lemma_.lower() in QUOTED_AS_VERBS


def quoted_one(verb: Token) -> Token | None:
    """ "Lee was quoted as saying ...": the passive subject of a verb of quoting."""
    if verb.lemma_.lower() not in QUOTED_AS_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
