"""Things that present a figure without being a source (issue 11).

"The poll shows", "records indicate", "Monday night's results showed": a record presents the
figures it holds and is their source. "Simple math shows he needs to curb his 20-point deficit",
"The outcome showed Clinton had received 49.84 percent", "Black circles show the three islands":
a calculation, a result in the abstract or a mark on a map is no speaker, body or record, and
the golds give these figures no source (realgold19, 20, 24, 36; gold README, "Source kinds":
a source is a person, an institution, a document or report, a poll). So a presenting verb
("show", "indicate", "reveal") reports only when its subject can speak or be looked up: a
name, a pronoun (resolved elsewhere), a person or body noun, a document or record noun. The
test reads the subject's class, not the sentence, so any other common noun is left out: the
figure keeps whatever attribution stands over the verb ("Lee said simple math shows ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    ANONYMOUS_HEADS,
    ASSERTING_ENTITY_TYPES,
    BROAD_PERSON_NOUNS,
    DOCUMENT_HEADS,
    ORG_HEADS,
    POLL_HEADS,
    PRESENTING_RECORD_HEADS,
    PRESENTING_VERBS,
    RECORD_SOURCE_HEADS,
    SURVEY_HEADS,
    UNIQUE_ROLE_HEADS,
)

# Words before the subject's noun that may carry its name ("a CNN-ORC poll", "G-III reports",
# "Lee's numbers").
_NAMING_DEPS = frozenset({"compound", "poss", "nmod", "amod"})
_NAMED_TYPES = ASSERTING_ENTITY_TYPES | frozenset({"NORP", "GPE"})


def presents_without_a_source(verb: Token) -> bool:
    """``verb`` is a presenting verb whose subject is no speaker, body or record ("The outcome
    showed ...", "simple math shows ..."): it attributes nothing."""
    if verb.lemma_.lower() not in PRESENTING_VERBS and verb.lower_ not in PRESENTING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return False  # a name, a pronoun, or no subject the parse found: left as it was
    return not _can_present(subject)


def _can_present(noun: Token) -> bool:
    words = {noun.lemma_.lower(), noun.lower_}
    if words & _SOURCE_NOUNS:
        return True
    if noun.ent_type_ in _NAMED_TYPES:
        return True
    return any(
        c.dep_ in _NAMING_DEPS and (c.pos_ == "PROPN" or c.ent_type_ in _NAMED_TYPES)
        for c in noun.lefts
    )


_SOURCE_NOUNS = (
    ANONYMOUS_HEADS
    | BROAD_PERSON_NOUNS
    | DOCUMENT_HEADS
    | ORG_HEADS
    | POLL_HEADS
    | PRESENTING_RECORD_HEADS
    | RECORD_SOURCE_HEADS
    | SURVEY_HEADS
    | UNIQUE_ROLE_HEADS
)
