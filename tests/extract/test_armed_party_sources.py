"""An armed group counting the war's dead and wounded gives a side's own count: partisan_source
(armed_parties.py).

Gold README, partisan_source: "the Hamas-run health ministry", "a belligerent reports the
results of its own military action". Invented sentences.
"""

import pytest

from factcheck.extract.caveats.armed_parties import armed_party
from tests.conftest import kinds_of

PARTISAN = "partisan_source"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A Hamas spokesman said 30 people died in the strike on the school.", "30"),
        ("The Taliban said 25 people were wounded in the clashes.", "25"),
        ("Rebel commanders said 40 civilians were killed by government shelling.", "40"),
        ("A Houthi official said 12 civilians died in the air raid.", "12"),
    ],
)
def test_an_armed_group_counting_the_war_dead_or_wounded_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Police said 3 rebels were arrested at the border.", "3"),
        ("The government said 12 people were killed when rebels attacked a bus.", "12"),
        # not a count of the war's harm: the README's belligerent, its own action only
        ("The Taliban said 200 prisoners were freed under the deal.", "200"),
    ],
)
def test_no_armed_group_count_of_harm_is_no_side_of_it(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("source", "word"),
    [
        ("A Hamas spokesman", "Hamas"),
        ("officials of the Islamic State", "islamic state"),
        ("experts on the Taliban", None),
        ("a report about Hamas finances", None),
        ("Israel's army", None),
    ],
)
def test_the_armed_group_is_read_from_the_source_phrase(source, word):
    assert armed_party(source) == word
