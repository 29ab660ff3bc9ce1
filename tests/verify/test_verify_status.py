"""Tolerance rules and statuses: a claim against the reference in force (issue 9)."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.model import Approx, Status
from factcheck.verify.status import CheckedFigure, Reference, decide, fits, is_own_originator

IDF = Reference(
    "gaza-hostages", 1, "hostages", 240, "Israel Defense Forces", "https://idf.example/240",
    place="Gaza", high=242, as_of=date(2023, 10, 31), originator="IDF; Israeli military",
)  # fmt: skip


def figure(text, value, approx=Approx.EXACT, high=None, source=""):
    return CheckedFigure(text=text, value=value, approx=approx, high=high, source_text=source)


def reference(value, low=None, high=None, **kwargs):
    return Reference(
        "r", 1, "killed", value, "Publisher", "https://ref.example", low=low, high=high, **kwargs
    )


@pytest.mark.parametrize(
    "claim, ref, expected",
    [
        (figure("roughly 240", 240, Approx.APPROXIMATE), reference(240, high=242), True),
        (figure("roughly 240", 240, Approx.APPROXIMATE), reference(300), False),
        (figure("at least 3", 3, Approx.LOWER_BOUND), reference(4), True),
        (figure("more than 5", 5, Approx.LOWER_BOUND), reference(4), False),
        (figure("over 1,400", 1400, Approx.LOWER_BOUND), reference(1200), False),
        (figure("over 1,400", 1400, Approx.LOWER_BOUND), reference(1400, low=1400), True),
        (figure("up to 10", 10, Approx.UPPER_BOUND), reference(7), True),
        (figure("3", 3), reference(2), False),
        (figure("2", 2), reference(2), True),
        (figure("2 to 4", 2, Approx.RANGE, high=4), reference(3), True),
        (figure("2 to 4", 2, Approx.RANGE, high=4), reference(5), False),
        (figure("2.3 million", 2_300_000), reference(2_200_000), False),
        (figure("2.3 million", 2_300_000), reference(2_330_000), True),
    ],
)
def test_claim_fits_reference_within_its_own_approximation(claim, ref, expected):
    assert fits(claim, ref) is expected


def test_agreeing_claim_is_verified_and_the_reason_names_the_publisher():
    decision = decide(figure("roughly 240", 240, Approx.APPROXIMATE, source="a US official"), IDF)
    assert decision.status is Status.VERIFIED
    assert "Israel Defense Forces gives 240" in decision.reasons[0]
    assert "https://idf.example/240" in decision.reasons[0]


def test_disagreeing_claim_is_contradicted_with_value_publisher_date_and_url():
    decision = decide(figure("300", 300, source="a US official"), IDF)
    assert decision.status is Status.CONTRADICTED
    reason = decision.reasons[0]
    assert reason.startswith("contradicted:")
    assert all(
        part in reason
        for part in ("240", "Israel Defense Forces", "2023-10-31", "https://idf.example/240")
    )
    assert decision.difference == 60


def test_reference_from_the_claims_own_originator_leaves_it_unverified():
    decision = decide(figure("240", 240, source="the Israeli military"), IDF)
    assert decision.status is Status.UNVERIFIED
    assert decision.own_originator
    assert "own source" in decision.reasons[0]


def test_revision_after_the_article_is_a_reason_not_a_contradiction():
    in_force = reference(1400, low=1400, as_of=date(2023, 11, 2))
    later = Reference(
        "r", 2, "killed", 1200, "Israel MFA", "https://mfa.example", as_of=date(2023, 11, 10)
    )
    decision = decide(figure("over 1,400", 1400, Approx.LOWER_BOUND), in_force, later=later)
    assert decision.status is Status.VERIFIED
    assert "revised: Israel MFA gives 1,200 as of 2023-11-10" in decision.reasons


@pytest.mark.parametrize(
    "source, originator, expected",
    [
        ("the Hamas-run Gaza health ministry", "Gaza health ministry; Hamas", True),
        ("Israeli officials", "Israeli official; IDF", True),
        ("a second US official", "Israeli official; IDF", False),
        ("", "Gaza health ministry", False),
    ],
)
def test_own_originator_matches_every_word_of_one_name(source, originator, expected):
    assert is_own_originator(source, originator) is expected


@pytest.mark.parametrize(("value", "expected"), [(1, True), (3, True), (0, False)])
def test_an_implied_count_admits_any_larger_reference(value, expected):
    # "a man was shot and killed" counts the people its sentence names: at least one
    named = CheckedFigure(text="a man", value=1, approx=Approx.EXACT, implied=True)
    assert fits(named, reference(value)) is expected


@pytest.mark.parametrize(
    ("approx", "value", "expected"),
    [
        (Approx.EXACT, 14, True),
        (Approx.EXACT, 2, True),
        (Approx.EXACT, 1, False),
        (Approx.APPROXIMATE, 14, True),
        (Approx.UPPER_BOUND, 14, False),
    ],
)
def test_a_count_of_people_in_care_admits_a_larger_injured_reference(approx, value, expected):
    # "Two victims are in critical condition": two of the injured, not all of them
    in_care = CheckedFigure(text="Two", value=2, approx=approx, part=True)
    assert fits(in_care, reference(value)) is expected


def test_a_count_of_people_in_care_is_not_contradicted_by_the_whole_count():
    in_care = CheckedFigure(text="five", value=5, approx=Approx.EXACT, part=True)
    assert decide(in_care, reference(8)).status is Status.VERIFIED
    assert decide(in_care, reference(4)).status is Status.CONTRADICTED
