"""Sources, session 62 (src62): a quotation that opens its own sentence right after a paraphrase
of its speaker (`Lee said the budget was balanced. "We cut 200 jobs."`), in the same or the next
paragraph, with no reporting verb of its own and no earlier quotation to go on, is the
paraphrase's speaker's (gold README "Source": a quotation continued). Words the writer quotes
inside a sentence of their own, and prose after the paraphrase, keep no source.

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source", "kind"),
    [
        (
            'Kelley said the budget was balanced. "We cut 200 positions without a single layoff."',
            "200",
            "Kelley",
            SourceKind.NAMED_PERSON,
        ),
        (
            'Councilman Ray Dorsey said the plan was flawed.\n\n"It will cost 3,000 families '
            'their homes."',
            "3,000",
            "Councilman Ray Dorsey",
            SourceKind.NAMED_PERSON,
        ),
        (
            'The department said the outbreak was under control.\n\n"Only 4 new cases were '
            'reported this week."',
            "4",
            "The department",
            SourceKind.NAMED_ORG,
        ),
    ],
)
def test_quotation_after_a_paraphrase_is_its_speakers(nlp, text, figure, source, kind):
    assert source_of(nlp, text, figure) == (source, kind)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # prose after the paraphrase: the writer's (test_sources_across_sentences)
        ("Hale said the vote was close.\n\nThe measure passed with 51 percent.", "51 percent"),
        # the writer quotes words inside a sentence of their own
        ('Hale said the vote was close. One observer called it "a 51 percent mandate."', "51"),
        # a paragraph between: too far to go on
        (
            'Hale said the vote was close.\n\nThe polls closed at 8.\n\n"Turnout hit 61 percent."',
            "61 percent",
        ),
    ],
)
def test_writer_words_after_a_paraphrase_keep_no_source(nlp, text, figure):
    assert source_of(nlp, text, figure)[1] == SourceKind.NONE
