"""An earlier report the text says was wrong gives its figure `disputed`, not `preliminary`;
an initial report revised with no word of error stays preliminary (corrected_reports.py; gold
README, `disputed` and `preliminary`). Invented stories.
"""

from factcheck.extract import extract_claims

WRONG_REPORT = (
    "Shooting at bus depot\n\n"
    "Three people were hurt in a shooting at the Maple Street bus depot late Friday, police "
    "said. The county sheriff says an initial report that three people had died was "
    "incorrect.\n"
)

REVISED_REPORT = (
    "Shooting at bus depot\n\n"
    "In initial reports, deputies said that three people had been hurt, but four more people "
    "have since come forward with wounds.\n"
)


def _caveats(nlp, text: str, number: str) -> set[str]:
    for claim in extract_claims(nlp(text), doc_name="t").claims:
        if claim.text == number and claim.sentence and "report" in claim.sentence:
            return {c.kind.value for c in claim.caveats}
    raise AssertionError(f"no claim {number!r}")


def test_report_said_to_be_incorrect_is_disputed_not_preliminary(nlp) -> None:
    kinds = _caveats(nlp, WRONG_REPORT, "three")
    assert "disputed" in kinds
    assert "preliminary" not in kinds


def test_initial_report_revised_without_error_stays_preliminary(nlp) -> None:
    kinds = _caveats(nlp, REVISED_REPORT, "three")
    assert "preliminary" in kinds
