"""A figure's "of" object keeps its compounds and adjectives ("85 percent of polling places" ->
"polling places"), not only its head noun; its determiner and a number before it stay out."""

import pytest

from factcheck.extract.subjects.subjects import find_subject
from tests.conftest import find_mention


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("The county cut the number of polling places by 85 percent.", "85", "polling places"),
        ("The city cut the number of voting machines by a third, to 300.", "300", "voting"),
        ("The agency trimmed the number of parking spaces by 40 percent.", "40", "parking spaces"),
        ("The district shrank the number of school buses by 12 percent.", "12", "school buses"),
        ("The board lifted the number of border agents by 20 percent.", "20", "border agents"),
    ],
)
def test_number_of_keeps_the_objects_compound(nlp, text, figure, subject):
    doc, mention = find_mention(nlp, text, figure)
    assert subject in find_subject(doc, mention)


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        (
            "The state doubled the number of its 400 rural clinics by 2020, to 800.",
            "800",
            "rural clinics",
        ),
        (
            "The mayor cut the number of the city's fire stations by 10 percent.",
            "10",
            "fire stations",
        ),
    ],
)
def test_of_object_leaves_out_its_determiner_number_and_owner(nlp, text, figure, subject):
    doc, mention = find_mention(nlp, text, figure)
    found = find_subject(doc, mention)
    assert found.endswith(subject)
    assert "400" not in found and "the" not in found.split() and "city" not in found


@pytest.mark.parametrize(
    ("text", "figure", "subject", "left_out"),
    [
        (
            "Turnout came in just 5 points shy of the 46% turnout record.",
            "5",
            "turnout record",
            "%",
        ),
        (
            "The bill landed 8 points short of the 60 percent supermajority rule.",
            "8",
            "supermajority rule",
            "percent",
        ),
        (
            "Her approval sits 3 points shy of the 50% approval mark.",
            "3",
            "approval mark",
            "%",
        ),
        (
            "The drive ended 3 points shy of the 60 percent pledge goal.",
            "3",
            "pledge goal",
            "percent",
        ),
        (
            "The club finished 2 points short of the 25% membership target.",
            "2",
            "membership target",
            "%",
        ),
    ],
)
def test_of_object_starts_after_a_modifier_with_its_own_number(
    nlp, text, figure, subject, left_out
):
    doc, mention = find_mention(nlp, text, figure)
    found = find_subject(doc, mention)
    assert found.endswith(subject)
    assert left_out not in found
