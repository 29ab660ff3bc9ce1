"""Subjects of session 33's subjB41 branch: counts set off by a dash, figures after the
conjunction "that" (invented text)."""

from __future__ import annotations

import pytest

from tests.conftest import claims_of, subject_of


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        (
            "The mayor has gathered a loyal group of union organizers - 41, to be exact, "
            "according to his office.",
            "41",
            {"organizers"},
        ),
        (
            "The draft rule drew a flood of letters from farmers - roughly 12,000 in all.",
            "roughly 12,000",
            {"letters"},
        ),
        (
            "The campaign split into two teams. The volunteers -- about 30 of them -- knocked "
            "on doors until dark.",
            "about 30",
            {"volunteers"},
        ),
        (
            "The old students and teachers -- some 45 of them -- gathered at the gym.",
            "some 45",
            {"students", "teachers"},
        ),
    ],
)
def test_bare_count_after_a_dash_counts_the_noun_before_it(nlp, text, figure, words):
    assert words <= set(subject_of(nlp, text, figure).split())


def test_name_before_a_dash_is_not_what_the_count_counts(nlp):
    # a tally's side ("Ortiz - 412"), not the thing counted
    text = "The final tally was close. Ortiz - 412, Lee - 398."
    assert "Ortiz" not in subject_of(nlp, text, "412").split()


def test_count_after_a_dash_with_its_own_noun_keeps_it(nlp):
    text = "The fire hit a row of shops - 12 stores in all."
    assert "stores" in subject_of(nlp, text, "12").split()


def test_figure_after_demonstrative_that_is_still_a_re_mention(nlp):
    text = "Ortiz backs a $14 wage. Lee said that $14 figure is too low."
    assert _subjects(nlp, text, "$14")[-1].split()[-1] == "wage"


def _subjects(nlp, text: str, figure: str) -> list[str]:
    return [c.subject for c in claims_of(nlp, text) if c.text == figure]


def test_tally_after_a_dash_keeps_the_noun_after_it(nlp):
    text = "Ortiz edged Lee by less than 1 percent -- 5,120 to 5,002 votes."
    assert "votes" in subject_of(nlp, text, "5,120").split()


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        ("Ads will run in the nine swing States this fall.", "nine", {"swing", "States"}),
        ("The senator hosted 150 establishment Republicans at dinner.", "150", {"Republicans"}),
        ("The mayor invited 250 establishment Democrats to the gala.", "250", {"Democrats"}),
        ("She had 300 establishment Republicans on her side.", "300", {"Republicans"}),
    ],
)
def test_figure_hung_on_a_compound_counts_the_compounds_head(nlp, text, figure, words):
    assert words <= set(subject_of(nlp, text, figure).split())


def test_body_size_hyphened_to_its_figure_counts_members(nlp):
    text = "The plan went to the full 112-member Rules Committee for a vote."
    assert subject_of(nlp, text, "112") == "member"


def test_figure_hung_on_a_hyphened_compound_counts_its_head(nlp):
    text = "The clinic had between four and seven part-time nurses at any given time."
    assert "nurses" in subject_of(nlp, text, "between four and seven")


def test_count_after_a_dash_ending_a_phrase_on_the_verb_keeps_the_verbs_object(nlp):
    text = "Lee won 2 million votes in the state primary process - 2.1 million to be precise."
    assert "process" not in subject_of(nlp, text, "2.1 million").split()


def test_count_after_a_dash_that_is_part_of_a_counted_whole_keeps_the_wholes_subject(nlp):
    text = "Five people — two of them students — were shot near the park."
    assert "shot" in subject_of(nlp, text, "two").split()


def test_bare_figure_after_conjunction_that_still_takes_the_earlier_figure(nlp):
    text = "Two people were found dead. Six men were shot, and police confirmed that two were dead."
    assert "dead" in _subjects(nlp, text, "two")[-1].split()
