"""Sources, session 68 (wsrc68b): a name in apposition to an indefinite role stays in the
source phrase when a title or an age stands between the comma and the name ("A police
spokesman, Inspector Paul Renard, said"), as it does without one ("A spokeswoman, Lena Ortiz";
realgold: "A Twitter spokesman, Christopher Abboud"): a named person, not an anonymous
spokesman (tests/wirek, wirem, wirex, wirep, wirey golds: named_person). A role with no name
after it stays anonymous.

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "A police spokesman, Inspector Paul Renard, said officers had arrested 31 people.",
            "31",
            "A police spokesman, Inspector Paul Renard",
        ),
        (
            "A spokesman, Commander Luca Bianchi, said the first ship arrived within 50 minutes.",
            "within 50 minutes",
            "A spokesman, Commander Luca Bianchi",
        ),
        (
            "One survivor, 37-year-old Tomas Velic, said there were more than 45 people on the "
            "boat.",
            "more than 45",
            "One survivor, 37-year-old Tomas Velic",
        ),
    ],
)
def test_a_titled_name_in_apposition_to_a_role_is_the_source(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_PERSON)


def test_a_role_with_no_name_after_it_stays_anonymous(nlp):
    text = "A police spokesman, who asked not to be named, said officers had arrested 31 people."
    assert source_of(nlp, text, "31") == ("A police spokesman", SourceKind.ANONYMOUS)
