"""The lemma prefilters of speedB skip only tokens their rules reject.

``article_candidates``, ``race_contenders``, ``find_identified_dead`` and ``denial`` each walk
only the tokens ``token_index.tokens_with_lemma`` finds for a list of lemmas kept beside the
rule (``_WALKED_LEMMAS``, ``_LISTING_LEMMAS``, ``_DENIAL_LEMMAS``). A branch added to a rule with
a lemma its list lacks would be skipped without a sound. Each rule is asked here twice, once as
written and once walking every token of the Doc; the answers must be the same, on the seed, the
development articles and invented sentences that reach each branch.
"""

import pytest

from factcheck.extract.caveats import candidate_race, caveat_scope, contenders
from factcheck.extract.implied import identified_dead
from factcheck.extract.sentence_index import index_sentences
from tests.conftest import DEV_ARTICLES

ARTICLES = DEV_ARTICLES

# Invented sentences, at least one per branch of the four rules.
TEXTS = [
    # candidates: an owned campaign, a winner, a nominee, a candidate's noun before the name
    "Ana Lopez's campaign raised $3 million in May. Tom Reyes won Nevada by 4 points.",
    "Presidential candidate Ana Lopez drew 5,000 people. Tom Reyes, the Republican nominee, "
    "drew 2,000.",
    # contenders: a race verb with a person object, a contender's belonging, a peer noun
    "Ana Lopez and Tom Reyes spoke. Reyes took swipes at fellow contender Lopez at the rally "
    "of 300 people.",
    # lists of the dead: "the dead were", identified by police
    "The dead were John Smith and Mary Jones, the police said.",
    "Police identified the dead as Carl Ortiz and Dana Ortiz.",
    # denials of a charge
    "Prosecutors say he stole $40,000. He has denied the allegations.",
    "She pleaded not guilty to three counts of fraud.",
    "The company denies wrongdoing in the $2 million deal.",
]

RULES = {
    "article_candidates": (candidate_race, candidate_race.article_candidates),
    "race_contenders": (contenders, contenders.race_contenders),
    "find_identified_dead": (
        identified_dead,
        lambda doc: list(identified_dead.find_identified_dead(doc)),
    ),
    "denial": (caveat_scope, caveat_scope.denial),
}


@pytest.fixture(scope="module")
def docs(nlp):
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES] + TEXTS
    parsed = list(nlp.pipe(texts))
    for doc in parsed:
        index_sentences(doc)
    return parsed


def _every_token(doc, lemmas):
    return list(doc)


@pytest.mark.parametrize("name", sorted(RULES))
def test_the_texts_reach_the_rule(docs, name):
    # the comparison below means something only if the rule answers on these texts
    _, rule = RULES[name]
    assert sum(bool(rule(doc)) for doc in docs) >= 2


@pytest.mark.parametrize("name", sorted(RULES))
def test_the_lemma_prefilter_changes_no_answer(docs, name, monkeypatch):
    module, rule = RULES[name]
    filtered = [rule(doc) for doc in docs]
    monkeypatch.setattr(module, "tokens_with_lemma", _every_token)
    walked = [rule(doc) for doc in docs]
    assert [i for i, (a, b) in enumerate(zip(filtered, walked, strict=True)) if a != b] == []
