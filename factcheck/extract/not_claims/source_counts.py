"""How many unnamed people a report rests on: "two people familiar with the matter said",
"according to three officials", "one neighbor said". Pure.

The number of sources is not a claim of the article: it is read from a source descriptor after
the noun ("familiar with"), an anonymous head ("officials", "sources") after "according to" or
as the subject of a reporting verb, and a lone "one" as that subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    ANONYMOUS_HEADS,
    PARTICIPANT_DESCRIPTORS,
    REPORTING_VERBS,
    SOURCE_DESCRIPTORS,
)
from factcheck.extract.sources.reported_acts import is_act_not_report


def counts_the_sources(token: Token) -> bool:
    """ "two people familiar with the matter said", "according to three officials": how many
    unnamed people a report rests on is not a claim of the article."""
    noun = token.head
    if token.dep_ not in ("nummod", "quantmod"):
        return False
    if any(
        child.lower_ in SOURCE_DESCRIPTORS and child.lower_ not in PARTICIPANT_DESCRIPTORS
        for child in noun.rights
    ):
        return True  # "one Democrat familiar with the discussion", not "three men involved in"
    if (
        token.lower_ == "one"
        and noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() in REPORTING_VERBS
    ):
        return True  # "One tweet said", "one neighbor said"
    if noun.lemma_.lower() not in ANONYMOUS_HEADS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according":
        return True
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.lemma_.lower() in REPORTING_VERBS
        and verb.pos_ == "VERB"
        and not is_act_not_report(verb)
    )
