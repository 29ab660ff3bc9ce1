"""A government portfolio's title written before a name stays in the source text
(docs/gold-conventions.md, "Titles and roles before names in source text")."""

import pytest

from factcheck.extract.sources.attribution import find_source
from tests.conftest import find_mention


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Transport Minister Ilse Varo told reporters that 31 bridges had been closed.",
            "31",
            "Transport Minister Ilse Varo",
        ),
        (
            "The state will spend 12 million dollars on schools, Education Minister Rami Olsson "
            "told state television.",
            "12",
            "Education Minister Rami Olsson",
        ),
        (
            "Water Principal Secretary Juma Keter said 18 dams were full.",
            "18",
            "Water Principal Secretary Juma Keter",
        ),
        (
            "Prime Minister Hana Dorsen said 44 schools would reopen.",
            "44",
            "Prime Minister Hana Dorsen",
        ),
    ],
)
def test_portfolio_title_before_a_name_stays_in_the_source(nlp, text, figure, source):
    doc, mention = find_mention(nlp, text, figure)
    assert find_source(doc, mention.number_token(doc)).text == source


def test_name_without_a_title_is_the_name_alone(nlp):
    doc, mention = find_mention(nlp, "Ilse Varo said 31 bridges had been closed.", "31")
    assert find_source(doc, mention.number_token(doc)).text == "Ilse Varo"
