"""A denial of "the charge" / ", a charge X denies" disputes the figures of the statement it
names: the sentence before, or its own sentence before the apposition; not the victims of an
accused act, nor a sentence further back (charge_denials.py; gold README, disputed). Invented
stories.
"""

from factcheck.extract import extract_claims

DISPUTED = "disputed"


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_denies_the_charge_disputes_the_accusers_figure_in_the_sentence_before(nlp):
    text = (
        "Border tension\n\n"
        "Tarsk accuses Merovia of sheltering the rebels and says as many as 4,200 of their "
        "fighters are based there. Merovia's government denies the charge and said it wanted "
        "talks.\n"
    )
    found = _caveats(nlp, text)
    assert DISPUTED in found["as many as 4,200"]


def test_a_charge_the_state_denies_disputes_the_estimate_it_stands_beside(nlp):
    text = (
        "Talks stall\n\n"
        "A panel of inspectors estimated in May that between 2,000 and 2,500 Vardian troops "
        "were deployed near the border, a charge Vardia denies. The panel also said the "
        "militia earned about $600,000 a month from tolls.\n"
    )
    found = _caveats(nlp, text)
    assert DISPUTED in found["between 2,000 and 2,500"]
    assert DISPUTED not in found["about $600,000"]


def test_a_denial_of_the_charge_leaves_a_figure_two_sentences_back(nlp):
    text = (
        "Border tension\n\n"
        "The ministry said 75 checkpoints had been built along the river. Tarsk accuses "
        "Merovia of sheltering the rebels. Merovia's government denies the charge.\n"
    )
    found = _caveats(nlp, text)
    assert DISPUTED not in found["75"]


def test_denying_the_charge_of_an_accused_act_leaves_its_victims(nlp):
    text = (
        "Village raid\n\n"
        "The army accused the militia of killing 14 villagers near Dorne on Sunday. The "
        "militia denies the charge.\n"
    )
    found = _caveats(nlp, text)
    assert DISPUTED not in found["14"]
