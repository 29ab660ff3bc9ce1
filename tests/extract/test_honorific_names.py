"""A pronoun resolved to a name keeps the honorific the article writes before the name
("he added" after "Mr. Smith said ..." -> "Mr. Smith"; honorific_names.py).

Sentences are invented.
"""

import pytest
from spacy.language import Language

from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Mr. Hallett has been making this argument for weeks. ''We were at 20 percent"
            " in March,'' he added.",
            "20 percent",
            "Mr. Hallett",
        ),
        (
            "Mrs. Dunmore spoke at the rally on Friday. She said the plan would cost $40 billion.",
            "$40 billion",
            "Mrs. Dunmore",
        ),
        (
            "Dr. Okafor visited the clinic on Tuesday. She said 300 patients were waiting.",
            "300",
            "Dr. Okafor",
        ),
        (
            "Ms. Varga toured the plant in the morning. ''We hired 120 workers,'' she said.",
            "120",
            "Ms. Varga",
        ),
    ],
)
def test_pronoun_source_keeps_the_honorific_of_its_name(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Tom Hallett has been making this argument for weeks. ''We were at 20 percent"
            " in March,'' he added.",
            "20 percent",
            "Tom Hallett",
        ),
    ],
)
def test_pronoun_source_without_an_honorific_is_unchanged(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source
