"""fp4 (session 46): a number after a capitalised "Rule" or "Zone" ("Rule 40", "Police Zone 1")
labels a rule or a police zone, like "Article 51"; it is part of a name, not a claim. Invented
texts.

Gold README: numbers that are part of a name are not claims (realgold19 "Rule 40", realgold7
"Police Zone 1" golds).
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Rule 40 requires a majority of delegates in eight states.", "40"),
        ("Officers said the suspect belongs to a crew in Pittsburgh Police Zone 5.", "5"),
    ],
)
def test_number_after_a_capitalised_rule_or_zone_is_not_a_claim(nlp, text, figure):
    assert figure not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Rule 40 requires a majority of delegates in eight states.", "eight"),
        ("The new rule 12 states adopted cut turnout.", "12"),
        ("The party's rule requires 1,237 delegates.", "1,237"),
    ],
)
def test_figures_near_a_rule_stay_claims(nlp, text, figure):
    assert figure in mention_texts(nlp, text)
