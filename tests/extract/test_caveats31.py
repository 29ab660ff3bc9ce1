"""caveats31 (session 25): a figure that counts who believes, or stands in a frame before the
belief verb, is not what is believed; on invented sentences parallel to the unannotated and
tuning cases (nyt "most Americans - 63 percent ... - still believe", usa-today "more than
two-thirds of those ... predict", breitbart "With 100 percent certainty, I will predict")."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from factcheck.extract import extract_claims
from factcheck.extract.caveats.caveat_hedges import hedge_of
from factcheck.model import Caveat


def hedged_claims(nlp, text):
    """The texts of the claims that carry the hedged caveat (full extraction)."""
    claims = extract_claims(nlp(text), doc_name="t").claims
    return [c.text for c in claims if any(m.kind == Caveat.HEDGED for m in c.caveats)]


def test_a_share_hung_before_the_belief_verb_counts_believers(nlp):
    # the parse of the real case: the share is an appositive of a noun the parse hangs on the
    # comma before the verb, not the verb's subject ("most Americans - 63 percent ... -")
    words = ["Most", "voters", "-", "58", "percent", ",", "still", "believe", "taxes", "are"]
    words += ["high", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 5, 1, 4, 1, 7, 7, 7, 9, 7, 9, 7],
        deps=["amod", "prep", "punct", "nummod", "appos", "punct", "advmod", "ROOT", "nsubj"]
        + ["ccomp", "acomp", "punct"],
        pos=["ADJ", "NOUN", "PUNCT", "NUM", "NOUN", "PUNCT", "ADV", "VERB", "NOUN", "AUX"]
        + ["ADJ", "PUNCT"],
        tags=["JJS", "NNS", "HYPH", "CD", "NN", ",", "RB", "VBP", "NNS", "VBP", "JJ", "."],
        lemmas=["most", "voter", "-", "58", "percent", ",", "still", "believe", "tax", "be"]
        + ["high", "."],
        sent_starts=[True] + [False] * 11,
    )
    assert hedge_of(doc[3]) is None


def test_a_certainty_before_the_prediction_is_not_what_is_predicted(nlp):
    assert hedged_claims(nlp, "With 100 percent certainty, I will predict the winner.") == []


@pytest.mark.parametrize(
    "text, hedged",
    [
        ("About 40 people are believed to have drowned.", ["About 40"]),
        ("Rescuers believe 12 people drowned in the flood.", ["12"]),
        ("The city expects to spend $3 million on the repairs.", ["$3 million"]),
    ],
)
def test_what_is_believed_is_still_hedged(nlp, text, hedged):
    assert hedged_claims(nlp, text) == hedged


@pytest.mark.parametrize(
    "text, hedged",
    [
        (
            "Despite Mr. Ortiz's claims that his fortune exceeds $4 billion, the magazines put "
            "him far lower.",
            ["$4 billion"],
        ),
        ("Organizers claimed nearly 300 delegates took part in the call.", ["nearly 300"]),
    ],
)
def test_a_claim_of_the_figure_hedges_it(nlp, text, hedged):
    assert hedged_claims(nlp, text) == hedged


def test_a_claim_the_tagger_takes_for_a_noun_still_hedges_its_clause(nlp):
    # "Ortiz claims he's worth $4 billion" with "claims" tagged a noun that keeps its subject
    # and its clause, as the tagger read the real case
    words = ["Ortiz", "claims", "he", "'s", "worth", "$", "4", "billion", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 3, 1, 3, 7, 7, 4, 1],
        deps=["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "quantmod", "compound", "npadvmod"]
        + ["punct"],
        pos=["PROPN", "NOUN", "PRON", "AUX", "ADJ", "SYM", "NUM", "NUM", "PUNCT"],
        tags=["NNP", "NNS", "PRP", "VBZ", "JJ", "$", "CD", "CD", "."],
        lemmas=["Ortiz", "claim", "he", "be", "worth", "$", "4", "billion", "."],
        sent_starts=[True] + [False] * 8,
    )
    mention = hedge_of(doc[7])
    assert mention is not None and mention.text == "claims"


@pytest.mark.parametrize(
    "text",
    [
        "The storm claimed 12 lives.",
        "The senator claimed 41 delegates in the state.",
        "The insurer paid claims of $2 million.",
    ],
)
def test_a_claim_that_takes_or_files_is_no_hedge(nlp, text):
    assert hedged_claims(nlp, text) == []
