"""wspan65 (session 65): "put" reports a figure only with "at"; "Some 300,000 people put their
savings in the fund" counts people, not sources. Invented texts.

tests/wiref gold: "More than 650,000 people put their trust in us" is a claim.
"""

from __future__ import annotations

from tests.conftest import mention_texts


def test_people_who_put_something_somewhere_are_counted(nlp):
    text = "Some 300,000 people put their savings in the fund, the regulator said."
    assert "Some 300,000" in mention_texts(nlp, text)


def test_officials_who_put_a_figure_at_are_sources(nlp):
    text = "Two officials put the toll at 45, the agency said."
    assert "Two" not in mention_texts(nlp, text)
