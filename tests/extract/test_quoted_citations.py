"""A quotation that cites someone for its figure ("according to X", "X said") gives the figure to
the one it cites: the innermost attribution wins over the speaker who passes it on (issue 11).
The speaker's own words keep the speaker, also when the parse hangs the figure on another verb
of the quotation. Sentences are invented.
"""

import pytest
from spacy.language import Language

from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            '"The final tally was 412, according to the county clerk," the newspaper reported.',
            "412",
            "the county clerk",
        ),
        (
            '"I read this morning that Ortiz said his approval was 38 percent," Lee said.',
            "38 percent",
            "Ortiz",
        ),
    ],
)
def test_a_citation_inside_a_quotation_gives_the_cited_source(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ('"We found 12 more bodies today," the mayor said.', "12", "the mayor"),
        (
            '"When the chief tells me that I need more than 3 officers, I listen," Lee said.',
            "more than 3",
            "Lee",
        ),
        (
            '"Gun ownership splits the parties: about twice as many Republicans said they own a '
            'gun, 41 percent to 22 percent," the Pew report noted.',
            "41 percent",
            "the Pew report",
        ),
    ],
)
def test_the_speakers_own_words_keep_the_speaker(
    nlp: Language, text: str, figure: str, source: str
) -> None:
    assert source_of(nlp, text, figure)[0] == source
