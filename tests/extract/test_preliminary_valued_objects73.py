"""A preliminary adjective on the object a verb puts at a figure ("estimated preliminary damage
at $4 million", "put preliminary losses at $12 million") makes the figure preliminary: the
object is what the figure sizes. Gold README, preliminary ("the figure may change");
tests/wire2u, tests/wire2x golds; session 73. Invented stories.
"""

from factcheck.extract import extract_claims

PRELIMINARY = "preliminary"


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_estimated_preliminary_damage_at_a_sum_is_preliminary(nlp):
    text = (
        "Storm\n\n"
        "The county estimated preliminary damage from the storm at $4 million, and said "
        "about 80 homes were hit.\n"
    )
    caveats = _caveats(nlp, text)
    assert PRELIMINARY in caveats["$4 million"]
    assert PRELIMINARY not in caveats["about 80"]


def test_put_preliminary_losses_at_a_sum_is_preliminary(nlp):
    text = "Frost\n\nThe growers' group put preliminary losses to apple orchards at $12 million.\n"
    assert PRELIMINARY in _caveats(nlp, text)["$12 million"]


def test_a_final_cost_put_at_a_sum_stays_plain(nlp):
    text = "Bridge\n\nThe county put the final cost of the bridge repairs at $3 million.\n"
    assert PRELIMINARY not in _caveats(nlp, text)["$3 million"]


def test_a_preliminary_object_does_not_reach_a_figure_outside_its_at_phrase(nlp):
    text = (
        "Fire\n\n"
        "Officials gave a preliminary report to 12 council members on Tuesday about the fire.\n"
    )
    assert PRELIMINARY not in _caveats(nlp, text)["12"]
