"""Sources, session 68 (wsrc68b): a toll or figure given "of" a number is its giver's, as one
given "as" it is ("gave a toll of 14 dead"; tests/wirev, tests/wirew golds). A total given is
a gift, not a reckoning.

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Rami Haddad, a senior police officer in Tyre, gave a higher toll of 41 dead, "
            "saying some bodies had gone straight to a morgue.",
            "41",
            "Rami Haddad",
        ),
        (
            "Health commissioner Ada Nwosu gave a toll of 14 dead in a statement late Tuesday.",
            "14",
            "Health commissioner Ada Nwosu",
        ),
    ],
)
def test_a_toll_given_of_a_number_is_the_givers(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_PERSON)


def test_a_total_given_is_a_gift_not_a_reckoning(nlp):
    text = "The donors gave a total of $5 million to the fund."
    assert source_of(nlp, text, "$5 million") == ("", SourceKind.NONE)
