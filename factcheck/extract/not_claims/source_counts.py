"""How many unnamed people a report rests on: "two people familiar with the matter said",
"according to three officials", "one neighbor said". Pure.

The number of sources is not a claim of the article: it is read from a source descriptor after
the noun ("familiar with"), an anonymous head ("officials", "sources") after "according to" or
as the subject of a reporting verb, a lone "one" as that subject, and "Two of the survivors"
as that subject: the speakers taken from a group the story has named (session 64: both wire
annotators write the speakers' number as a not-claim, "Two of the survivors ... said", "Two
people briefed on the talks said"; the development gold's "One of the people said").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import (
    ANONYMOUS_HEADS,
    MARKET_SOURCE_HEADS,
    PARTICIPANT_DESCRIPTORS,
    REPORTING_VERBS,
    SOURCE_DESCRIPTORS,
)
from factcheck.extract.sources.reported_acts import is_act_not_report


def counts_the_sources(token: Token) -> bool:
    """ "two people familiar with the matter said", "according to three officials": how many
    unnamed people a report rests on is not a claim of the article."""
    noun = token.head
    if token.dep_ == "nsubj" and _speakers_of_a_group(token):
        return True  # "Two of the survivors, both young men, said ...": who spoke
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
        and not _speaker_named_after(noun.head, noun)
    ):
        return True  # "One tweet said", "one neighbor said"
    if noun.lemma_.lower() not in ANONYMOUS_HEADS | MARKET_SOURCE_HEADS:
        return False  # "two brokers said": the market's people the wire quotes unnamed
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according":
        return True
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.lemma_.lower() in REPORTING_VERBS
        and verb.pos_ == "VERB"
        and not is_act_not_report(verb)
        and not _puts_no_figure(verb)
        and not _speaker_named_after(verb, noun)
    )


def _speaker_named_after(verb: Token, noun: Token) -> bool:
    """ "About 900 people evacuated from the valley, officials say", "Two people killed in the
    port, governor says": a headline or key-events line names its speaker after a comma; the
    people before it are what the line counts, not who reported it (the parser makes both
    subjects of "say"; tests/wire2k and wire2m golds: claims)."""
    return any(
        child.dep_ == "nsubj" and child.i > noun.i and child.i < verb.i for child in verb.children
    )


def _puts_no_figure(verb: Token) -> bool:
    """ "More than 650,000 people put their trust in us": "put" reports a figure only with "at"
    ("two officials put the toll at 40"; session 65, tests/wiref gold: a claim)."""
    return verb.lemma_.lower() == "put" and not any(
        c.dep_ == "prep" and c.lower_ == "at" for c in verb.children
    )


def _speakers_of_a_group(number: Token) -> bool:
    """ "Two of the survivors said", "Three of the workers told AFP": a number that is the
    subject of a reporting verb and takes its people from "of the" group counts who spoke."""
    verb = number.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    if is_act_not_report(verb):
        return False
    for prep in (c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"):
        for group in (c for c in prep.children if c.dep_ == "pobj" and c.tag_ == "NNS"):
            if any(d.dep_ == "nummod" for d in group.children):
                return False  # "Five of the 12 jurors said they had doubts": a share
            if any(d.lower_ in ("the", "these", "those") for d in group.children):
                return True
    return False
