"""A quotation passing on what unnamed others told the speaker gives the figure to "They",
anonymous (tests/wired d_2, tests/wirej j_3)."""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_they_told_us_in_a_quotation_is_an_unnamed_source(nlp):
    text = (
        "Among them was Ana Lopes, 29, whose sister was on the bus. "
        '"They told us three people are alive. Nobody will tell us who," she said.'
    )
    assert source_of(nlp, text, "three") == ("They", SourceKind.ANONYMOUS)


def test_they_told_me_after_the_speaker_is_named(nlp):
    text = (
        '"The water came at night," said Grace Obi, a trader sheltering with her children. '
        '"They told me there are 3,000 people in this camp."'
    )
    assert source_of(nlp, text, "3,000") == ("They", SourceKind.ANONYMOUS)


def test_the_speakers_own_figure_beside_they_stays_the_speakers(nlp):
    # near-miss: "they" is what the figure counts, not who told it
    text = '"They burned 12 houses in our street," said Grace Obi, a trader in the camp.'
    assert source_of(nlp, text, "12") == ("Grace Obi", SourceKind.NAMED_PERSON)
