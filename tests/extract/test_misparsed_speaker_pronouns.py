"""A "he"/"she" after a reporting verb the parse left without a subject stands for that verb's
misparsed speaker ("In Bukavu, a doctor at the hospital said ... he said"), not a place or the
bare pronoun (sources/misparsed_speakers.py; gold README: the source is who gives the figure)."""

from __future__ import annotations

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_he_after_a_speaker_read_as_a_place_apposition_is_that_speaker(nlp):
    text = (
        "In Bukavu, a 40-year-old doctor at the main hospital said a ward built for 20 "
        'patients held 50 on Friday. "We have run out of soap twice this week," he said.'
    )
    assert source_of(nlp, text, "twice") == (
        "a 40-year-old doctor at the main hospital",
        SourceKind.ANONYMOUS,
    )


def test_she_after_a_verb_hung_on_the_speaker_is_that_speaker(nlp):
    text = (
        "At the ward of a hospital in Kandahar, a nurse who asked not to be named because "
        "staff were told not to speak said 9 babies had died there. The ward's 30 cots were "
        "holding 70 babies, she said."
    )
    assert source_of(nlp, text, "70") == ("a nurse", SourceKind.ANONYMOUS)


def test_he_after_a_speaker_with_a_subject_is_unchanged(nlp):
    text = (
        "A doctor at the main hospital said a ward built for 20 patients held 50 on Friday. "
        '"We have run out of soap twice this week," he said.'
    )
    assert source_of(nlp, text, "twice") == ("A doctor at the main hospital", SourceKind.ANONYMOUS)
