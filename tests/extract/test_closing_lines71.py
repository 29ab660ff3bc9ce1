"""A verification line that opens its own paragraph and names the outlet that could not check
closes every attributed account before it (closing_lines.py): invented articles."""

from factcheck.model import Caveat
from tests.conftest import claim_kinds

VERIFIED = Caveat.NOT_INDEPENDENTLY_VERIFIED

_ACCOUNTS = (
    "Storm floods northern valleys\n\n"
    "The regional fire service said 42 people had been rescued from rooftops on Monday.\n\n"
    "A local charity said its volunteers had handed out 3,000 blankets in two towns.\n\n"
)
_AFTER = "\n\nPolice said 17 roads were still closed on Tuesday."


def test_outlet_line_of_its_own_covers_every_source_before_it(nlp):
    kinds = claim_kinds(
        nlp, _ACCOUNTS + "The agency could not independently verify the figures." + _AFTER
    )
    assert VERIFIED in kinds["42"]
    assert VERIFIED in kinds["3,000"]


def test_outlet_line_with_any_of_the_figures_covers_every_source(nlp):
    kinds = claim_kinds(
        nlp,
        _ACCOUNTS
        + "The agency has not been able to verify any of the figures independently."
        + _AFTER,
    )
    assert VERIFIED in kinds["42"]
    assert VERIFIED in kinds["3,000"]


def test_figures_after_the_line_are_not_reached(nlp):
    kinds = claim_kinds(
        nlp, _ACCOUNTS + "The agency could not independently verify the numbers." + _AFTER
    )
    assert VERIFIED not in kinds["17"]


def test_unattributed_background_figure_is_not_reached(nlp):
    text = (
        "Storm floods northern valleys\n\n"
        "The regional fire service said 42 people had been rescued from rooftops on Monday.\n\n"
        "The valley is home to about 80,000 people.\n\n"
        "The agency could not independently verify the figures." + _AFTER
    )
    kinds = claim_kinds(nlp, text)
    assert VERIFIED in kinds["42"]
    assert VERIFIED not in kinds["about 80,000"]


def test_bare_passive_line_stays_with_the_last_source(nlp):
    kinds = claim_kinds(
        nlp, _ACCOUNTS + "The figures could not be independently verified." + _AFTER
    )
    assert VERIFIED in kinds["3,000"]
    assert VERIFIED not in kinds["42"]


def test_line_ending_a_source_paragraph_stays_with_that_source(nlp):
    text = (
        "Storm floods northern valleys\n\n"
        "The regional fire service said 42 people had been rescued from rooftops on Monday.\n\n"
        "A local charity said its volunteers had handed out 3,000 blankets in two towns. "
        "The agency could not independently verify the figures." + _AFTER
    )
    kinds = claim_kinds(nlp, text)
    assert VERIFIED in kinds["3,000"]
    assert VERIFIED not in kinds["42"]


def test_owned_figures_stay_with_their_owner(nlp):
    kinds = claim_kinds(
        nlp, _ACCOUNTS + "The agency could not independently verify the charity's figures." + _AFTER
    )
    assert VERIFIED in kinds["3,000"]
    assert VERIFIED not in kinds["42"]


def test_the_outlets_own_count_is_not_reached(nlp):
    text = (
        "Storm floods northern valleys\n\n"
        "The regional fire service said 42 people had been rescued from rooftops on Monday.\n\n"
        "A Reuters reporter counted 35 wrecked cars along the river road.\n\n"
        "Reuters could not independently verify the figures." + _AFTER
    )
    kinds = claim_kinds(nlp, text)
    assert VERIFIED in kinds["42"]
    assert VERIFIED not in kinds["35"]


def test_a_live_posts_time_stamp_bounds_the_reach(nlp):
    text = (
        "Floods live: rescues continue in the north\n\n"
        "09:10 GMT\n\n"
        "The regional fire service said 42 people had been rescued from rooftops overnight, "
        "and crews were still searching two villages.\n\n"
        "11:45 GMT\n\n"
        "A local charity said its volunteers had handed out 3,000 blankets in two towns.\n\n"
        "The agency could not independently verify the figures." + _AFTER
    )
    kinds = claim_kinds(nlp, text)
    assert VERIFIED in kinds["3,000"]
    assert VERIFIED not in kinds["42"]
