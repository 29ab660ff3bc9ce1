"""Sources, session 26 (sources34): source continuity across sentences.

Sentences are invented, parallel to real cases.
"""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_continued_quotation_takes_the_speaker_not_a_word_of_the_first_quotation(nlp):
    # the parse hangs "they" of the first quotation on "said": the continued quotation was
    # read with its own bounds, so "they" passed as the speaker of "Over half"
    text = (
        '"These counties are very important, but they [have] only 4 percent of the voters," '
        'field director Ana Cruz said. "Over half the voters live in the three big cities."'
    )
    assert source_of(nlp, text, "Over half") == ("Ana Cruz", SourceKind.NAMED_PERSON)


def test_figure_of_the_first_quotation_keeps_its_speaker(nlp):
    text = (
        '"These counties are very important, but they [have] only 4 percent of the voters," '
        'field director Ana Cruz said. "Over half the voters live in the three big cities."'
    )
    assert source_of(nlp, text, "4 percent") == ("Ana Cruz", SourceKind.NAMED_PERSON)
