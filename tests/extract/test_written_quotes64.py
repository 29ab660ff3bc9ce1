"""Sources, session 64 (rg64): "read" reports a quotation when a written thing is its subject
(`“...,” the statement read`): the statement is the source of its figures.

Sentences are invented, parallel to real cases (realgold48, PolNeAR, GVA).
"""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_statement_that_reads_a_quotation_is_its_source(nlp):
    text = (
        "Lakeview Radio confirmed the meeting. “The station's director has met with Mayor Ortiz "
        "twice over the past four months about a town hall on June 3,” the statement read."
    )
    assert source_of(nlp, text, "four months") == ("the statement", SourceKind.NAMED_ORG)


def test_person_reading_aloud_is_not_made_a_written_source(nlp):
    text = "Ortiz read the statement aloud. “We hired 40 new teachers,” she read."
    assert source_of(nlp, text, "40")[0] == "Ortiz"
