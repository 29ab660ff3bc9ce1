"""News-like random text for property tests and the fuzz run, and the checks every extraction
must pass whatever the text.

The text mixes the words the rules look for (number words, digits with commas and decimals,
currencies, %, qualifiers, ranges, units, attributions, names with digits, dates) with
punctuation, newlines and arbitrary unicode, so every rule's code path is reached.
"""

from __future__ import annotations

import json
import math
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

import hypothesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from factcheck.extract import Extraction, extract_claims
from factcheck.model import Approx, Claim, NotClaim

NUMBER_WORDS = (
    "one two three five seven ten twelve twenty twenty-five ninety-nine hundred thousand "
    "million billion trillion half quarter a an dozen dozens hundreds thousands millions "
    "zero none first second third tenth once twice"
).split()
QUALIFIERS = (
    "about",
    "around",
    "roughly",
    "some",
    "nearly",
    "almost",
    "approximately",
    "an estimated",
    "close to",
    "just under",
    "more than",
    "over",
    "at least",
    "in excess of",
    "no fewer than",
    "up to",
    "as many as",
    "fewer than",
    "less than",
    "under",
    "at most",
    "between",
    "and",
    "to",
    "from",
    "crossed",
    "exceeded",
    "topped",
    "surpassed",
    "capped at",
)
UNITS = (
    "people",
    "hostages",
    "dead",
    "killed",
    "injured",
    "Palestinians",
    "Israelis",
    "soldiers",
    "children",
    "rockets",
    "homes",
    "trucks",
    "km",
    "miles",
    "hours",
    "days",
    "years",
    "tonnes",
    "kg",
    "percent",
    "per cent",
    "dollars",
    "euros",
    "pounds",
    "degrees",
    "mph",
    "votes",
    "seats",
)
ATTRIBUTIONS = (
    "according to",
    "said",
    "says",
    "told Reuters",
    "officials said",
    "a US official said",
    "a senior official, who spoke on condition of anonymity",
    "the Hamas-run health ministry",
    "the Israeli military",
    "the United Nations",
    "police said",
    "a spokesperson for",
    "the ministry estimated",
    "could not be independently verified",
    "Reuters could not verify",
    "preliminary figures",
    "disputed the figure",
    "allegedly",
    "reportedly",
    "claimed",
    "sources say",
)
NAMES = (
    "Antony Blinken",
    "Joe Biden",
    "John Smith",
    "Gaza",
    "F-16",
    "Boeing 737",
    "COVID-19",
    "Windows 11",
    "G7",
    "iPhone 15",
    "Apollo 11",
    "Oct. 7",
    "March 3, 2023",
    "2023",
    "the 1990s",
    "9/11",
    "3rd",
    "21st",
    "No. 10",
    "page 5",
    "Resolution 2334",
    "LONDON, April 17 (Reuters) -",
    "age 35",
    "a 35-year-old",
    "at 3:45 p.m.",
    "+1 555 0100",
    "Q3",
    "HK$400",
    "Monday",
)
CURRENCIES = ("", "", "", "$", "US$", "£", "€", "HK$", "¥", "Rs ", "USD ")
SUFFIXES = ("", "", "", "%", " percent", " per cent", "bn", "m", "k", " million", " billion")
PUNCTUATION = (
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "(",
    ")",
    '"',
    "'",
    "\u201c",
    "\u201d",
    "\u2014",
    "\u2013",
    "-",
    "/",
    "...",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "  ",
)
SEPARATORS = (" ", " ", " ", " ", ", ", ". ", "\n", "\n\n", "", "-", " - ", "\u00a0")

