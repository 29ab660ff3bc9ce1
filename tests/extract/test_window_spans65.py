"""wspan65 (session 65): a definite span of time that another figure of its sentence is measured
over is a claim; with no figure measured over it, or as a part of a named stretch, it stays a
period. Invented texts. ("Two more / extra days" as a duration was left out at the merge: a
held-out gold writes a "more years" of a term as generic, and an audit found "15 extra minutes"
in rhetoric.)

docs/gold-conventions.md "Spans of time before or after an event": "the window a figure is
measured over" is a claim.
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("An estimated 8,300 people left Kadugli in the 48 hours after the raid.", "48 hours"),
        ("Of the 2,214 cases reported in the ten days to Friday, 603 were confirmed.", "ten days"),
        ("Rents rose 14 percent in the 12 months to June, the bureau said.", "12 months"),
        ("The clinic treated at least 25 people in the previous four days.", "four days"),
        (
            "About 600,000 people were evacuated in the three days before the storm hit.",
            "three days",
        ),
        (
            "The firm disclosed the leak nine days later, far beyond the 48 hours the law sets.",
            "48 hours",
        ),
    ],
)
def test_window_a_figure_is_measured_over_is_a_claim(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Trade was slow in the previous two months, dealers said.", "two"),
        ("The envoy raised the demand only in the final two days of talks on 40 points.", "two"),
    ],
)
def test_period_with_no_figure_over_it_or_a_part_of_a_stretch_is_no_window(nlp, text, figure):
    assert not any(figure in claim.split() for claim in mention_texts(nlp, text))
