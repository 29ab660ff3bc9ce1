"""A verification caveat naming its figures with a quantifier ("any of the estimates") or as
several tolls ("the tolls") reaches those figures of every source before it; "either side"
keeps its own reading (quantified_figures.py; gold README, "Caveat scope"). Invented stories.
"""

from factcheck.extract import extract_claims

UNVERIFIED = "not_independently_verified"

SPILL = (
    "Pipeline leak\n\n"
    "Norvex Energy says about 1,500 barrels (238,000 litres) leaked from the pipeline. The "
    "state spill agency says its estimate is at least 6,000 barrels. A fishing cooperative says "
    "as much as 12,000 barrels may have leaked. About 40 fishermen have lost their catch.\n\n"
    "Wire was unable to independently verify any of the estimates.\n"
)

TOLLS = (
    "Crackdown\n\n"
    "Doctors at two hospitals said at least 27 people were killed. The military council said "
    "11 people died and 30 soldiers were injured. A rights group said it documented 33 "
    "killings, based on interviews with 19 witnesses.\n\n"
    "The AP could not independently verify the tolls.\n"
)


def _caveats(nlp, text):
    return [
        (c.text, {k.kind.value for k in c.caveats})
        for c in extract_claims(nlp(text), doc_name="t").claims
    ]


def test_any_of_the_estimates_reaches_every_sources_volume_and_conversion(nlp):
    found = dict(_caveats(nlp, SPILL))
    for text in ("about 1,500 barrels", "238,000 litres", "at least 6,000 barrels"):
        assert UNVERIFIED in found[text], text
    assert UNVERIFIED in found["as much as 12,000 barrels"]
    assert UNVERIFIED not in found["About 40"]


def test_the_tolls_are_every_sources_death_counts_not_the_injured_or_witnesses(nlp):
    found = dict(_caveats(nlp, TOLLS))
    for text in ("at least 27", "11", "33"):
        assert UNVERIFIED in found[text], text
    assert UNVERIFIED not in found["30"]
    assert UNVERIFIED not in found["19"]
