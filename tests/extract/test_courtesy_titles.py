"""Sources, session 46 (src4): a pronoun resolved to a person named before keeps the courtesy
title written before the name ("Mr. Ortiz", not the tagger's "Ortiz").

Sentences are invented, parallel to real cases (NYT-style "Mr."/"Mrs." names).
"""

from factcheck.model import SourceKind
from tests.conftest import source_of


def test_he_added_after_a_quotation_takes_mr_with_the_name(nlp):
    text = (
        "Mr. Ortiz himself has been making this argument for weeks. ''I am going to win this,'' "
        "he said on Monday.\n\n''We were at 6 and 7 percent,'' he added."
    )
    assert source_of(nlp, text, "7 percent") == ("Mr. Ortiz", SourceKind.NAMED_PERSON)


def test_she_said_takes_mrs_with_the_name(nlp):
    text = (
        "Mrs. Lane has been pushed to some of these positions by her rivals. "
        "''We will hire 40 new teachers,'' she said."
    )
    assert source_of(nlp, text, "40") == ("Mrs. Lane", SourceKind.NAMED_PERSON)


def test_he_said_in_reported_speech_takes_mr_with_the_name(nlp):
    text = "Mr. Ortiz visited the plant on Tuesday. He said the company would cut 200 jobs."
    assert source_of(nlp, text, "200") == ("Mr. Ortiz", SourceKind.NAMED_PERSON)


def test_a_title_and_full_name_stay_whole(nlp):
    text = (
        "Dr. Amir Patel visited the clinic on Monday. ''We treated 300 patients last year,'' "
        "he said."
    )
    assert source_of(nlp, text, "300") == ("Dr. Amir Patel", SourceKind.NAMED_PERSON)
