"""Sources, session 68 (wsrc68b): a speaker the parse reads as an apposition of the phrase
before it ("At the Central Hospital, a doctor who asked not to be named said ...", "In Dara,
one of the worst hit, a local teacher reached by phone said ...") is the subject the reporting
verb lacks: an unnamed source, not none (appositive_speakers.py; tests/wirek, tests/wiren,
tests/wirew golds). An apposition with no reporting verb after it gives no source.

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "At the Central Hospital, a doctor who asked not to be named because he was not "
            "allowed to speak to the press said the hospital had received 14 injured people.",
            "14",
            "a doctor",
        ),
        (
            "In the village of Dara, one of the worst hit, a local teacher reached by phone "
            "said nearly 150 of the village's 400 residents were missing.",
            "nearly 150",
            "a local teacher reached by phone",
        ),
        (
            "In Kisumu, on the shore of Lake Victoria, a 29-year-old nurse at the district "
            "clinic said a ward built for 30 patients was holding 64 on Friday.",
            "64",
            "a 29-year-old nurse at the district clinic",
        ),
    ],
)
def test_a_speaker_read_as_an_apposition_is_the_verbs_subject(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.ANONYMOUS)


def test_an_apposition_with_no_reporting_verb_gives_no_source(nlp):
    text = "In Kisumu, the capital, prices rose 40% last year."
    assert source_of(nlp, text, "40%") == ("", SourceKind.NONE)


def test_an_apposition_inside_according_to_leaves_the_cited_source(nlp):
    text = (
        "According to early results of exit polls conducted for the Daily Star and radio "
        "networks by Harlan Research, majorities of Democratic primary voters in all four "
        "states say they feel ignored by leaders of the party."
    )
    source, _ = source_of(nlp, text, "four")
    assert "exit polls" in source
