"""Sources, session 67 (wsrc67a): a live page's entry heading or key-event bullet that opens
with a body and a colon ("Navy: 96 of 120 drones downed", "- Interior ministry: 47 missing")
names that body as its figure's source (tests/wirea, wirem golds); a place, a topic label or a
storm's name before the colon names no one.

Sentences are invented.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Navy: 96 of 120 drones downed\n\nThe attack began at night.", "96 of 120", "Navy"),
        (
            "Key events\n- Interior ministry: 47 people still unaccounted for\n- Roads reopen\n",
            "47",
            "Interior ministry",
        ),
        ("\u00d7 Navy: 96 of 120 drones downed\n\nThe attack began.", "96 of 120", "Navy"),
    ],
)
def test_body_before_a_heading_colon_is_the_source(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_ORG)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Gaza: 40 killed in overnight strikes\n\nThe strikes began at dawn.", "40"),
        ("Live updates: 12 dead as storm hits coast\n\nThe storm hit at dawn.", "12"),
        ("Storm Idris: 14 dead in Lorvia\n\nThe storm hit at dawn.", "14"),
    ],
)
def test_place_topic_or_storm_before_a_colon_names_no_source(nlp, text, figure):
    assert source_of(nlp, text, figure) == ("", SourceKind.NONE)
