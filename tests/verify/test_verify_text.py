"""Measures, places and dates read from plain text (issue 9)."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.verify.context import find_text_date
from factcheck.verify.measures import counts_a_part, find_measure, names_a_part
from factcheck.verify.places import find_place_keys, find_place_mentions, find_region_keys


@pytest.mark.parametrize(
    "subject, before, after, expected",
    [
        ("people killed", "", "", "killed"),
        ("death count", "the ", " according to", "killed"),
        ("fatalities", "", "", "killed"),
        ("people", "", " people dead in Israel, the official said", "killed"),
        ("others wounded", "", "", "injured"),
        ("victims", "", " victims are in critical condition", "injured"),
        ("", "", " hurt in the crash", "injured"),
        ("hostages", "", "", "hostages"),
        ("people", "Gaza's population of ", " people, leaving", "population"),
        ("people shot", "", " people shot, two fatally", None),
        ("", "", " people shot and killed", "killed"),
        ("shots", "", " shots killed him", None),
        ("main agenda items", "", "", None),
        ("block", "in the 3500 ", " block of Main St. where a man was killed", None),
        ("Democrats", "", " from the far-left flank", None),
        ("deceased persons", "", " deceased persons in the cabin", "killed"),
        ("people found", "", " people were found shot to death in a van", "killed"),
        ("man", "a fight that left ", " man dead and two hurt", "killed"),
        ("people found", "", " people found guilty of fraud", None),
        ("man", "", " man was arrested at the scene", None),
        # the extractor's singular after an irregular plural changes nothing
        ("other young men (man)", "", " other young men were wounded", "injured"),
        ("children (child) shot", "", " children shot and killed", "killed"),
    ],
)
def test_subject_and_neighbouring_words_map_to_a_measure(subject, before, after, expected):
    assert find_measure(subject, before=before, after=after) == expected


@pytest.mark.parametrize(
    "subject, after, text, expected",
    [
        ("shot", " shot at a lodge party", "7 shot at a lodge party. All are expected to recover.",
         "injured"),
        ("teens", " teens were shot near a gym", "Two teens were shot near a gym on Friday.",
         "injured"),
        ("shot", " shot at a lodge party", "7 shot at a lodge party. One man died later.", "shot"),
        ("shot", " shot at a lodge party", "7 shot at a lodge party; a homicide unit is on it.",
         "shot"),
        ("shooting victims", " shooting victims were taken to a hospital",
         "Three shooting victims were taken to a hospital. One died.", "shot"),
        ("shooting victims", " shooting victims died at the scene",
         "Two shooting victims died at the scene.", "killed"),
        ("shooting victims", " shooting victims", None, None),
        ("people shot", " people shot and killed", "Two people shot and killed at a bar.",
         "killed"),
        ("teens", " teens were shot near a gym", None, None),
    ],
)  # fmt: skip
def test_people_shot_are_injured_without_a_death_else_everyone_shot(subject, after, text, expected):
    assert find_measure(subject, after=after, text=text) == expected


def test_money_or_percent_is_never_a_casualty_measure():
    assert find_measure("people killed", unit="percent") is None


@pytest.mark.parametrize(
    "place, keys",
    [
        ("Orange (county)", ["orange county"]),
        ("New York (Manhattan)", ["new york", "manhattan"]),
        ("Saint Louis", ["saint louis", "st. louis", "st louis"]),
    ],
)
def test_reference_places_get_the_names_articles_use(place, keys):
    assert find_place_keys(place) == keys


@pytest.mark.parametrize(
    "text, key, found",
    [
        ("ALTURAS, Calif. - Four people", "calif.", True),
        ("shot in Dover, DE on Friday", "de", True),
        ("people de la ville", "de", False),
        ("Gunmen wound 4 in a New York bodega", "york", False),
        ("York police said", "york", True),
        ("in New York", "new york", True),
    ],
)
def test_place_names_are_found_as_whole_names_only(text, key, found):
    assert bool(find_place_mentions(text, key)) is found


def test_state_abbreviations_are_region_keys():
    assert find_region_keys("Delaware") == ["delaware", "del.", "de"]


def test_article_without_a_date_is_dated_by_the_latest_day_it_names():
    text = "on November 1, 2023. ... Thursday, Nov. 2, 2023. (AP Photo)"
    assert find_text_date(text) == date(2023, 11, 2)
    assert find_text_date("no dates here") is None


@pytest.mark.parametrize(
    "subject, before, after, figure, expected",
    [
        ("people shot", "", " people were fatally shot outside a bar", "two", "killed"),
        ("people shot", "", " people were reportedly shot to death in a home", "three", "killed"),
        ("people", "a gunman fatally shot ", " people in two towns", "four", "killed"),
        ("people", "police said he shot ", " people, killing one", "five", "shot"),
        ("people", "the shooting of ", " people in two incidents", "six", "shot"),
        ("victims", "", " in an upstairs bedroom", "two slain", "killed"),
        ("officers", "", " at the hospital", "three wounded", "injured"),
        ("people", "he is accused of stalking ", " people", "two", None),
        ("people", "a teacher who taught ", " people", "nearly thirty", None),
        ("shot", "including one shot ", " times drove away", "9", None),
        # a headline's participle counts everyone shot, whatever the clause says died after it
        ("men (man)", "", " men shot, one fatally, inside a deli", "Two", "shot"),
        ("people", "", " people shot in Queens overnight", "Five", "shot"),
        ("people", "", " people shot dead in Queens", "Five", "killed"),
        # negative: the figure counts who shot, not who was shot
        ("men", "", " men shot a clerk and fled", "Two", None),
    ],
)  # fmt: skip
def test_verbs_before_and_the_figures_own_words_map_to_a_measure(
    subject, before, after, figure, expected
):
    text = "A man died. " + before + figure + after
    assert find_measure(subject, before=before, after=after, text=text, figure=figure) == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" victims are in critical condition and four are stable.", True),
        (" are in good or fair condition, while two remain in serious condition.", True),
        (" in critical and three in stable conditions.", True),
        (" victims were transported to Mercy Hospital.", True),
        (" others remain in the hospital, a spokeswoman said.", True),
        (" people were hospitalized after the shooting.", True),
        (" people were injured and taken to a hospital.", False),
        (" people were shot, and two were taken to a hospital.", False),
        (" people were killed in the shooting on Main Street.", False),
        (" others were critically injured.", False),
        # a figure "of" the people counts some of them
        (" of the victims killed were shot in the head.", True),
        (" of those killed was the shooter, police said.", True),
        (" of them died at the hospital.", True),
        (" people, all of them men, were killed.", False),
    ],
)
def test_a_count_in_care_or_of_the_people_is_a_part(after, expected):
    assert counts_a_part(after) is expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        # a death told with its place: the others may have died elsewhere
        ("", " victim, a 31-year-old man, was pronounced dead at the scene.", True),
        ("", " person died at a local hospital, police said.", True),
        ("", " people were killed in the shooting at the scene of a party.", False),
        # more deaths, the next, the first: beyond or within those already counted
        ("", " more people have since died from their wounds.", True),
        ("Police said the next ", " were shot outside the bar.", True),
        ("with the first ", " victims found inside the home.", True),
        ("One man was killed and ", " others were wounded.", False),
        ("left two men dead and another ", " people injured.", False),
        ("One man was killed and ", " more were wounded.", False),
        ("Police found ", " people dead at the home.", False),
    ],
)
def test_a_count_of_more_of_the_rest_or_of_deaths_at_one_place_is_a_part(before, after, expected):
    assert counts_a_part(after, before) is expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("women (woman) killed", True),
        ("children (child) killed", True),
        ("other people shot", True),
        ("other males shot", True),
        ("kids killed", True),
        ("teenage girls killed", True),
        ("adults injured", True),
        ("people killed", False),
        ("victims shot", False),
        ("individuals shot", False),
        ("killed", False),
        ("", False),
    ],
)
def test_a_count_of_a_group_within_the_harmed_is_a_part(subject, expected):
    # "two women were shot to death" of a man, two women and a child: some of the killed
    assert names_a_part(subject) is expected


@pytest.mark.parametrize(
    ("after", "text", "expected"),
    [
        # an implied count the extractor read as shot is everyone shot in an article with a death
        (" in the shoulder. He died.", "A man fired, striking a child in the shoulder. He died.",
         "shot"),
        # and the injured in an article that tells of no death
        (" in the shoulder.", "Shots were fired, striking a child in the shoulder.", "injured"),
    ],
)  # fmt: skip
def test_an_implied_count_of_someone_shot_has_a_measure_whatever_follows(after, text, expected):
    assert find_measure("child shot", after=after, text=text, figure="a child", implied=True) == (
        expected
    )


def test_a_stated_figure_before_shot_still_needs_shot_after_it():
    # "one shot 9 times": the figure counts no one shot, as before
    text = "Police found one shot 9 times."
    assert find_measure("shot", after=" 9 times.", text=text, figure="one") is None


@pytest.mark.parametrize(
    ("subject", "after", "expected"),
    [
        # the cue past an appositive, within the clause
        ("victim", " victim, a 27-year-old woman, was pronounced dead at the scene.", "killed"),
        ("other victims", " other victims were taken to Mercy General Hospital with injuries.",
         "injured"),
        # negative: a cue in the next clause says nothing of this figure
        ("victims", " victims were at the party; later that night a man was killed.", None),
    ],
)  # fmt: skip
def test_a_people_counts_cue_is_read_to_the_end_of_its_clause(subject, after, expected):
    assert find_measure(subject, after=after, figure="two") == expected


@pytest.mark.parametrize(
    ("subject", "before", "after", "figure", "expected"),
    [
        # the verb before a "... shot" subject's figure says what it counts
        ("people shot", "after a gunman shot ", " people following a game", "seven", "shot"),
        ("others shot", "as he ran, he shot ", " others: a student and a guard", "two", "shot"),
        # negative: shots and times are no people
        ("times shot", "his wife was shot ", ", but survived", "three times", None),
        ("shot", "including one shot ", " drove away", "9 times", None),
    ],
)  # fmt: skip
def test_a_shot_subject_reads_the_verb_before_its_figure(subject, before, after, figure, expected):
    text = "A man died. " + before + figure + after
    assert find_measure(subject, before=before, after=after, text=text, figure=figure) == expected
