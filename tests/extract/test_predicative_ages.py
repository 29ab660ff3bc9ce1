"""nc63a (session 63): an age a verb says of a person is an age, not a claim: "before they
turned 18", "Ames will be 77", "when she was around 12", "She's 38 and", "Now 92, she", "moved
to Ohio at 19", "lived to 102". A main clause's "The mayor turned 64" asserts the age and stays
a claim (realgold24 gold). Invented texts.

Gold README: ages used as descriptors are not claims.
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Teenagers could sign up before they turned 18, the law said.", "18"),
        ("He cannot inherit the farm until he turns 21.", "21"),
        ("When the term ends, Justice Harlow will be 81 and Justice Ames will be 77.", "81"),
        ("When the term ends, Justice Harlow will be 81 and Justice Ames will be 77.", "77"),
        ("The candidate would be 73 on Inauguration Day.", "73"),
        ("She began painting when she was around 12.", "12"),
        ("She moved to Ohio at 19 and opened a bakery.", "19"),
        ("He enlisted at 17, his sister said.", "17"),
        ("The singer died at 64 in his home in Nashville.", "64"),
        ("Her grandmother lived to 102.", "102"),
        ("His father lived to be 96.", "96"),
        ("Now 92, she still drives to the market.", "92"),
        ("At 85, he still runs the family farm.", "85"),
        ("She's 38 and has three children.", "38"),
        ("The pastor is now 67.", "67"),
        ("She was elected at 29, the youngest ever.", "29"),
        ("They married at 21 and divorced at 30.", "30"),
    ],
)
def test_age_said_by_a_verb_is_not_a_claim(nlp, text, figure):
    assert not any(m == figure or m.endswith(" " + figure) for m in mention_texts(nlp, text))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The unemployment rate stood at 19 in March.", "19"),
        ("He turned 60 pages of notes over to the court.", "60"),
        ("The mayor turned 64 on Sunday.", "64"),
        ("Clinton was 12 points ahead in the survey.", "12 points"),
        ("The team will be 10 wins short of the record.", "10"),
        ("The total would be 300 if every county reports.", "300"),
        ("The company hired 45 people last spring.", "45"),
        ("The committee will be 12 members strong.", "12"),
        ("The count was 14 when polls closed.", "14"),
        ("At 10, he left the office.", "10"),
        ("Bidding opened at 45, and she raised it.", "45"),
    ],
)
def test_bare_figures_after_the_same_verbs_stay_claims(nlp, text, figure):
    assert figure in mention_texts(nlp, text)
