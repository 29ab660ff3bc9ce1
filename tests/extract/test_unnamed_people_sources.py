"""anon62 (session 62): unnamed sources in forms the caveat and attribution rules missed, with
near misses that must stay as they were. Invented sentences; gold README, anonymous_source
("the source is unnamed") and "Source kinds" (unnamed people -> anonymous)."""

from __future__ import annotations

import pytest

from factcheck.extract.caveats.kept_anonymous import anonymity_cue
from factcheck.extract.caveats.unnamed_persons import names_an_unnamed_person
from factcheck.model import Caveat, SourceKind
from tests.conftest import claim_named


def _anonymous(claim) -> bool:
    return any(m.kind == Caveat.ANONYMOUS_SOURCE for m in claim.caveats)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A man who lives across the road said he heard five shots.", "five"),
        ("An eyewitness said the gunman fired 11 rounds.", "11"),
        ("Critics say the stadium deal has cost the county $60 million.", "$60 million"),
        ("Supporters of the levy said it would raise $8 million a year.", "$8 million"),
        ("A guard, who did not want to speak on the record, said 14 inmates had been moved.", "14"),
    ],
)
def test_a_person_word_with_no_name_is_an_anonymous_source(nlp, text, figure):
    claim = claim_named(nlp, text, figure)
    assert claim.source.kind is SourceKind.ANONYMOUS
    assert _anonymous(claim)


@pytest.mark.parametrize(
    "text",
    [
        "His mother said he had been shot twice.",
        "The mother of the boy said he was shot twice.",
    ],
)
def test_a_relative_by_a_unique_relation_takes_no_anonymous_caveat(nlp, text):
    assert not _anonymous(claim_named(nlp, text, "twice"))


@pytest.mark.parametrize(
    ("phrase", "unnamed"),
    [
        ("A woman", True),
        ("one mother", True),
        ("Opponents of the plan", True),
        ("his supporters", True),
        ("Allies of the mayor", True),
        ("Those familiar with the talks", True),
        ("the child’s father", False),
        ("The woman", False),
        ("the mother of the boy", False),
        ("the 40 students", False),
        ("these voters", False),
        ("its own audit", False),
    ],
)
def test_only_an_unowned_person_word_names_an_unnamed_person(phrase, unnamed):
    assert names_an_unnamed_person(phrase.split()) is unnamed


@pytest.mark.parametrize(
    "text",
    [
        "The woman, who asked that her name not be used, said her rent rose.",
        "A clerk, who declined to give his full name, said so.",
        "A man who would give only his first name said so.",
        "The nurse, who did not want to speak on the record, said so.",
        "An aide speaking off the record said so.",
    ],
)
def test_a_name_kept_back_is_an_anonymity_cue(text):
    assert anonymity_cue(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee, a spokeswoman for the county, said so on the record.",
        "The boy, whose name was withheld because he is 15, was hurt.",
        "Police declined to give his name.",
        "Inmates were not allowed to talk to the 12 visitors.",
    ],
)
def test_a_name_withheld_from_no_speaker_is_no_anonymity_cue(text):
    assert anonymity_cue(text) is None


def test_a_she_no_name_stands_for_is_an_anonymous_source(nlp):
    text = "A volunteer described the scene as chaotic. She said 60 families had been turned away."
    claim = claim_named(nlp, text, "60")
    assert claim.source.kind is SourceKind.ANONYMOUS
    assert _anonymous(claim)


def test_a_she_after_a_named_person_takes_no_anonymous_caveat(nlp):
    text = (
        "A deputy described the scene as chaotic. Deputy Ruiz said more than 20 cars were "
        "towed. She said 60 families had been turned away."
    )
    claim = claim_named(nlp, text, "60")
    assert claim.source.kind is SourceKind.NAMED_PERSON
    assert not _anonymous(claim)


def test_a_report_that_opens_a_list_is_the_source_of_every_figure_in_it(nlp):
    text = (
        "Earlier, Linwood officials reported three patients were in critical condition, two "
        "were in fair condition, and one was being assessed."
    )
    for figure in ("three", "two", "one"):
        claim = claim_named(nlp, text, figure)
        assert claim.source.text == "Linwood officials"
        assert _anonymous(claim)


def test_a_report_closing_a_list_keeps_its_source(nlp):
    text = "Police said two men were hurt, and one was taken to a hospital."
    assert claim_named(nlp, text, "one").source.text == "Police"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("The senator did not reach the $3 million his aides said he would raise.", "$3 million",
         "his aides"),
        ("The council did not open the 12 clinics the company says it built.", "12",
         "the company"),
        ("Police declined to name the man, who early reports said had committed suicide.",
         "the man",
         "early reports"),
    ],
)  # fmt: skip
def test_a_reporting_clause_on_the_figure_is_its_source(nlp, text, figure, source):
    assert claim_named(nlp, text, figure).source.text == source


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The county has seven commissioners, two of whom have backed the plan.", "two"),
        ("The plant employs 900 people who said they feared the closure.", "900"),
    ],
)
def test_a_clause_of_those_counted_gives_no_source(nlp, text, figure):
    assert claim_named(nlp, text, figure).source.kind is SourceKind.NONE


def test_a_reporter_inside_a_relative_clause_is_the_source_not_its_antecedent(nlp):
    text = "Police have not named the cyclist, who witnesses said was riding at about 30 mph."
    claim = claim_named(nlp, text, "about 30 mph")
    assert claim.source.text == "witnesses"
    assert _anonymous(claim)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Those familiar with the plan said it would cut 1,100 jobs.", "1,100",
         "Those familiar with the plan"),
        ("Those who live on the block said 4 shots were fired.", "4",
         "Those who live on the block"),
    ],
)  # fmt: skip
def test_those_the_text_describes_are_an_anonymous_source(nlp, text, figure, source):
    claim = claim_named(nlp, text, figure)
    assert claim.source.text == source
    assert _anonymous(claim)


def test_a_demonstrative_fact_is_no_source(nlp):
    claim = claim_named(nlp, "That suggests 40 percent of the votes were lost.", "40 percent")
    assert claim.source.kind is SourceKind.NONE


def test_remarks_counted_in_a_relative_clause_have_no_reporter(nlp):
    text = "Here are nine outrageous things the senator has said about farmers."
    assert claim_named(nlp, text, "nine").source.kind is SourceKind.NONE


def test_a_poll_share_that_speaks_for_itself_takes_no_earlier_report(nlp):
    text = "More than six in 10 said they were tired; 46 percent said they were unenthusiastic."
    assert claim_named(nlp, text, "46 percent").source.kind is SourceKind.NONE
