"""The per-Doc prefilters of session 28 (speedA, speedB) skip only tokens their rules reject.

``find_mentions`` asks its two per-token tests only of tokens in ``SCAN_WORDS`` or numerals, and
``_parsed_counts`` asks ``casualty_predicate`` only of ``casualty_candidates``. Each prefilter is
a word list kept beside a rule that may grow: a branch added to the rule with a word the list
lacks would be skipped without a sound. These tests ask the rules of every token of the seed, the
development articles and invented casualty sentences (one per branch of ``casualty_predicate``)
and fail if a token the rule accepts is one the prefilter skips.
"""

import pytest

from factcheck.extract.implied.implied_predicates import casualty_predicate
from factcheck.extract.implied.predicate_candidates import casualty_candidates
from factcheck.extract.mentions.number_runs import starts_number
from factcheck.extract.mentions.quantities import is_numeral
from factcheck.extract.mentions.scan_starts import SCAN_WORDS
from factcheck.extract.mentions.share_fractions import fraction_end
from factcheck.extract.sentence_index import index_sentences
from tests.conftest import DEV_ARTICLES

ARTICLES = DEV_ARTICLES

# One invented sentence per kind of casualty predicate (multiples, gapped verbs, relative
# clauses, lists, "among", headline conditions, modifiers, states, care, wounds, finds,
# recoveries, negated survival, impacts), so a rule's branch is asked at least once.
CASUALTY_TEXTS = [
    "Police are investigating a double homicide on Elm Street.",
    "A man was shot in the leg, and another in the arm.",
    "Officers found a man and a boy, both of whom had been shot.",
    "The gunman wounded four people, including a woman and her son.",
    "Her cousin was among those killed in the crash.",
    "Child Killed, Father Critical After Shooting\n\nThe boy was 6.",
    "The surviving victim was taken to a hospital with injuries.",
    "Deputies found an injured girl near the road.",
    "The blast left a farmer dead and his neighbour hurt.",
    "Deputies found Ann Reed dead of gunshot wounds.",
    "A mother and her son are dead after the fire.",
    "Her father is listed in critical condition at Mercy Hospital.",
    "The teenager did not survive his injuries.",
    "Two people were rushed to the hospital after the collision.",
    "A woman suffered a gunshot wound to the chest.",
    "The victim was treated and released from the hospital on Monday.",
    "A pedestrian was struck by a car and killed.",
    "The gun he used to kill his neighbour was found in a creek.",
    "A 17-year-old was fatally stabbed outside the school.",
    # the vocabulary rounds of session 29 (vocab36, vocab37)
    "A 19-year-old suffered gunshot wounds to his arm.",
    "A man who was shot Saturday night succumbed to his injuries.",
    "Shooting claims life of teen\n\nThe boy was 15.",
    "A gunshot victim walked into Mercy Hospital early Sunday.",
    "A driver crashed into a pole, losing his life.",
    "The fire claimed the lives of two children.",
    # the third round (vocab38)
    "A four-year-old is fighting for her life after a shooting.",
    "Police found a 22-year-old dead inside a parked car.",
    "A 30-year-old woman's arm was grazed by a bullet.",
    "Officers then located another man lying wounded behind a fence.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES] + CASUALTY_TEXTS
    parsed = list(nlp.pipe(texts))
    for doc in parsed:
        index_sentences(doc)
    return parsed


def test_the_texts_reach_the_casualty_rule(docs):
    # the check below means something only if the rule answers on these texts
    answered = sum(casualty_predicate(t) is not None for doc in docs for t in doc)
    assert answered >= len(CASUALTY_TEXTS)


def test_casualty_predicate_answers_only_for_its_candidates(docs):
    missed = [
        (t.text, t.lemma_, doc[max(t.i - 5, 0) : t.i + 5].text)
        for doc in docs
        for t in doc
        if casualty_predicate(t) is not None and t not in set(casualty_candidates(doc))
    ]
    assert missed == []


def test_find_mentions_skips_only_tokens_that_start_no_mention(docs):
    missed = [
        (t.text, doc[max(t.i - 5, 0) : t.i + 5].text)
        for doc in docs
        for t in doc
        if (fraction_end(doc, t.i) or starts_number(t))
        and not (t.lower_ in SCAN_WORDS or is_numeral(t))
    ]
    assert missed == []
