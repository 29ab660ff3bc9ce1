"""A poll table's credit line names the source of the table's figures (src52, credit_lines.py).

Texts are invented, in the shape of a poll graphic printed as text.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of

_PROSE = (
    "Voters in the county were asked about the school levy this week, and most of them said "
    "they had not yet made up their minds about how they would vote in the spring.\n\n"
)
_TABLE = (
    _PROSE + "LEVY VOTE.\n\n"
    "Should the school levy be raised?\n\n"
    "No    58%.\n\n"
    "Yes    33%.\n\n"
    "Poll of 1,000 likely voters taken Monday through Friday.\n\n"
    "Source Lee College poll.\n"
)


@pytest.mark.parametrize("figure", ["58%", "33%", "1,000"])
def test_a_credit_line_names_the_source_of_its_table(nlp, figure):
    assert source_of(nlp, _TABLE, figure) == ("Lee College poll", SourceKind.NAMED_ORG)


def test_a_credit_line_with_a_colon_names_the_source_too(nlp):
    text = _PROSE + "Approve    41%.\n\nDisapprove    52%.\n\nSOURCE: Ruiz Research\n"
    assert source_of(nlp, text, "41%") == ("Ruiz Research", SourceKind.NAMED_ORG)


def test_prose_before_a_table_is_not_credited(nlp):
    text = (
        "Some 12 percent of the county's voters are undecided on the levy, and the board "
        "has not said when it will put the question on the ballot this spring.\n\n"
        "No    58%.\n\nYes    33%.\n\nSource Lee College poll.\n"
    )
    assert source_of(nlp, text, "12 percent") == ("", SourceKind.NONE)


def test_a_credit_line_under_prose_names_no_table(nlp):
    text = (
        "The fire destroyed 4 homes on Elm Street.\n\nCrews stayed for 6 hours.\n\nSource: WXYZ\n"
    )
    assert source_of(nlp, text, "4") == ("", SourceKind.NONE)
