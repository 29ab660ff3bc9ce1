"""Everyone shot against an incident's killed plus injured records (verify/totals.py)."""

from datetime import date

from factcheck.model import Approx
from factcheck.verify.status import CheckedFigure, Reference, fits
from factcheck.verify.totals import reference_measure, shot_total

KILLED = Reference(
    ref_id="gva-1-killed",
    revision=1,
    measure="killed",
    value=2,
    publisher="Archive",
    url="https://example.org/1",
    place="Riverton",
    period_start=date(2021, 3, 6),
    period_end=date(2021, 3, 6),
)


def test_shot_claims_look_up_killed_records_and_others_their_own():
    assert reference_measure("shot") == "killed"
    assert reference_measure("injured") == "injured"


def test_total_adds_the_injured_partner_and_keeps_the_killed_id():
    total = shot_total(KILLED, {"partner_value": 3, "partner_low": None, "partner_high": None})
    assert (total.ref_id, total.measure, total.value, total.low, total.high) == (
        "gva-1-killed", "shot", 5, None, None,
    )  # fmt: skip
    assert fits(CheckedFigure("five", 5, Approx.EXACT), total)
    assert fits(CheckedFigure("at least four", 4, Approx.LOWER_BOUND), total)
    assert not fits(CheckedFigure("four", 4, Approx.EXACT), total)


def test_total_of_ranges_adds_the_bounds():
    total = shot_total(KILLED, {"partner_value": 3, "partner_low": 3, "partner_high": 5})
    assert (total.low, total.high) == (5, 7)


def test_no_injured_partner_gives_no_total():
    assert shot_total(KILLED, {"partner_value": None}) is None
