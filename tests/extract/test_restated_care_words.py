"""A counted casualty mentioned again where the clause tells care in words the clause test did
not read (restated_harms.py, impl57a): a coma ("is in a coma", "remains in a medically induced
coma", "was placed in a coma"), surgery had ("had surgery Saturday"), and going home from care
("went home from the hospital", "left the hospital"). Gold README "Repeats" and "Implied
counts": a later clause that restates the care of a counted person is a claim at that place.
And "the victim", a definite re-mention of the one counted under another noun or a name
("Marcus Reed was shot ... The victim had surgery"). Invented sentences; each counted mention
fails without the rule, and the parallels count no one."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts
from tests.conftest import later_implied_counts

SHOT = "Marcus Reed, 24, was shot in the chest on Elm Street on Friday night. "
KILLED = "Marcus Reed, 24, was shot and killed on Elm Street on Friday night. "
BOY = "A 16-year-old boy was shot in the leg on Elm Street on Friday night. "


@pytest.mark.parametrize(
    ("clause", "count"),
    [
        # a coma: a state of care
        ("Reed is in a coma.", ("Reed", "injured", 1)),
        ("Reed remains in a medically induced coma.", ("Reed", "injured", 1)),
        ("Reed was placed in a medically induced coma.", ("Reed", "injured", 1)),
        ("Reed and his cousin visited. Reed is still in a coma at Mercy.", ("Reed", "injured", 1)),
        # surgery had
        ("Reed had surgery Saturday.", ("Reed", "injured", 1)),
        ("Reed has had two surgeries since the shooting.", ("Reed", "injured", 1)),
        ("Doctors said Reed had surgery on his chest.", ("Reed", "injured", 1)),
        # going home from care: a release
        ("Reed went home from the hospital on Monday.", ("Reed", "injured", 1)),
        ("Reed returned home from Mercy Hospital on Sunday.", ("Reed", "injured", 1)),
        ("Reed was sent home from the hospital.", ("Reed", "injured", 1)),
        ("Reed left the hospital Monday.", ("Reed", "injured", 1)),
    ],
)
def test_care_words_restate_a_named_casualty(nlp, clause, count):
    assert count in later_implied_counts(nlp, SHOT, clause)


def test_a_coma_of_someone_counted_dead_keeps_the_death(nlp):
    assert ("Reed", "killed", 1) in later_implied_counts(nlp, KILLED, "Reed was placed in a coma.")


@pytest.mark.parametrize(
    "clause",
    [
        "Reed came home from work early that day.",  # home, but from no place of care
        "Reed was supposed to have surgery next week.",  # a modal, and no care yet
        "Reed had treatment for asthma as a child.",  # care had long before
        "Reed left the house at noon.",  # left no place of care
        "Reed was placed under arrest.",  # placed, in no care
        "Reed came out of a coma.",  # out of the coma: no clause of being in it
    ],
)
def test_other_clauses_of_the_same_words_count_no_one(nlp, clause):
    assert later_implied_counts(nlp, SHOT, clause) == []


def test_someone_counted_dead_does_not_go_home(nlp):
    assert later_implied_counts(nlp, KILLED, "Reed went home from the hospital on Monday.") == []


@pytest.mark.parametrize(
    ("intro", "clause", "count"),
    [
        (BOY, "The victim is in a coma.", ("The victim", "injured", 1)),
        (BOY, "The victim had surgery Saturday.", ("The victim", "injured", 1)),
        (SHOT, "The victim went home from the hospital on Monday.", ("The victim", "injured", 1)),
        (SHOT, "Police said the victim remains in a coma.", ("the victim", "injured", 1)),
        (KILLED, "The victim had surgery but could not be saved.", ("The victim", "killed", 1)),
    ],
)
def test_the_victim_re_mentions_a_casualty_counted_under_another_word(nlp, intro, clause, count):
    assert count in later_implied_counts(nlp, intro, clause)


@pytest.mark.parametrize(
    ("intro", "clause"),
    [
        (BOY, "The victim told police he did not see the shooter."),  # says nothing of care
        (BOY, "Another victim had surgery Saturday."),  # another person
        (BOY, "The victims went home from the hospital."),  # the plural
        ("The mayor spoke on Friday night. ", "The victim is in a coma."),  # no one counted
    ],
)
def test_the_victim_counts_only_in_a_clause_of_care_after_a_count(nlp, intro, clause):
    assert later_implied_counts(nlp, intro, clause) == []


@pytest.mark.parametrize(
    ("intro", "clause", "count"),
    [
        (KILLED, "The victim was identified as John Carter, 34.", ("The victim", "killed", 1)),
        (
            KILLED,
            "The victim has since been identified as 34-year-old John Carter of Elm Street.",
            ("The victim", "killed", 1),
        ),
        (BOY, "The victim was later identified as Jamal Price.", ("The victim", "shot", 1)),
        (
            "A woman was fatally shot outside her apartment on Sunday. ",
            "Police said the victim was identified as Ann Lee, 41.",
            ("the victim", "killed", 1),
        ),
    ],
)
def test_the_victim_identified_is_the_counted_victim_again(nlp, intro, clause, count):
    assert count in later_implied_counts(nlp, intro, clause)


@pytest.mark.parametrize(
    ("intro", "clause"),
    [
        (KILLED, "The victim has not been identified."),  # negated
        (KILLED, "The victim could be identified by Monday."),  # modal
        (KILLED, "The man was identified as John Carter, 34."),  # a plain person noun
        (KILLED, "Reed was identified by his brother."),  # a name identified
        ("The mayor spoke on Friday night. ", "The victim was identified as John Carter."),
    ],
)
def test_other_identifications_count_no_one(nlp, intro, clause):
    assert later_implied_counts(nlp, intro, clause) == []


@pytest.mark.parametrize(
    "text",
    [
        "A robbery suspect was shot and killed by police on Friday. The victim was identified as "
        "John Carter, 34.",
        "A gunman killed himself at the mall on Friday. The victim had surgery Saturday.",
        "The shooter then turned the gun on himself. The victim remains in a coma.",
    ],
)
def test_a_doer_counted_tells_no_victim(nlp, text):
    counts = [(c.text, c.measure) for c in find_implied_counts(nlp(text))]
    assert not any(words.lower() == "the victim" for words, _ in counts)
