"""Reference figures files: CSV rows checked into records. Pure (text in, rows out).

Columns (issue 9): ref_id, measure, value, low, high, unit, place, region, country,
period_start, period_end, as_of, publisher, url, note; optional: originator (who produced the
figure, names separated by ";"). Other columns are ignored. A bad row raises one error naming
the file, line and problem, so nothing of that file is loaded.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from factcheck.errors import ReferenceDataError
from factcheck.verify.places import find_place_keys, find_region_keys

REQUIRED_COLUMNS = (
    "ref_id",
    "measure",
    "value",
    "low",
    "high",
    "unit",
    "place",
    "region",
    "country",
    "period_start",
    "period_end",
    "as_of",
    "publisher",
    "url",
    "note",
)
OPTIONAL_COLUMNS = ("originator",)


@dataclass(frozen=True)
class ReferenceRow:
    """One row of a reference figures file, checked."""

    ref_id: str
    measure: str
    value: float
    low: float | None
    high: float | None
    unit: str
    place: str
    region: str
    country: str
    period_start: date | None
    period_end: date | None
    as_of: date | None
    publisher: str
    url: str
    note: str
    originator: str
    place_keys: tuple[str, ...]
    region_keys: tuple[str, ...]
    file: str
    line: int

    @property
    def row_hash(self) -> str:
        """sha1 of the figure's content (not where it was read): a changed row is a revision."""
        content = {k: v for k, v in asdict(self).items() if k not in ("file", "line")}
        return hashlib.sha1(json.dumps(content, default=str, sort_keys=True).encode()).hexdigest()

    def as_record(self) -> dict[str, Any]:
        record = asdict(self)
        record["row_hash"] = self.row_hash
        record["place_keys"] = list(self.place_keys)
        record["region_keys"] = list(self.region_keys)
        return record


def parse_reference_csv(text: str, *, name: str) -> list[ReferenceRow]:
    """Check and return the rows of a reference figures CSV.

    Args:
        text: the file's content.
        name: the file's name, for messages.

    Raises:
        ReferenceDataError: "NAME:LINE: problem" for the first bad row or a missing column.
    """
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise ReferenceDataError(f"{name}:1: missing column(s) {', '.join(missing)}")
    rows: list[ReferenceRow] = []
    seen: dict[tuple[str, date | None], int] = {}
    for record in reader:
        line = reader.line_num
        if None in record:
            raise ReferenceDataError(f"{name}:{line}: more fields than the header has")
        row = _parse_row(record, name=name, line=line)
        key = (row.ref_id, row.as_of)
        if key in seen:
            raise ReferenceDataError(
                f"{name}:{line}: ref_id {row.ref_id!r} as of {row.as_of or '(no date)'} "
                f"repeats line {seen[key]}"
            )
        seen[key] = line
        rows.append(row)
    if not rows:
        raise ReferenceDataError(f"{name}:1: no reference rows")
    return rows


def _parse_row(record: dict[str, str], *, name: str, line: int) -> ReferenceRow:
    where = f"{name}:{line}"
    text = {k: (v or "").strip() for k, v in record.items() if k is not None}
    for column in ("ref_id", "measure", "value", "publisher", "url"):
        if not text.get(column):
            raise ReferenceDataError(f"{where}: {column} is empty")
    if not text["url"].startswith(("http://", "https://")):
        raise ReferenceDataError(f"{where}: url {text['url']!r} is not an http(s) URL")
    value = _number(text["value"], "value", where)
    low = _number(text["low"], "low", where) if text["low"] else None
    high = _number(text["high"], "high", where) if text["high"] else None
    if value is None:
        raise ReferenceDataError(f"{where}: value is empty")
    if low is not None and low > value:
        raise ReferenceDataError(f"{where}: low {text['low']} is above value {text['value']}")
    if high is not None and high < value:
        raise ReferenceDataError(f"{where}: high {text['high']} is below value {text['value']}")
    period_start = _date(text["period_start"], "period_start", where)
    period_end = _date(text["period_end"], "period_end", where)
    if period_start and period_end and period_end < period_start:
        raise ReferenceDataError(f"{where}: period_end {period_end} is before {period_start}")
    return ReferenceRow(
        ref_id=text["ref_id"],
        measure=text["measure"].lower(),
        value=value,
        low=low,
        high=high,
        unit=text["unit"],
        place=text["place"],
        region=text["region"],
        country=text["country"],
        period_start=period_start,
        period_end=period_end,
        as_of=_date(text["as_of"], "as_of", where),
        publisher=text["publisher"],
        url=text["url"],
        note=text["note"],
        originator=text.get("originator", ""),
        place_keys=tuple(find_place_keys(text["place"]) or find_place_keys(text["country"])),
        region_keys=tuple(find_region_keys(text["region"])),
        file=name,
        line=line,
    )


def _number(raw: str, column: str, where: str) -> float | None:
    if not raw:
        return None
    try:
        value = float(raw.replace(",", ""))
    except ValueError as e:
        raise ReferenceDataError(f"{where}: {column} {raw!r} is not a number") from e
    if not math.isfinite(value):
        raise ReferenceDataError(f"{where}: {column} {raw!r} is not a finite number")
    return value


def _date(raw: str, column: str, where: str) -> date | None:
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError as e:
        raise ReferenceDataError(
            f"{where}: {column} {raw!r} is not an ISO date (YYYY-MM-DD)"
        ) from e
