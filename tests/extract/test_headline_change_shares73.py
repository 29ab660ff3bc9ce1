"""rmiss73 (session 73): a headline's change given as a fraction, where the clipped grammar hides
the verb: "Crop down by a third as ...", "Currency plunges by a third after ..." (the tagger
reads "plunges" as a plural noun). tests/wire2q and wire2y headline golds: 0.333."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


def _shares(nlp, text):
    return [c for c in claims_of(nlp, text) if c.text.lower() in ("a third", "half", "a quarter")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Ruritanian barley crop down by a third as drought bites", 0.333),
        ("Zembla's currency plunges by a third after bank lets it float", 0.333),
        ("Ferry bookings up by half on last summer", 0.5),
    ],
)
def test_a_clipped_headline_change_by_a_fraction_is_a_share(nlp, text, value):
    shares = _shares(nlp, text)
    assert len(shares) == 1 and shares[0].value == pytest.approx(value, abs=0.001)


@pytest.mark.parametrize(
    "text",
    [
        "Pensioners were hit by a third round of fee rises this spring.",
        "The old quarry was bought by half a dozen families in 1990.",
    ],
)
def test_by_a_fraction_with_no_change_before_it_is_not_a_change_share(nlp, text):
    assert _shares(nlp, text) == []
