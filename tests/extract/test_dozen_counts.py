"""subj4 (session 46): a count of "two dozen" that the parse hangs on "two" ("more than two
dozen other wealthy investors") counts the noun "two" hangs on, not the clause's doer."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, noun",
    [
        ("The mayor praised two dozen wealthy investors for their gifts.", "two dozen",
         "investors"),
        ("The senator thanked Ann Lee and more than two dozen other local donors.",
         "more than two dozen", "donors"),
        ("Governors in more than two dozen states refused the plan.", "more than two dozen",
         "states"),
    ],
)  # fmt: skip
def test_count_of_dozens_hung_on_its_number_counts_the_noun(nlp, text, figure, noun):
    subject = subject_of(nlp, text, figure)
    assert noun in subject.split(), subject
