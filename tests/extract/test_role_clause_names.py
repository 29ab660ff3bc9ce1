"""Sources, session 69 (pn69): a role described by a participle clause, then the person's name
in apposition ("A lawyer representing the family, Ana Ruiz, said ...") names the speaker: the
source is the phrase through the name, a named person, not the unnamed role
(role_clause_names.py). A comma followed by no name, or a clause with a clause inside, leaves
the role alone.

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "A lawyer representing the tenants, Ana Ruiz, said the landlord owes them $40,000.",
            "$40,000",
            "A lawyer representing the tenants, Ana Ruiz",
        ),
        (
            "An official overseeing the recount, Maria Lopez, said 4,000 ballots were still "
            "uncounted.",
            "4,000",
            "Maria Lopez",  # the name alone when tagged a person (session 70)
        ),
        (
            "One deacon backing Mr. Hale, Tom Grant of Grace Church in Dover, said he had "
            "made more than 150 calls to voters.",
            "more than 150",
            "Tom Grant",  # the name alone when tagged a person (session 70)
        ),
    ],
)
def test_a_name_after_a_role_clause_is_the_speaker(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_PERSON)


def test_a_role_clause_with_no_name_after_it_stays_unnamed(nlp):
    text = (
        "A lawyer representing the tenants, who asked not to be named, said the landlord "
        "owes them $40,000."
    )
    assert source_of(nlp, text, "$40,000") == ("A lawyer", SourceKind.ANONYMOUS)
