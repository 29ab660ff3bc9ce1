"""Sources, session 74 (rsrc74): a figure in a "what X estimated were" clause is X's ("gave
aid to what relief groups estimated were 9,000 families" -> relief groups), even where the
parse hangs the "were" on the main verb (tests/realgold50 "advocates", tests/wire2j). Not a
"what" clause whose verb does not report.

Sentences are invented.
"""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_what_x_estimated_were_gives_x(nlp):
    text = "The law granted relief to what charities estimated were more than 9,000 families."
    assert source_of(nlp, text, "more than 9,000") == ("charities", SourceKind.ANONYMOUS)


def test_what_x_said_was_gives_x(nlp):
    text = "The Harlow Trust published what it said was a $4 million shortfall in the budget."
    assert source_of(nlp, text, "$4 million") == ("The Harlow Trust", SourceKind.NAMED_ORG)


def test_what_clause_that_does_not_report_gives_no_source(nlp):
    text = "The law granted relief to what remained of 9,000 families in the valley."
    assert source_of(nlp, text, "9,000")[1] is SourceKind.NONE
