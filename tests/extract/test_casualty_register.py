"""Later mentions of a counted casualty (casualty_register.py, branch remen): a person the
article counts as killed, shot or injured is an implied claim again where a later or headline
clause restates the harm, the death, the care or condition, the recovery or the release (gold
README "Repeats" and "Implied counts"). Invented sentences; each counted mention fails without
the register, and the parallels count no one."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a surname the tagger labels no person, a death the first count did not say
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Reed died Saturday.",
            ("Reed", "killed", 1),
        ),
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Reed was pronounced dead at "
            "the scene.",
            ("Reed", "killed", 1),
        ),
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Reed passed away Monday.",
            ("Reed", "killed", 1),
        ),
        # a named person's bare death is news of the counted casualty here
        (
            "John Miller, 24, was shot in the chest on Elm Street. Miller later died.",
            ("Miller", "killed", 1),
        ),
        # the harm again keeps the first measure
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Reed was hit twice.",
            ("Reed", "shot", 1),
        ),
        # care and condition
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Reed is in critical condition.",
            ("Reed", "injured", 1),
        ),
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Reed is in the intensive care "
            "unit.",
            ("Reed", "injured", 1),
        ),
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Reed is on life support.",
            ("Reed", "injured", 1),
        ),
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Reed was airlifted Sunday.",
            ("Reed", "injured", 1),
        ),
        # recovery, raised ("was said to be recovering"), the noun "recovery"
        (
            "Officer Dana Cole was shot during a traffic stop on Friday. Cole was said to be "
            "recovering after surgery.",
            ("Cole", "injured", 1),
        ),
        (
            "Officer Dana Cole was shot during a traffic stop on Friday. Officer Dana Cole is "
            "making a recovery in the ICU.",
            ("Officer Dana Cole", "injured", 1),
        ),
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Reed is expected to make a full "
            "recovery.",
            ("Reed", "injured", 1),
        ),
        (
            "John Miller, 24, was shot in the chest on Elm Street. Miller survived.",
            ("Miller", "injured", 1),
        ),
        # release from care with nothing said of it
        (
            "Sheriff Joey Hall and Deputy Bill Moss were shot at a house on Friday. Hall was "
            "released Sunday night.",
            ("Hall", "injured", 1),
        ),
        (
            "John Miller, 24, was shot in the chest on Elm Street. Miller was discharged Tuesday.",
            ("Miller", "injured", 1),
        ),
        # names joined
        (
            "Deputy Ann Reed and Deputy Tom Moss were shot during a traffic stop on Friday. Reed "
            "and Moss were released Sunday.",
            ("Reed and Moss", "injured", 2),
        ),
        # a name the article gives where it identifies the counted
        (
            "A man was shot on Elm Street on Sunday. Police identified him as Marcus Reed, 24. "
            "Reed died at the hospital.",
            ("Reed", "killed", 1),
        ),
        (
            "A man was shot on Elm Street on Sunday. The victim was identified as Marcus Reed, 24. "
            "Reed died at the hospital.",
            ("Reed", "killed", 1),
        ),
        # a definite person noun of one counted person
        (
            "An officer was shot during a traffic stop on Friday. The officer was released Sunday "
            "night.",
            ("The officer", "injured", 1),
        ),
        (
            "An officer was shot during a traffic stop on Friday. The officer is making a "
            "recovery.",
            ("The officer", "injured", 1),
        ),
        # the object of care or of a death, the owner of the harm
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Medics rushed Reed to Mercy "
            "Hospital.",
            ("Reed", "injured", 1),
        ),
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Paramedics pronounced Reed dead "
            "at the scene.",
            ("Reed", "killed", 1),
        ),
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Reed's condition was not "
            "known Sunday.",
            ("Reed", "injured", 1),
        ),
        # a headline's bare noun
        (
            "Officer makes recovery after being ambushed\n\nAn officer was shot during a traffic "
            "stop on Friday.",
            ("Officer", "injured", 1),
        ),
    ],
)
def test_later_mention_of_a_counted_casualty_is_counted(nlp, text, count):
    assert count in _counts(nlp, text)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a clause that says nothing of the harm
        ("Marcus Reed, 24, was shot in the chest on Elm Street. Reed was a student there.", "Reed"),
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Reed had worked at the hospital "
            "for ten years.",
            "Reed",
        ),
        # the owner of something else, an object of no care
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Reed's family asked for privacy.",
            "Reed",
        ),
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Police drove Reed to the station.",
            "Reed",
        ),
        # a doer
        ("Marcus Reed, 24, was shot in the chest on Elm Street. Reed shot back at him.", "Reed"),
        # modal or negated
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Reed may be released Friday.",
            "Reed",
        ),
        # a release from police hands
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Reed was released on bond "
            "Friday.",
            "Reed",
        ),
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Reed was questioned by "
            "detectives and released.",
            "Reed",
        ),
        # someone counted dead does not recover: another person of the name
        (
            "Marcus Reed, 24, was shot and killed on Elm Street. Reed was released Sunday night.",
            "Reed",
        ),
        # a surname two people of the article share
        (
            "Ann Reed, 24, was shot on Elm Street by her sister, Tia Reed. Reed was released "
            "Sunday night.",
            "Reed",
        ),
        # a name an identification gives someone not counted
        (
            "A man was shot on Elm Street on Sunday. Police identified the suspect as Tom Moss, 30. "
            "Moss was released Sunday night.",
            "Moss",
        ),
        # a name of no one counted
        (
            "Marcus Reed, 24, was shot in the chest on Elm Street. Moss was released Sunday night.",
            "Moss",
        ),
        # another person of the counted noun
        (
            "An officer was shot during a traffic stop on Friday. Another officer was released "
            "Sunday night.",
            "Another officer",
        ),
    ],
)
def test_mention_that_restates_no_harm_counts_no_one(nlp, text, mention):
    assert mention not in [c[0] for c in _counts(nlp, text)]
