"""An unnamed speaker's place stays in the source when the parse hangs the speaker's clause on
the place ("An aid worker in Adre, who asked not to be named, said"; tests/wired, tests/wiree)."""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_an_unnamed_speakers_place_stays_before_a_clause_on_it(nlp):
    text = (
        "An aid worker in Dorne, who asked not to be named, said at least 30 people had "
        "arrived with wounds."
    )
    assert source_of(nlp, text, "at least 30") == ("An aid worker in Dorne", SourceKind.ANONYMOUS)


def test_a_place_with_a_figure_in_it_is_left_out(nlp):
    # near-miss: the "in" phrase carries a figure, so it is not the speaker's place
    text = "A doctor in a ward of 40 beds said at least 30 people had arrived with wounds."
    assert source_of(nlp, text, "at least 30")[0] == "A doctor"