digits = st.one_of(
    st.integers(0, 10**13).map(str),
    st.integers(0, 10**13).map(lambda n: f"{n:,}"),
    st.floats(0, 1e9, allow_nan=False).map(lambda x: f"{x:.2f}"),
    st.floats(0, 1e6, allow_nan=False).map(lambda x: f"{x:,.1f}"),
    st.integers(0, 99).map(lambda n: f".{n}"),
    st.text(alphabet="0123456789,.", min_size=1, max_size=40),
    # Over 308 digits a float is inf; over 4,300, int() refuses the string.
    st.integers(300, 5000).map(lambda n: "9" * n),
)
figures = st.builds(
    lambda cur, num, suffix: f"{cur}{num}{suffix}",
    st.sampled_from(CURRENCIES),
    digits,
    st.sampled_from(SUFFIXES),
)
ranges = st.builds(
    lambda template, a, b: template.format(a=a, b=b),
    st.sampled_from(("between {a} and {b}", "{a} to {b}", "{a}-{b}", "{a}\u2013{b}", "{a}/{b}")),
    figures,
    figures,
)
fragments = st.one_of(
    figures,
    ranges,
    st.sampled_from(NUMBER_WORDS),
    st.sampled_from(QUALIFIERS),
    st.sampled_from(UNITS),
    st.sampled_from(ATTRIBUTIONS),
    st.sampled_from(NAMES),
    st.sampled_from(PUNCTUATION),
    st.text(max_size=12),
)


@st.composite
def news_texts(draw: st.DrawFn, max_fragments: int = 40) -> str:
    """A text of news-like fragments joined by spaces, punctuation and newlines."""
    parts = draw(
        st.lists(st.tuples(fragments, st.sampled_from(SEPARATORS)), max_size=max_fragments)
    )
    return "".join(fragment + separator for fragment, separator in parts)


def check_extraction(text: str, extraction: Extraction) -> None:
    """Raise AssertionError unless the extraction is well formed for ``text``.

    Every claim, not-claim and parse failure lies inside the text and its ``text`` is the
    slice; each list is sorted by offset and its spans do not overlap; values are finite,
    ``approx`` is an Approx and the claim record is valid JSON.
    """
    for name, items in _groups(extraction).items():
        for item in items:
            assert 0 <= item.start < item.end <= len(text), f"{name}: {item} outside the text"
            assert item.text == text[item.start : item.end], f"{name}: {item} is not the slice"
        for first, second in pairwise(items):
            assert first.end <= second.start, f"{name}: {first} and {second} overlap or unsorted"
    for claim in extraction.claims:
        assert math.isfinite(claim.value), f"claims: {claim} value not finite"
        assert claim.high is None or math.isfinite(claim.high), f"claims: {claim} high"
        assert isinstance(claim.approx, Approx), f"claims: {claim} approx"
        json.dumps(claim.to_record(), allow_nan=False)


def _groups(extraction: Extraction) -> dict[str, Sequence[Claim | NotClaim]]:
    return {
        "claims": extraction.claims,
        "not_claims": extraction.not_claims,
        "parse_failures": extraction.parse_failures,
    }


@dataclass
class FuzzReport:
    """What a fuzz run did: inputs run, seconds, one (shortest) input per distinct exception."""

    seed: int
    inputs: int = 0
    seconds: float = 0.0
    errors: dict[str, tuple[str, str]] = field(default_factory=dict)

    def summary(self) -> str:
        return (
            f"fuzz seed {self.seed}: {self.inputs} inputs, {len(self.errors)} distinct "
            f"exception(s), {self.seconds:.1f} s"
        )


def run_fuzz(nlp: Language, *, examples: int, seed: int) -> FuzzReport:
    """Run ``examples`` random news-like texts through the extractor; collect every exception.

    Exceptions (a crash, or a failed ``check_extraction``) are grouped by type and the line
    that raised them; each group keeps its shortest input, so a failure is reported once with
    the smallest text that shows it.
    """
    report = FuzzReport(seed=seed)

    @hypothesis.seed(seed)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(news_texts())
    def fuzz_one(text: str) -> None:
        report.inputs += 1
        try:
            check_extraction(text, extract_claims(nlp(text), doc_name="fuzz"))
        except Exception as e:  # every exception is a finding: record it and go on
            _record(report, text, e)

    started = time.perf_counter()
    fuzz_one()
    report.seconds = time.perf_counter() - started
    return report


def _record(report: FuzzReport, text: str, error: Exception) -> None:
    frames: Sequence[traceback.FrameSummary] = traceback.extract_tb(error.__traceback__)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
    key = f"{type(error).__name__} at {where}"
    if isinstance(error, AssertionError):  # which check: claims, not_claims, parse_failures
        key += f" ({str(error).split(':', 1)[0]})"
    if key not in report.errors or len(text) < len(report.errors[key][0]):
        report.errors[key] = (text, "".join(traceback.format_exception(error)))
