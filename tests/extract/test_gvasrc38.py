"""gvasrc38 (session 30): a negated reporting verb reports nothing, so the figures under it (or
in a clause it is joined to) are the writer's, source none: "police have not announced the
condition of the remaining four survivors", "They haven't disclosed what kind of gun was used"
(realgold5, realgold14 golds). The speaker of a verb that is not negated keeps the figure, and
so does a negation inside what the speaker said, and a "that" clause the parse hangs on the
negated verb ("never cited a source for his claim ... that ...": the claim's words). Invented sentences parallel to the real ones."""

from __future__ import annotations

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    "text, figure",
    [
        (
            "Two people were confirmed dead, but deputies have not announced the condition "
            "of the other three victims.",
            "three",
        ),
        (
            "Two people were confirmed dead, but deputies have not announced the condition "
            "of the other three victims.",
            "Two",
        ),
        ("The sheriff's office did not say how many of the 12 guests were armed.", "12"),
        ("Investigators haven't disclosed which of the two rifles was fired.", "two"),
        ("Police never released the names of the four men who were hurt.", "four"),
    ],
)
def test_a_negated_reporting_verb_gives_no_source(nlp, text, figure):
    assert source_of(nlp, text, figure) == ("", SourceKind.NONE)


@pytest.mark.parametrize(
    "text, figure, source",
    [
        (
            "Deputies have announced the condition of the other three victims.",
            "three",
            "Deputies",
        ),
        ("Police said they did not find the two rifles at the house.", "two", "Police"),
        ("Two people were hurt, police said, but they did not know why.", "Two", "police"),
        ("Investigators disclosed that two rifles were fired.", "two", "Investigators"),
        (
            "Lee never cited a source for his claim in March that the city hired 900 guards.",
            "900",
            "Lee",
        ),
    ],
)
def test_a_reporting_verb_that_is_not_negated_keeps_its_speaker(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source
