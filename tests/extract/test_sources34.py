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
    assert source_of(nlp, text, "Over half") == ("field director Ana Cruz", SourceKind.NAMED_PERSON)


def test_figure_of_the_first_quotation_keeps_its_speaker(nlp):
    text = (
        '"These counties are very important, but they [have] only 4 percent of the voters," '
        'field director Ana Cruz said. "Over half the voters live in the three big cities."'
    )
    assert source_of(nlp, text, "4 percent") == ("field director Ana Cruz", SourceKind.NAMED_PERSON)


def test_he_said_goes_on_with_the_subject_of_a_reporting_participle(nlp):
    # "saying" has no subject of its own: Reyes speaks, Lopez is only named in what he said
    text = (
        "Tom Reyes repeated that pledge in his interview on Monday, saying Lopez was committed "
        'to a statewide race.\n\n"We will run a campaign in all 40 counties," he said.'
    )
    assert source_of(nlp, text, "40") == ("Tom Reyes", SourceKind.NAMED_PERSON)


def test_he_said_passes_over_an_organisation_behind_a_participle(nlp):
    # the participle's clause has an organisation for subject: not whom "he" stands for
    text = (
        "The Harlow County board met on Monday, saying Lopez was committed to the race.\n\n"
        '"We will run a campaign in all 40 counties," he said.'
    )
    assert source_of(nlp, text, "40") == ("Lopez", SourceKind.NAMED_PERSON)
