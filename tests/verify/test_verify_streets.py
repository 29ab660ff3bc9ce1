"""Streets of a record's address and of the scene an article states (verify/streets.py)."""

import pytest

from factcheck.verify.streets import (
    STREET_MATCH,
    find_record_streets,
    find_scene_streets,
    same_street,
    score_street,
)


@pytest.mark.parametrize(
    ("note", "streets"),
    [
        ("shooting incident 1 at 700 block of W. Maple Street", {"maple"}),
        ("shooting incident 2 at Fifth and Orchard avenues", {"5th", "orchard"}),
        ("shooting incident 3 at 12 N Birch Ct", {"birch"}),
        ("shooting incident 4 at Quarry and 9 Mile", {"quarry", "9 mile"}),
        ("shooting incident 5 at Hwy 61", {"highway 61"}),
        ("shooting incident 6 at N/A", set()),
        ("tally of the regional office (3.1 million people), as reported by a paper", set()),
    ],
)
def test_record_address_gives_its_street_names(note, streets):
    assert find_record_streets(note) == streets


@pytest.mark.parametrize(
    ("text", "streets"),
    [
        ("Two men were shot in the 700 block of West Maple Street.", ["maple"]),
        ("Officers found him at 4120 Larkspur Ave. shortly after.", ["larkspur"]),
        ("It happened at the intersection of Quarry and Lindell.", ["quarry", "lindell"]),
        ("It happened at S.E. 14th Avenue & 9th Street, neighbours said.", ["14th", "9th"]),
        ("The shooting occurred just after 6 p.m. on Larkspur Drive.", ["larkspur"]),
        ("He was shot and taken to a hospital on Grand Avenue.", []),
        ("He was taken to Mercy Hospital on Grand Avenue.", []),
        ("The suspect lives on Orchard Street, neighbours said.", []),
        ("Police blocked Fifth Avenue and Orchard Street for hours.", []),
    ],
)
def test_only_statements_of_the_scene_are_scene_streets(text, streets):
    assert [name for _, name in find_scene_streets(text)] == streets


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("douglass", "douglas", True),
        ("townsgate", "towngate", True),
        ("84th", "85th", False),
        ("maple", "maplewood park", False),
    ],
)
def test_spelling_variants_are_one_street_but_numbers_must_agree(first, second, same):
    assert same_street(first, second) is same


NOTE = "shooting incident 9 at 700 block of W. Maple Street"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was shot on Maple Street late Friday.", STREET_MATCH),
        ("Shots were fired in the 700 block of West Mapel Street.", STREET_MATCH),
        ("A man was shot in the 300 block of Larkspur Avenue.", None),
        ("He died at Mercy Hospital on Grand Avenue.", 0.0),
        ("Police closed Grand Avenue and Elm Street after the shooting.", 0.0),
        ("A woman was wounded, police said.", 0.0),
    ],
)
def test_a_scene_on_another_street_refuses_the_record_other_streets_do_not(text, expected):
    assert score_street(NOTE, text) == expected
