"""partisan_source on a side's own figures read where news names the side once (session 50,
branch partisan3): a speaker saying what they are worth ("she's worth $10 billion", their own
finances), a person named once as an organiser or leader of a march, rally, protest, boycott or
strike ("march organiser Jane Doe" ... "Doe said"), an occupier's appointees
("Russian-installed officials"), and a candidate telling its own act in the first person ("I
testified for 11 hours", "I should have used two email addresses"), and a candidate's team or
camp on the race ("Lopez's team said it had raised $6 million"). Gold README partisan_source ("a campaign's or march organisers'
own count", "Hamas-run"); docs/gold-conventions.md "Candidates and campaigns as a partisan
source" (b). Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"
CANDIDATE = "Presidential candidate Ana Lopez toured Ohio on Monday. "


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (CANDIDATE + "Lopez says she is worth more than $10 billion.", "$10 billion"),
        (CANDIDATE + '"I\'m worth more than $10 billion," Lopez said.', "$10 billion"),
        ("Tom Reyes claims he's worth $4 billion.", "$4 billion"),
    ],
)  # fmt: skip
def test_a_speaker_saying_what_they_are_worth_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (CANDIDATE + "Lopez said the company is worth $10 billion.", "$10 billion"),
        (CANDIDATE + "Lopez said the deal was worth $10 billion to Ohio.", "$10 billion"),
        (CANDIDATE + "Forbes said Lopez is worth $4.5 billion.", "$4.5 billion"),
    ],
)  # fmt: skip
def test_what_a_thing_or_someone_else_is_worth_is_not_partisan(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ('"More than 5,000 people came out today," said Jane Doe, an organizer of the march.',
         "5,000"),
        ("Jane Doe, one of the march's organizers, said more than 5,000 people came.", "5,000"),
        ("Jane Doe, who organized the rally, said more than 5,000 people came.", "5,000"),
        ("Jane Doe, an organizer of the boycott, spoke to reporters on Monday. Doe said 300 "
         "stores had signed on.", "300"),
        ("Protest leader Jane Doe said 12 people were arrested at the march.", "12"),
    ],
)  # fmt: skip
def test_a_named_organiser_of_a_march_or_protest_gives_its_own_count(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Jane Doe, a community organizer, said 12 families had been evicted.", "12"),
        ("Jane Doe, an organizer of the vigil, said 12 people were shot on the block this year.",
         "12"),
        ("Jane Doe, a leader of the union, said 12 people were laid off.", "12"),
        ("Jane Doe, who attended the march, said more than 5,000 people came.", "5,000"),
    ],
)  # fmt: skip
def test_an_organiser_of_no_side_s_action_is_not_partisan(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Russian-installed officials in the occupied region said 12 people were killed by "
         "shelling.", "12"),
        ("The Moscow-installed governor said 12 people were wounded.", "12"),
    ],
)  # fmt: skip
def test_an_occupier_installed_authority_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (CANDIDATE + '"I testified for 11 hours," Lopez said.', "11 hours"),
        (CANDIDATE + '"Yes, I should have used two email addresses, one for personal matters and '
         'one for my work," Lopez said.', "two"),
        (CANDIDATE + '"I have again filed my report, which is 104 pages, on time," Lopez said.',
         "104"),
    ],
)  # fmt: skip
def test_a_candidate_telling_its_own_act_in_the_first_person_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # people the act names or picks: a stand (realgold5 gold)
        (CANDIDATE + '"As an example, I gave two judges who were very conservative judges," '
         "Lopez said.", "two"),
        # a plan, a hope, the country's loss, a stand
        (CANDIDATE + '"I will create 25 million jobs," Lopez said.', "25 million"),
        (CANDIDATE + '"I would create 25 million jobs," Lopez said.', "25 million"),
        (CANDIDATE + '"We lost 3,000 people on 9/11," Lopez said.', "3,000"),
        (CANDIDATE + '"I proposed a $12 minimum wage," Lopez said.', "$12"),
        # someone else's regret; a speaker who is no candidate
        (CANDIDATE + '"The governor should have raised the wage to $15," Lopez said.', "$15"),
        ('Tom Bauer, a county clerk, toured Ohio on Monday. "I testified for two hours," Bauer '
         "said.", "two hours"),
    ],
)  # fmt: skip
def test_a_plan_a_pick_or_a_non_candidates_act_is_not_partisan(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (CANDIDATE + "Lopez's team said it had raised $6 million since the debate.",
         "$6 million"),
        (CANDIDATE + "The Lopez camp said it had raised $6 million since the debate.",
         "$6 million"),
    ],
)  # fmt: skip
def test_a_candidates_team_or_camp_on_the_race_is_partisan(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a third matter; a mayor's team, no candidate; a team of players
        (CANDIDATE + "Lopez's team said the plan would save families $2,000 a year.", "$2,000"),
        ("Mayor Tom Bauer toured Ohio on Monday. Bauer's team said the city had raised $6 "
         "million for the park.", "$6 million"),
        ("The Ohio State team said 20 players were injured.", "20"),
    ],
)  # fmt: skip
def test_a_team_off_the_race_or_of_no_candidate_is_not_partisan(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Separatist commanders said they had captured 40 border guards.", "40"),
        ("A spokesman for the rebels said 18 government soldiers were captured.", "18"),
        ("The insurgents said they destroyed 5 army trucks on the highway.", "5"),
        ("The rebels said they fired 60 rockets at the base overnight.", "60"),
    ],
)
def test_an_armed_group_reporting_its_own_action_is_partisan(nlp, text, figure):
    assert "partisan_source" in kinds_of(nlp, text, figure)


def test_an_armed_group_on_what_it_did_not_do_is_not_partisan_by_this_rule(nlp):
    assert "partisan_source" not in kinds_of(
        nlp, "The rebels said 200 civilians had fled the town.", "200"
    )


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Health officials in Hamas-controlled Gaza said 22 people were killed.", "22"),
        ("The health office in rebel-held Idlib said 60 people were wounded.", "60"),
        ("Officials in the Russian-occupied city said 9 people died.", "9"),
    ],
)
def test_a_source_speaking_from_a_place_a_side_runs_is_partisan(nlp, text, figure):
    assert "partisan_source" in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Teachers in UN-run schools said 300 children attended.", "300"),
        ("Officials in the city said 9 people died.", "9"),
    ],
)
def test_a_source_in_a_place_no_side_runs_is_not_partisan(nlp, text, figure):
    assert "partisan_source" not in kinds_of(nlp, text, figure)
