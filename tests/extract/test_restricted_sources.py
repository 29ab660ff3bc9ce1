"""Sources, session 62 (src62): a relative clause with no comma before it that says which
unnamed people speak stays in the source text ("The town officials whose rules were overturned
say ...", as realgold35 writes its like); an aside set off by a comma, a clause that only keeps
the source unnamed ("who spoke on condition of anonymity", cut in realgold32) and a clause
that holds a figure do not.

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "The town officials whose rules were overturned say the shift followed 8 years of "
            "new judges.",
            "8 years",
            "The town officials whose rules were overturned",
        ),
        (
            "People who were at the party said 3 men started the fight.",
            "3",
            "People who were at the party",
        ),
    ],
)
def test_restrictive_clause_names_which_people_speak(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.ANONYMOUS)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("A witness who asked not to be named said she heard 6 shots.", "6", "A witness"),
        ("Officials who counted 300 ballots said 12 were spoiled.", "12", "Officials"),
        ("Lee, who lives nearby, said she heard 6 shots.", "6", "Lee"),
    ],
)
def test_aside_anonymity_or_figure_clause_stays_out(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source
