"""Sources, session 62 (src62): a local-news role that ends in an abbreviated title ("Dover
police Sgt. Alan Pruitt") stays whole when the sentence splitter takes the title's period for a
full stop and cuts the name off into a sentence of its own, as it does when one sentence holds
them (docs/gold-conventions.md, "Titles and roles before names in source text"; realgold6
writes a city's "police spokesman Sgt." and the name whole). A role with no local-news word ("Sheriff's spokesman
Sgt. ...": the real gold keeps the title and name only) is unchanged.

Sentences are invented, parallel to real cases.
"""

import pytest

from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Dover police spokesman Sgt. Alan Pruitt said two were taken to Mercy Hospital.",
            "two",
            "Dover police spokesman Sgt. Alan Pruitt",
        ),
        (
            "Two were hurt, according to police spokesman Lt. Dana Moss, who spoke at the scene.",
            "Two",
            "police spokesman Lt. Dana Moss",
        ),
        (
            "Two were hurt, Dover police Sgt. Alan Pruitt said.",
            "Two",
            "Dover police Sgt. Alan Pruitt",
        ),
        ("Police Lt. Alan Pruitt said two were hurt.", "two", "Police Lt. Alan Pruitt"),
        (
            "Three people were arrested, according to State Police Sgt. Ray Olin.",
            "Three",
            "State Police Sgt. Ray Olin",
        ),
    ],
)
def test_role_before_a_split_title_stays_with_the_name(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_PERSON)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a role with no local-news word: the title and the name only
        (
            "Two were hurt, Marlow County Sheriff's spokesman Sgt. Kim Adler said.",
            "Two",
            "Sgt. Kim Adler",
        ),
        # one sentence holds role and name: unchanged
        (
            "Two were hurt, said Dover police Sgt. Alan Pruitt.",
            "Two",
            "Dover police Sgt. Alan Pruitt",
        ),
        ("Two were hurt, according to Lt. Alan Pruitt, who spoke.", "Two", "Lt. Alan Pruitt"),
    ],
)
def test_title_without_a_local_role_keeps_its_name_only(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == (source, SourceKind.NAMED_PERSON)
