"""A candidate calling its own act a mistake tells the act: partisan_source (own_regret.py).

docs/gold-conventions.md "Candidates and campaigns as a partisan source" (b). Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    "text",
    [
        'The Ortiz campaign opened an office in Dayton. Ortiz said: "I have admitted that '
        'using three phones was a mistake."',
        "The Ortiz campaign opened an office in Dayton. Ortiz said it was a mistake to use "
        "three phones.",
    ],
)
def test_a_candidate_regretting_its_own_act_is_partisan(nlp, text):
    assert PARTISAN in kinds_of(nlp, text, "three")


def test_a_mistake_someone_else_judges_is_not_the_candidates(nlp):
    text = (
        "The Ortiz campaign opened an office in Dayton. Ortiz spoke on Monday. Reyes said "
        "using three phones was a mistake."
    )
    assert PARTISAN not in kinds_of(nlp, text, "three")
