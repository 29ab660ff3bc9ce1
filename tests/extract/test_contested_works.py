"""A report, a study or a figure someone calls wrong: its figures are disputed
(contested_works.py).

Gold README, disputed: "someone contests the figure". Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

DISPUTED = "disputed"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "A report by the county found that 40 percent of inspections were skipped. The "
            "mayor's office said the report was misleading.",
            "40 percent",
        ),
        (
            "The study estimated 3,000 jobs would be lost. The union called the study flawed.",
            "3,000",
        ),
        (
            "The audit found $2 million in missing funds. Agency officials said the audit "
            "cherry-picked a few cases.",
            "$2 million",
        ),
        (
            "The survey showed 60 percent of residents back the plan; opponents said the survey "
            "figures were cherry-picked.",
            "60 percent",
        ),
        (
            "The report said 14 schools failed inspection. The district said the report "
            "misrepresented the data.",
            "14",
        ),
    ],
)
def test_a_work_called_wrong_has_its_figures_disputed(nlp, text, figure):
    assert DISPUTED in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # another owner's report
        (
            "A Pew report found 30 percent of adults read news daily. A group said the Gallup "
            "report was misleading.",
            "30 percent",
        ),
        # what is called misleading is no work of figures
        ("The company said it hired 500 workers. Critics called the plan misleading.", "500"),
        (
            "Police said 4 people were hurt. The misleading sign on the highway caused confusion.",
            "4",
        ),
        ("The team picked 3 players in the draft, the coach said.", "3"),
    ],
)
def test_no_dispute_of_another_work_or_of_no_work(nlp, text, figure):
    assert DISPUTED not in kinds_of(nlp, text, figure)
