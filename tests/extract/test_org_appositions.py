"""A body described first and named after a comma is cited by its name (tests/wirea,
tests/wiref); a person so named keeps the whole phrase, as the real golds write it."""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "A medical group that tracks casualties in the war, the Darfur Medics Alliance, "
            "put the number killed in the camp at 41.",
            "41",
            "the Darfur Medics Alliance",
        ),
        (
            "The UN mission in the country, MINURCO, said at the time that some 3,000 people "
            "had sought refuge in the cathedral.",
            "some 3,000",
            "MINURCO",
        ),
    ],
)
def test_a_body_named_after_its_description_is_cited_by_name(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_ORG)


def test_a_person_named_after_a_role_gives_the_name(nlp):
    # session 70 (apposed_names.py): the name, as a body named so gives its name
    text = "A Twitter spokesman, Christopher Abboud, said 40 accounts were suspended."
    assert source_of(nlp, text, "40") == ("Christopher Abboud", SourceKind.NAMED_PERSON)
