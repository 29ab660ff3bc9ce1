"""A cue whose figure noun says what its figures count keeps to the figures of that thing ("the
passenger numbers", "The figures for injured officers"; gold README, "Caveat scope"; tests/wire2w
w_2, tests/wire2u u_4 golds). A noun naming a source ("the police figures") leaves the cue as it
was. Invented sentences.
"""

from tests.conftest import kinds_of

NIV = "not_independently_verified"

OFFICERS = (
    "Interior Minister Ken Lagat said the government had confirmed six deaths. He said 83 police "
    "officers had been injured, 12 of them seriously, and that 210 people had been arrested for "
    "looting. The figures for injured officers could not be independently verified."
)
PASSENGERS = (
    "At least 61 people were killed when the train crashed, officials said. The express was "
    "carrying about 1,400 passengers, according to two railway officials who asked not to be "
    "named. Reuters could not independently verify the passenger numbers."
)


def test_the_figures_for_a_thing_reach_its_counts(nlp):
    assert NIV in kinds_of(nlp, OFFICERS, "83")
    assert NIV in kinds_of(nlp, OFFICERS, "12")


def test_the_figures_for_a_thing_leave_other_counts(nlp):
    assert NIV not in kinds_of(nlp, OFFICERS, "210")
    assert NIV not in kinds_of(nlp, OFFICERS, "six")


def test_a_compound_counted_noun_keeps_to_its_counts(nlp):
    assert NIV in kinds_of(nlp, PASSENGERS, "1,400")
    assert NIV not in kinds_of(nlp, PASSENGERS, "61")


def test_a_source_compound_leaves_the_cue_as_it_was(nlp):
    text = (
        "Police said 14 people were killed and 30 were hurt. The police figures could not be "
        "independently verified."
    )
    assert NIV in kinds_of(nlp, text, "14")
    assert NIV in kinds_of(nlp, text, "30")


def test_a_figure_on_the_counted_figures_phrase_keeps_the_cue(nlp):
    text = (
        "At least 61 people were killed when the train crashed, officials said. The express "
        "was carrying about 1,400 passengers, nearly twice its authorised capacity, according "
        "to two railway officials who asked not to be named. Reuters could not independently "
        "verify the passenger numbers."
    )
    assert NIV in kinds_of(nlp, text, "nearly twice")
    assert NIV not in kinds_of(nlp, text, "61")
