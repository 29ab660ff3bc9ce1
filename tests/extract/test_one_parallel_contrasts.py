"""'one ... another' across parallel clauses (branch fpdet, session 43). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The senator won one regional poll by ten points and lost another.", "one"),
        (
            "Voters hate it when politicians promise one town one thing and promise another town another thing.",
            "one",
        ),
        ("He was paid to run one agency, but spent the money to lobby for another agency.", "one"),
        ("The governor praised one aide in public while mocking another in private.", "one"),
    ],
)
def test_one_set_against_another_in_a_parallel_clause_is_no_count(nlp, text, figure):
    assert figure in mention_texts(nlp, text, claims=False)
    assert figure not in mention_texts(nlp, text)
