"""A counted casualty named again inside words that restate the harm (harm_mentions.py,
impl57c): the noun the person owns ("Reed's death", "Reed's killer", "Reed's body"), the noun
whose "of", "for" or "on" the person follows ("the killing of Marcus Reed", "a funeral for
Reed", "an autopsy on Reed") or a harm word set on the person ("the slain boy", "the wounded
boy"). Gold README "Implied counts" and "Repeats": a mention whose own words restate the harm
is an implied count of that measure; one whose words tell no harm ("Reed's family said") is
not. Invented sentences; each counted mention fails without the rule."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts
from tests.conftest import later_implied_counts

KILLED = "Marcus Reed, 24, was shot and killed on Elm Street on Friday night. "
SHOT = "Marcus Reed, 24, was shot in the chest on Elm Street on Friday night. "
BOY_KILLED = "A 16-year-old boy was shot and killed on Elm Street on Friday night. "
BOY_HURT = "A 16-year-old boy was shot in the leg on Elm Street on Friday night. "


@pytest.mark.parametrize(
    ("intro", "clause", "count"),
    [
        # mourning and remains of someone counted dead
        (KILLED, "An autopsy on Reed is scheduled for Monday.", ("Reed", "killed", 1)),
        (KILLED, "A funeral for Reed will be held Saturday.", ("Reed", "killed", 1)),
        (KILLED, "Reed's body was found near the car.", ("Reed", "killed", 1)),
        # a harm word set on the person
        (BOY_KILLED, "The slain boy's mother spoke to reporters.", ("The slain boy", "killed", 1)),
    ],
)
def test_harm_words_restate_a_counted_casualty(nlp, intro, clause, count):
    assert count in later_implied_counts(nlp, intro, clause)


@pytest.mark.parametrize(
    ("intro", "clause", "count"),
    [
        # counted before this rule by the first counts' own shapes; kept as the rule's frame
        (KILLED, "Reed's death was ruled a homicide.", ("Reed", "killed", 1)),
        (
            KILLED,
            "Detectives are investigating the killing of Marcus Reed.",
            ("Marcus Reed", "killed", 1),
        ),
        (KILLED, "Nobody has been charged in the murder of Reed.", ("Reed", "killed", 1)),
        (SHOT, "Reed's death on Monday shocked the town.", ("Reed", "killed", 1)),
        (KILLED, "Police arrested Reed's killer on Monday.", ("Reed", "killed", 1)),
        (BOY_KILLED, "Police say the boy's killer fled on foot.", ("the boy", "killed", 1)),
        (SHOT, "Police are investigating the shooting of Reed.", ("Reed", "shot", 1)),
        (BOY_HURT, "The wounded boy talked to police.", ("The wounded boy", "injured", 1)),
        (BOY_KILLED, "The victim's death was ruled a homicide.", ("The victim", "killed", 1)),
    ],
)
def test_death_and_harm_nouns_of_a_counted_casualty_stay_counted(nlp, intro, clause, count):
    assert count in later_implied_counts(nlp, intro, clause)


@pytest.mark.parametrize(
    ("intro", "clause"),
    [
        (KILLED, "Reed's family said he loved music."),  # words that tell no harm
        (KILLED, "Reed's home on Elm Street was quiet."),
        (KILLED, "A friend of Reed spoke at the church."),
        (BOY_KILLED, "The victim's family asked for privacy."),
        (SHOT, "A vigil for Reed drew dozens."),  # mourning of someone counted only hurt
        (SHOT, "Reed's body was covered in tattoos."),
        (KILLED, "The slain man's cousin, Tom Lee, was arrested."),  # no man counted
        (KILLED, "An autopsy on Tom Lee was done in 2010."),  # a person not counted
    ],
)
def test_mentions_whose_words_tell_no_harm_count_no_one(nlp, intro, clause):
    assert later_implied_counts(nlp, intro, clause) == []


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


PAIR_KILLED = (
    "Marcus Reed, 24, and Tom Lee, 30, were shot and killed on Elm Street on Friday night. "
)


@pytest.mark.parametrize(
    "clause",
    [
        "Dozens gathered at a vigil for Reed and Lee on Sunday.",  # "for" hung on the verb
        "Police are investigating the deaths of Reed and Lee.",
    ],
)
def test_joined_names_in_harm_words_count_each_person(nlp, clause):
    assert ("Reed and Lee", "killed", 2) in later_implied_counts(nlp, PAIR_KILLED, clause)


PAIR = "A man and a woman were shot and killed Friday on Elm Street. "


@pytest.mark.parametrize(
    ("clause", "count"),
    [
        (
            "Police have identified the victims as Ann Lee, 20, and Bob Stone, 23.",
            ("Ann Lee, 20, and Bob Stone", "killed", 2),
        ),
        (
            "The victims were identified as Ann Lee, Bob Stone and Tom Reed.",
            ("Ann Lee, Bob Stone and Tom Reed", "killed", 3),
        ),
        (
            "The coroner identified the victims as Ann Lee of Elmwood and Bob Stone.",
            ("Ann Lee of Elmwood and Bob Stone", "killed", 2),
        ),
    ],
)
def test_a_list_identifying_the_victims_counts_them_with_the_counted_measure(nlp, clause, count):
    assert count in later_implied_counts(nlp, PAIR, clause)


@pytest.mark.parametrize(
    ("intro", "clause"),
    [
        # the counts' measures differ: which of the named were killed is not told
        (
            "A man was shot and killed and a woman was wounded Friday. ",
            "Police identified the victims as Ann Lee and Bob Stone.",
        ),
        # the victims' own figure is the claim
        (PAIR, "Police identified the two victims as Ann Lee and Bob Stone."),
        # no one counted
        (
            "Police responded to Elm Street on Friday. ",
            "Police identified the victims as Ann Lee and Bob Stone.",
        ),
    ],
)
def test_identified_victims_without_one_counted_measure_count_no_list(nlp, intro, clause):
    assert [c for c in later_implied_counts(nlp, intro, clause) if c[2] > 1] == []


def test_a_person_joined_to_the_home_town_of_the_first_is_one_more_of_the_dead(nlp):
    text = (
        "Two people were found shot dead on Friday. The sheriff identified the deceased as Tom "
        "Reed Jr., 41, of Elm City and his 3-year-old son, Bo Reed."
    )
    assert ("Tom Reed Jr., 41, of Elm City and his 3-year-old son, Bo Reed", "killed", 2) in (
        _counts(nlp, text)
    )


def test_a_town_joined_to_the_home_town_is_no_person(nlp):
    text = (
        "Two people were found shot dead on Friday. The sheriff identified the deceased as Tom "
        "Reed, 41, of Elm City and Oak Park."
    )
    assert all(value == 1 for _, _, value in _counts(nlp, text))


def test_a_list_of_the_victims_of_hurt_counts_in_an_article_telling_a_death_counts_no_one(nlp):
    text = (
        "Two people were killed on Friday night. A man was wounded in the arm. Police identified "
        "the victims as Ann Lee and Bob Stone."
    )
    assert all(value == 1 for _, _, value in _counts(nlp, text))


def test_a_list_of_the_victims_of_hurt_counts_counts_them_hurt(nlp):
    text = (
        "A man and a woman were wounded in a shooting on Friday night. Police identified the "
        "victims as Ann Lee and Bob Stone."
    )
    assert ("Ann Lee and Bob Stone", "injured", 2) in _counts(nlp, text)
