"""A span of time bounded by "as long as" or "longer than" is the span its verb went on, named
by the doing ("waiting as long as five hours" -> "wait"), as "waited five hours" is; the parse
hangs it on "long", which left it named by its unit alone."""

import pytest

from factcheck.extract.subjects.subjects import find_subject
from tests.conftest import find_mention


@pytest.mark.parametrize(
    ("text", "figure", "doing"),
    [
        ("Residents were left waiting as long as five hours to vote.", "five", "wait"),
        ("He was told to wait for as long as three hours.", "three", "wait"),
        ("Voters stood in line for as long as four hours.", "four", "stood"),
        ("The talks lasted longer than 12 hours.", "12", "lasted"),
        ("Shoppers were kept waiting as long as two hours at the door.", "two", "wait"),
        ("The crews worked for as long as 16 hours a day.", "16", "worked"),
        ("The meeting lasted longer than six hours, aides said.", "six", "lasted"),
    ],
)
def test_span_bounded_by_long_is_named_by_its_doing(nlp, text, figure, doing):
    doc, mention = find_mention(nlp, text, figure)
    assert doing in find_subject(doc, mention).split()
