"""Property tests over the extractor, and the fuzz run: for any text, claims are well formed.

The texts are news-like (tests/fuzzing.py): number words, figures with commas, decimals,
currencies and %, qualifiers, ranges, units, attributions, names with digits, punctuation,
newlines and arbitrary unicode. ``FACTCHECK_FUZZ_EXAMPLES`` sets the fuzz run's size; the
full run is ``scripts/fuzz.py`` (docs/reliability.md).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings

from factcheck.extract import extract_claims
from tests.fuzzing import check_extraction, news_texts, run_fuzz

ROOT = Path(__file__).resolve().parents[2]
FUZZ_EXAMPLES_ENV = "FACTCHECK_FUZZ_EXAMPLES"
# 3,000 inputs take about 100 s on the 2-core CI machine: 32-36 ms an input at 0.74.0 (parse
# 17 ms, extraction 3 ms, the rest generating text), where 10,000 took 95-115 s when the fuzz
# run began and 262-343 s by session 67 (docs/reliability.md). The full 10,000 is
# scripts/fuzz.py --examples 10000; fewer for a quick local run.
FUZZ_EXAMPLES_CI = 3_000

# Hypothesis compares the global `random` state before and after every draw and warns when it
# moved. In a pytest-xdist worker that ran a Prefect test before this file, Prefect's client and
# service threads stay alive and draw their retry jitter from the global generator
# (prefect.utilities.math), so the warning can fire for a draw the strategy did not disturb.
# tests/fuzzing.py uses no `random`, and the extractor leaves the state alone (tested below).
FOREIGN_THREAD_RANDOM = pytest.mark.filterwarnings(
    "ignore:Do not use the `random` module inside strategies"
)

PROPERTY_SETTINGS = settings(
    max_examples=300,
    deadline=None,
    database=None,  # failures print their example; nothing is written into the checkout
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FOREIGN_THREAD_RANDOM
@PROPERTY_SETTINGS
@given(text=news_texts())
@example(text="")
@example(text="Police said 9" + "9" * 400 + " people died.")
@example(text="Between 3 and 5 million people, up to 45% of them, left; about $1.2bn.")
@example(text="\r\n\r\n\u00a0 12 \U0001f600 \u202e 1,400\n\n")
@example(text="5 US$6")  # once two overlapping claims, "5 US$" and "US$6"
@example(text="Police said " + "7" * 10_000 + " people were hurt.")  # once int() raised
def test_extraction_lies_inside_the_text_whatever_the_text(nlp, text):
    check_extraction(text, extract_claims(nlp(text), doc_name="prop"))


# Checked in a child process of its own: in a pytest-xdist worker that ran a Prefect test first,
# Prefect's client threads draw retry jitter from the global generator at any moment (see
# above), and one such draw during the extraction failed this test in session 69's CI.
_RANDOM_STATE_CHECK = """
import random, sys
from factcheck.extract import extract_claims
from factcheck.extract.pipeline import build_nlp
nlp = build_nlp()
text = "About 40 people were hurt, police said; 3 of them, perhaps more, died. Up 12% from 2023."
doc = nlp(text)
before = random.getstate()
claims = extract_claims(doc, doc_name="prop").claims
sys.exit(0 if claims and random.getstate() == before else 1)
"""


def test_extraction_leaves_the_global_random_state_alone():
    done = subprocess.run([sys.executable, "-c", _RANDOM_STATE_CHECK], cwd=ROOT, timeout=120)
    assert done.returncode == 0


@FOREIGN_THREAD_RANDOM
def test_fuzz_run_raises_no_exception(nlp):
    examples = int(os.environ.get(FUZZ_EXAMPLES_ENV) or FUZZ_EXAMPLES_CI)
    seed = random.randrange(2**32)
    report = run_fuzz(nlp, examples=examples, seed=seed)
    print(report.summary())
    found = "\n".join(
        f"{key}: shortest input {text!r}\n{trace}" for key, (text, trace) in report.errors.items()
    )
    assert not report.errors, f"{report.summary()} (replay: scripts/fuzz.py --seed {seed})\n{found}"
    assert report.inputs >= examples * 0.9, report.summary()
