"""Session 71 (pnsrc71): a reporting verb in the infinitive of an adjective after a copula
("were quick to point out that ...") is said by the copula's subject.

Sentences are invented (gold README, "source": whoever gives the figure; realgold24 gold
"Advisers to ...", who were "quick to point out" a count).
"""

import pytest
from spacy.language import Language

from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Aides to the mayor were quick to point out that she won 40 precincts.",
            "40",
            "Aides to the mayor",
        ),
        ("The clerk was careful to note that 12 ballots were lost.", "12", "The clerk"),
        ("Organizers were eager to stress that 900 volunteers had signed up.", "900", "Organizers"),
        (
            "Ms. Ortiz was proud to announce that the plant would hire 300 workers.",
            "300",
            "Ms. Ortiz",
        ),
    ],
)
def test_subject_of_a_speaking_adjective_tells_the_figure(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # an adjective that tells no act done, or a negated one: no one spoke
        ("Officials were unwilling to say whether the 40 missing hikers had died.", "40"),
        ("Officials were not quick to say that 40 people had died.", "40"),
        # the infinitive is no reporting verb
        ("The visitors were quick to score 40 points.", "40"),
    ],
)
def test_no_speaker_when_the_adjective_tells_no_saying(
    nlp: Language, text: str, figure: str
) -> None:
    assert source_of(nlp, text, figure)[0] == ""
