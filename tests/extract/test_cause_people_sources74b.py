"""Caveats, session 74 (rsrc74): unnamed advocates or activists who give a figure are an
anonymous source with `anonymous_source` (gold README, "Source kinds": unnamed people ->
anonymous; tests/realgold50 "advocates", tests/wire2w "activists"). A named group of
activists stays a named body with no such caveat.

Sentences are invented.
"""

from factcheck.extract.caveats.caveat_sources import names_unnamed_people
from factcheck.model import Source, SourceKind


def test_advocates_are_unnamed_people() -> None:
    assert names_unnamed_people(Source(text="advocates", kind=SourceKind.ANONYMOUS))


def test_immigrant_advocates_are_unnamed_people() -> None:
    assert names_unnamed_people(Source(text="immigrant advocates", kind=SourceKind.ANONYMOUS))


def test_a_named_thing_is_not_unnamed_people() -> None:
    assert not names_unnamed_people(Source(text="the Varra Council", kind=SourceKind.NAMED_ORG))
