"""A source that stands for one identified person is named_person, not the anonymous default:
a "he"/"she" no look-back resolves, in an article that has named people before it, and a
definite campaign epithet ("the candidate", "the nominee"; lexicon.candidate_roles). Gold
README, "Source kinds": a person named or identified by a unique role -> named_person."""

from __future__ import annotations

from factcheck.model import SourceKind
from tests.conftest import source_of

_FAR = " ".join(f"The county fair opened its gates on day {n} of the season." for n in range(1, 6))


def test_she_far_after_a_named_person_is_a_named_person(nlp):
    text = f"Marta Olsen runs the food bank. {_FAR} She said 85 families came on Friday."
    assert source_of(nlp, text, "85")[1] == SourceKind.NAMED_PERSON


def test_he_with_no_person_named_stays_anonymous(nlp):
    text = f"{_FAR} He said 14 stalls were empty."
    assert source_of(nlp, text, "14")[1] == SourceKind.ANONYMOUS


def test_she_kept_unnamed_stays_anonymous(nlp):
    text = (
        f"Marta Olsen runs the food bank. {_FAR} She said 85 families came, speaking on "
        "condition of anonymity."
    )
    assert source_of(nlp, text, "85")[1] == SourceKind.ANONYMOUS


def test_the_nominee_is_a_named_person(nlp):
    text = "The nominee told supporters in Tampa that 70 percent of voters want change."
    assert source_of(nlp, text, "70 percent") == ("The nominee", SourceKind.NAMED_PERSON)


def test_the_businessman_is_a_named_person(nlp):
    text = "The businessman said his hotels employ 4,500 workers."
    assert source_of(nlp, text, "4,500") == ("The businessman", SourceKind.NAMED_PERSON)


def test_plural_candidates_stay_anonymous(nlp):
    text = "Several candidates said 25 percent of voters are undecided."
    assert source_of(nlp, text, "25 percent")[1] == SourceKind.ANONYMOUS
