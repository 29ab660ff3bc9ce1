""" "Last month, 26 percent said the same": the parse reads "the same" as a second subject of
"said", and the nearest subject became the source. What was said is no one who said it: the
share is the poll's (gold README, source none in the sentence itself)."""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_what_a_share_said_the_same_as_is_no_source(nlp):
    text = "Last month, 31 percent said the same."
    assert source_of(nlp, text, "31 percent") == ("", SourceKind.NONE)


def test_a_speaker_who_said_the_same_stays_the_source(nlp):
    text = "Mayor Ortiz said 40 percent of the budget goes to roads, and the council said the same."
    assert source_of(nlp, text, "40 percent")[0] == "Mayor Ortiz"
