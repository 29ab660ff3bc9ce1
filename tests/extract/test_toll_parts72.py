"""A part of a death toll takes the caveat of a line that could not verify "the tolls" (session
72, wniv72).

Gold README, "Caveat scope": a caveat attaches to the figures it refers to; the tolls hold their
parts ("among them six children"). Three writers of the wire tuning sets. Invented sentences.
"""

from tests.conftest import kinds_of

NIV = "not_independently_verified"


def test_a_part_after_among_takes_the_tolls_caveat(nlp):
    text = (
        "An air strike on a crowded ferry pier killed at least 27 civilians, among them nine "
        "children, a local militia said on Monday. Villagers said 30 people had died. "
        "AFP was unable to independently verify the tolls."
    )
    assert NIV in kinds_of(nlp, text, "nine")


def test_a_part_after_including_takes_the_tolls_caveat(nlp):
    text = (
        "Shelling killed at least 19 people, including seven women, residents said. A rebel "
        "spokesman gave a toll of 25 dead. Reuters could not independently verify the tolls."
    )
    assert NIV in kinds_of(nlp, text, "seven")


def test_a_partitive_of_the_dead_takes_the_tolls_caveat(nlp):
    text = (
        "A farmer said 41 people were killed in the raid. He said 16 of them were children. "
        "A rebel group put the toll at 35. AFP was unable to verify the tolls."
    )
    assert NIV in kinds_of(nlp, text, "16")


def test_a_count_after_among_without_a_toll_stays_plain(nlp):
    text = (
        "The ministry said 40 schools had closed, among them 12 in the capital. Police said "
        "three people were killed in clashes, and a rights group put the toll at eight. "
        "AFP was unable to independently verify the tolls."
    )
    assert NIV not in kinds_of(nlp, text, "12")
