"""A name set beside a source's noun with no comma, which the parse makes a second subject of
the verb, belongs to the source phrase (source_extent.py, ``name_beside_subject``): beside the
object of a subject document's "by" too ("A survey by the jobs platform Zhilian found"), and
a name of two words ("the newspaper La Prensa"). Invented texts; docs/gold-conventions.md,
"Documents 'by' an organisation" (the phrase runs through the organisation's name)."""

from __future__ import annotations

from factcheck.model import SourceKind
from tests.conftest import source_of

_SURVEY = (
    "Graduates struggle to find work.\n\n"
    "A survey by the jobs platform Zhilian found that 40 percent of graduates had no offer.\n"
)

_TALLY = (
    "Shops close across the city.\n\n"
    "A separate tally by the newspaper La Prensa put the number of closures at about 900.\n"
)


def test_a_name_beside_the_author_noun_of_a_survey_completes_its_source(nlp):
    assert source_of(nlp, _SURVEY, "40 percent") == (
        "A survey by the jobs platform Zhilian",
        SourceKind.NAMED_ORG,
    )


def test_a_two_word_name_beside_the_author_noun_is_kept_whole(nlp):
    assert source_of(nlp, _TALLY, "about 900") == (
        "A separate tally by the newspaper La Prensa",
        SourceKind.NAMED_ORG,
    )
