"""Fuzz the extractor: random news-like texts through the real pipeline, every exception counted.

Usage: .tools/bin/uv run python scripts/fuzz.py [--examples N] [--seed S]

Each text is parsed and extracted, and the result checked (offsets inside the text, ``text``
equal to the slice, finite values, sorted mentions that never overlap: tests/fuzzing.py). Prints
the inputs run, the distinct exceptions found, each with its shortest input and traceback, and
the seconds taken; exits 1 if anything was found. The same run, shorter, is in
tests/test_properties.py (FACTCHECK_FUZZ_EXAMPLES).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests/ is not installed; the text strategy lives there

from factcheck.extract.pipeline import build_nlp  # noqa: E402
from tests.fuzzing import run_fuzz  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000, help="inputs to run")
    parser.add_argument("--seed", type=int, default=None, help="replay a run (default: random)")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    report = run_fuzz(build_nlp(), examples=args.examples, seed=seed)
    for key, (text, trace) in report.errors.items():
        print(f"--- {key}\nshortest input: {text!r}\n{trace}")
    print(f"inputs run: {report.inputs}")
    print(f"exceptions found: {len(report.errors)} distinct")
    print(f"seconds: {report.seconds:.1f}")
    print(f"seed: {seed} (replay with --seed {seed})")
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
