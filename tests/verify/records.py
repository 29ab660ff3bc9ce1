"""Reference records the verify tests score articles against: one incident in Riverton, Ohio."""

from datetime import date

from factcheck.verify.match import Candidate
from factcheck.verify.status import Reference


def event_candidate(
    ref_id: str, day: date, *, street: str = "700 block of W. Maple Street"
) -> Candidate:
    """A one-day incident record (GVA's shape) of Riverton, Ohio, on ``street``."""
    reference = Reference(
        ref_id=ref_id,
        revision=1,
        measure="killed",
        value=1,
        publisher="Archive",
        url="https://example.org/" + ref_id,
        place="Riverton",
        period_start=day,
        period_end=day,
    )
    note = f"shooting incident {ref_id} at {street}"
    return Candidate(reference, ("riverton",), ("ohio", "oh"), note)
