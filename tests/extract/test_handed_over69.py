"""wspan69 (session 69): the "over" of "handed over 120 prisoners" is the verb's particle, not
"more than"; "took over 20 years" and "over 300 people" keep their bound. Invented texts.

tests/wirez gold ("had handed over 190 ... soldiers": exact), tests/wiree gold ("hand over some
450 soldiers": the qualifier is "some" alone).
"""

from __future__ import annotations

from factcheck.model import Approx
from tests.conftest import claim_mentions


def test_handed_over_is_the_verbs_particle(nlp):
    mentions = claim_mentions(nlp, "Kyiv said it had handed over 120 prisoners on Saturday.")
    assert mentions["120"].approx is Approx.EXACT


def test_turned_over_is_the_verbs_particle(nlp):
    text = "The rebels turned over 45 hostages to the Red Cross, the agency said."
    assert claim_mentions(nlp, text)["45"].approx is Approx.EXACT


def test_over_before_a_figure_keeps_its_bound(nlp):
    mentions = claim_mentions(nlp, "Over 300 people were hurt, and the repairs took over 20 years.")
    assert mentions["Over 300"].approx is Approx.LOWER_BOUND
    assert mentions["over 20 years"].approx is Approx.LOWER_BOUND
