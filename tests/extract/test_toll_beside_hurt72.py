"""A cue that names the death toll, in the sentence after a count of the dead and of the
injured, makes the dead preliminary and not the injured beside them (docs/gold-conventions.md,
"The injured and the missing beside a death toll that 'may rise'", session 72: 13 wire sets to
3). The toll stated as dead and wounded shares the cue. Invented wire stories.
"""

from factcheck.extract import extract_claims

PRELIMINARY = "preliminary"


def _caveats(nlp, text):
    return {
        c.text: {k.kind.value for k in c.caveats}
        for c in extract_claims(nlp(text), doc_name="t").claims
    }


def test_the_injured_beside_the_dead_stay_without_the_toll_cue(nlp):
    text = (
        "Quake\n\n"
        "A spokesman for the disaster ministry said on Monday that 840 people had been killed "
        "and about 1,900 injured in the province. He warned the toll was likely to rise as "
        "teams reached remote areas.\n"
    )
    caveats = _caveats(nlp, text)
    assert PRELIMINARY in caveats["840"]
    assert PRELIMINARY not in caveats["about 1,900"]


def test_the_missing_beside_the_dead_stay_without_the_toll_cue(nlp):
    text = (
        "Floods\n\n"
        "The civil defence agency said 23 people had died and 41 were missing. It said the "
        "death toll was expected to rise.\n"
    )
    caveats = _caveats(nlp, text)
    assert PRELIMINARY in caveats["23"]
    assert PRELIMINARY not in caveats["41"]


def test_a_toll_stated_as_dead_and_wounded_keeps_both(nlp):
    text = (
        "Siege\n\nPolice put the toll at 12 dead and 30 wounded and said it was expected to rise.\n"
    )
    caveats = _caveats(nlp, text)
    assert PRELIMINARY in caveats["12"]
    assert PRELIMINARY in caveats["30"]
