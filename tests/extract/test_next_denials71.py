"""A denial in the sentence after a figure, of what the figure counts, disputes it
(caveats/next_denials.py).

Gold README, disputed: "someone contests the figure" ("denied"); "Caveat scope": the preceding
figures of the source the caveat refers to. Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

DISPUTED = "disputed"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "A nurse said on condition of anonymity that about 9,000 vaccine doses had expired "
            "in a depot in May. The health board denied that any doses had been wasted.",
            "9,000",
        ),
        (
            "Relatives said the kidnappers had demanded ransoms of up to 3 million pesos per "
            "hostage. A gang member reached by phone denied that any ransom had been asked.",
            "3 million",
        ),
        (
            "Fishermen said the port authority had been asked to dredge about 12 moorings. The "
            "authority's director, Lena Moss, denied receiving any such request.",
            "12",
        ),
        (
            "A monitoring group said that 41 of 50 detainees it interviewed described beatings "
            "in custody. The interior ministry denies mistreating detainees.",
            "41 of 50",
        ),
    ],
)
def test_a_denial_of_what_the_figure_counts_disputes_it(nlp, text, figure):
    assert DISPUTED in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a denial of who did it: the toll is found
        (
            "A doctors' group put the number killed in the market at 27. The militia denied "
            "targeting civilians.",
            "27",
        ),
        # a denial of another act
        (
            "The ministry said 19 guards had been injured. Protest leaders deny that the march "
            "turned violent before the guards moved in.",
            "19",
        ),
        # the figure's own source goes on
        (
            "The agency said 40 doses had expired. The agency denied that any doses had been "
            "given to patients.",
            "40",
        ),
        # a denial with an object is the charge denial's, not this rule's
        (
            "A clerk said about 300 ballots were missing. The mayor was denied access to the "
            "ballots.",
            "300",
        ),
    ],
)
def test_no_denial_of_the_count_no_dispute(nlp, text, figure):
    assert DISPUTED not in kinds_of(nlp, text, figure)
