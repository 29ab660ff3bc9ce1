"""spans35 (session 28): a bare "one" that opens an item of a list parting a count. Invented
sentences, parallel to realgold5, realgold12 and realgold19 shapes.

"found three victims on the porch, two in the yard, one in the alley": each item after the
first counts some of the people of the list, so its "one" is a count of one, though the parse
reads it as a pronoun. A "one" whose list counts nothing, or that is "one of", "one or two",
"one by one", stays no claim of its own.
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, ones",
    [
        (
            "Deputies found three victims on the porch, two in the yard, one in the alley behind "
            "the bakery.",
            1,
        ),
        (
            "The sheriff said they found two wounded men at the bar, two at a gas station, one "
            "in the lot of Lincoln High School, one near the river.",
            2,
        ),
        (
            "Five of them were hit by flying glass, 6 suffered gunshot wounds, and one had a "
            "sprained ankle, the chief said.",
            1,
        ),
        (
            "Hospital staff said three patients were in critical condition, one was in fair "
            "condition, one was still being examined, and two others were on the way.",
            2,
        ),
    ],
)
def test_one_opening_an_item_of_a_parted_count_is_a_claim(nlp, text, ones):
    assert mention_texts(nlp, text).count("one") == ones


@pytest.mark.parametrize(
    "text",
    [
        "The governor met reporters after the vote, one asked about the budget.",
        "He has two brothers, one of them a firefighter in Dayton.",
        "The council can pick two candidates, one or two more could follow.",
        "The guards searched the cells, one by one, until dawn.",
        "Voters had their say on Tuesday, and one hopes the count is quick.",
        "The driver had two open warrants, one for theft and the other for trespassing.",
        "The report kept two tallies, one listing the gains and another listing the losses.",
        "I carried two phones, one for work and one for home.",
    ],
)
def test_one_whose_list_counts_nothing_is_no_claim(nlp, text):
    assert "one" not in mention_texts(nlp, text)
