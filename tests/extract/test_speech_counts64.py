"""Sources, session 64 (rg64): how often a speaker said something is the writer's count, also
where the count hangs on the words said or the parse puts a report above or beside the verb.

Sentences are invented, parallel to real cases (realgold48, PolNeAR).
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of

_NONE = ("", SourceKind.NONE)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ('In a short speech, Ortiz said "Fox" seven times, and mentioned the host.', "seven"),
        ('Ortiz said the word "jobs" 12 times.', "12"),
        (
            "Ms. Lane suggested Mr. Ruiz had shown a fondness for strongmen - ''He would have "
            "loved Franco,'' Ms. Lane said twice - and often reminded the audience of the stakes.",
            "twice",
        ),
    ],
)
def test_count_of_times_something_was_said_has_no_source(nlp, text, figure):
    assert source_of(nlp, text, figure) == _NONE


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Ortiz said three times as many people came.", "three times", "Ortiz"),
        ("Ortiz said the plant would hire 12 more workers.", "12", "Ortiz"),
    ],
)
def test_figure_in_what_was_said_keeps_its_speaker(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_PERSON)
