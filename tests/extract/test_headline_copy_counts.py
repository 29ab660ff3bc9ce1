"""A headline the page prints twice holds the same implied counts at both copies (session 56,
impl56c, ``implied.headline_copies``): gold README "Repeats", a figure repeated later is a
separate claim at each place; the parse may read the copies apart. Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of

_BODY = "\n\nThe Dale County man suspected in the deaths died on Monday, officials said.\n"


@pytest.mark.parametrize(
    "headline",
    [
        "Husband suspected of shooting neighbor dies in hospital",
        "Father suspected of killing wife and daughter dies in hospital",
    ],
)
def test_both_copies_of_a_headline_hold_its_counts(nlp, headline):
    text = f"{headline}\n\n{headline}{_BODY}"
    copy = len(headline) + 2
    counts = [(c.start, c.text, c.value) for c in claims_of(nlp, text) if c.implied]
    first = [(s, t, v) for s, t, v in counts if s < copy - 2]
    second = [(s - copy, t, v) for s, t, v in counts if copy <= s < 2 * copy]
    assert first
    assert first == second


def test_the_copy_takes_the_first_copys_caveats(nlp):
    headline = "Husband suspected of shooting neighbor dies in hospital"
    text = f"{headline}\n\n{headline}{_BODY}"
    husbands = [c for c in claims_of(nlp, text) if c.text == "Husband"]
    assert len(husbands) == 2
    assert husbands[0].caveats == husbands[1].caveats


def test_same_words_in_the_body_get_no_copied_count(nlp):
    headline = "Husband suspected of shooting neighbor dies in hospital"
    text = f"{headline}\n\nOfficials said on Monday that the case was closed.{_BODY}"
    husbands = [c for c in claims_of(nlp, text) if c.text == "Husband"]
    assert len(husbands) <= 1
