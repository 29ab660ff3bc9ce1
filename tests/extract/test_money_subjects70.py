"""wsubj70 (session 70): money subjects in wire copy.

- Money asked for in an appeal is named by the appeal, not by the agency that appeals
  (tests/wirew, wire2c, wire2g, wire2i golds: "appeal").
- Money whose bracketed conversion the parse hangs on the verb still takes what the phrase after
  the bracket says it went to ("announced €5m (£4.3m) in emergency aid"; tests/wiren, wire2e).
- "reais", "meticais" and "lari" are currencies, not what the money counts (tests/wire2a,
  wire2d, wire2e, wire2g, wire2h).

Gold README "subject"; issue 11 ("N in kickbacks"). Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of, subject_of


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The relief agency has appealed for $31.5 million to help flood survivors.",
            "$31.5 million",
        ),
        (
            "The Red Crescent launched an emergency appeal for 4 million Swiss francs to feed "
            "displaced families.",
            "4 million Swiss francs",
        ),
        ("The charity was appealing for $2.4 million for tents and blankets.", "$2.4 million"),
    ],
)
def test_money_asked_for_in_an_appeal_is_the_appeal(nlp, text, figure):
    assert "appeal" in subject_of(nlp, text, figure).split()


def test_money_paid_for_a_thing_is_not_an_appeal(nlp):
    text = "The city paid $31.5 million for the new bridge."
    assert "appeal" not in subject_of(nlp, text, "$31.5 million").split()


@pytest.mark.parametrize(
    "text",
    [
        "Ostrava, Lisbon and Porto have offered help, and the European Union has announced "
        "€7m (£6.1m) in emergency aid.",
        "The state government announced 2.3 billion reais ($410 million) in emergency aid on "
        "Monday.",
    ],
)
def test_money_and_its_conversion_take_the_phrase_after_the_bracket(nlp, text):
    claims = claims_of(nlp, text)
    assert claims and all("aid" in c.subject.split() for c in claims)


def test_lari_is_a_currency_not_the_subject(nlp):
    text = "Under the new law, drivers who block a road can be fined up to 3,000 lari."
    assert "lari" not in subject_of(nlp, text, "up to 3,000 lari").split()
