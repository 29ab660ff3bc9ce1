"""subj4 (session 46): a span of time in which something has not been done (the gap since it
last happened) names the doing with its negation, bare or not, and a span the parse hangs on
the occasion of a negated doing names that doing."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, words",
    [
        ("The clinic's founder has not practiced in almost two decades, the board said.",
         "almost two decades", {"not", "practiced"}),
        ("The old ferry hasn't sailed in six months, the harbor master said.", "six months",
         {"not", "sailed"}),
        ("The club has never lost a home game in five years.", "five years",
         {"never", "lost", "game"}),
        ("The governor hopes to win Kent County, which has not voted Democratic in a race for "
         "governor in 28 years.", "28 years", {"not", "voted", "Democratic"}),
    ],
)  # fmt: skip
def test_span_since_a_negated_doing_names_the_doing_with_its_negation(nlp, text, figure, words):
    subject = subject_of(nlp, text, figure)
    assert words <= set(subject.split()), subject
