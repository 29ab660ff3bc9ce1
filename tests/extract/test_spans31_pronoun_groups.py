"""spans31 (session 25): a group named again by a pronoun ("the two of them") counts nothing."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, claims",
    [
        ("Ortiz criticized Lee and Patel. Is this a goal for the two of them, or a pose?", []),
        ("Mayor Dunn and Judge Roe will debate; it will be a long night for the two of them.", []),
        ("The three of them were shot outside a bar on Main Street, police said.", ["three"]),
        ("Two of them voted for the plan, the clerk said.", ["Two"]),
    ],
)
def test_the_few_of_them_is_a_re_mention(nlp, text, claims):
    assert mention_texts(nlp, text) == claims
