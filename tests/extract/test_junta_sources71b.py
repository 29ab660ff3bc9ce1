"""A military junta counting the dead and wounded gives a side's own count: partisan_source
(armed_parties.py, ARMED_PARTY_LOWER_WORDS).

Gold README, partisan_source: "the text marks the source as a party", "a belligerent". A junta
is an armed party in power; "the Junta" of a Spanish region is a regional government, matched
by its capital. Invented sentences.
"""

import pytest

from factcheck.extract.caveats.armed_parties import armed_party
from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The junta said 9 people died in the riots in the capital.", "9"),
        ("The ruling junta said 23 soldiers were wounded in the clashes.", "23"),
    ],
)
def test_a_junta_counting_the_dead_or_wounded_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The Junta de Castilla said 9 people died in the floods.", "9"),
        # not a count of harm: the README's belligerent, its own action only
        ("The junta said 400 new teachers would be hired next year.", "400"),
    ],
)
def test_a_regional_junta_or_a_junta_on_other_matters_is_no_side(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("source", "word"),
    [
        ("The junta", "junta"),
        ("the junta's spokesman", "junta's"),
        ("The Junta de Castilla", None),
        ("an anti-junta militia's commander", None),
    ],
)
def test_the_junta_word_is_found_in_lower_case_only(source, word):
    assert armed_party(source) == word
