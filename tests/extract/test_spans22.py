"""Spans on real news, session 20 (branch spans22): a pair named again is no count; "100
percent" meaning "fully" is an idiom; a person struck in a part of the body is shot; a part of
a whole after "the first" or "the past" is a share. Invented sentences."""

from __future__ import annotations

import pytest

from factcheck.extract.implied.implied import find_implied_counts
from factcheck.extract.mentions.quantities import parse_figure
from tests.conftest import find_mention, mention_texts


def _counts(nlp, text: str) -> list[tuple[str, str, int]]:
    return [(c.text, c.measure, c.value) for c in find_implied_counts(nlp(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Smith and Jones split the vote. The two candidates are tied in Ohio.",
        "He praised the deep friendship between our two countries.",
        "Trade between the two nations grew last year.",
        "Sewage flows freely under the two cities, officials said.",
    ],
)
def test_the_two_before_a_pair_noun_is_a_re_mention(nlp, text):
    assert "two" in mention_texts(nlp, text, claims=False)
    assert "two" not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The two men were still at large on Sunday.",
        "Two candidates filed papers before the deadline.",
        "The two leading candidates met in Denver.",
    ],
)
def test_a_count_of_two_stays_a_claim(nlp, text):
    assert any(t.lower().startswith("two") for t in mention_texts(nlp, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Someone fired into a house on Oak Street, striking a 9-year-old girl in the arm.",
            [("a 9-year-old girl", "shot", 1)],
        ),
        (
            "A rifle went off in the truck on Sunday, striking a 12-year-old boy in the knee.",
            [("a 12-year-old boy", "shot", 1)],
        ),
        ("The car struck a cyclist in the leg on Main Street.", []),
        ("A ball struck the boy in the face during the game.", []),
    ],
)
def test_a_person_struck_in_the_body_by_gunfire_is_an_implied_shot(nlp, text, expected):
    assert _counts(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Will you finish the bridge? Sure, 100 percent. It is easy.",
        "The mayor said she backs the chief 100 percent on this.",
        "The board is 100 percent committed to a fair vote.",
        "They will pay for the road! One-hundred percent. Believe me.",
    ],
)
def test_a_hundred_percent_meaning_fully_is_an_idiom(nlp, text):
    assert not any("percent" in t for t in mention_texts(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Rents rose 100 percent in a decade.",
        "The senator won with 100 percent of precincts reporting.",
        "The fund owns 100 percent of the mill.",
        "The tariff on steel is 100 percent.",
    ],
)
def test_a_hundred_percent_of_something_stays_a_claim(nlp, text):
    assert any("100 percent" in t for t in mention_texts(nlp, text))


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Ray lost 10 of the first 11 races before his streak began.", "10 of the first 11", 0.909),
        ("Lee has won four of the past five primaries.", "four of the past five", 0.8),
    ],
)
def test_a_part_of_a_whole_after_the_first_or_past_is_a_share(nlp, text, span, value):
    doc, mention = find_mention(nlp, text, span.split()[0])
    assert mention.span(doc).text == span
    assert parse_figure(span).value == pytest.approx(value)


@pytest.mark.parametrize(("text", "value"), [("two decades", 2), ("three decades", 3)])
def test_a_count_of_decades_keeps_its_number(text, value):
    assert parse_figure(text).value == value
    assert parse_figure(text).unit == "decade"


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The firm sponsors Fortune's Under 40 Gala in Miami every spring.", "40"),
        ("A tire shop next door -- Under 50 Car Wash, also on Main -- gave $500.", "50"),
    ],
)
def test_a_number_in_a_name_opened_by_under_is_not_a_claim(nlp, text, figure):
    assert any(t.startswith(figure) for t in mention_texts(nlp, text, claims=False))
    assert not any(t.startswith(figure) for t in mention_texts(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Jobless Rate Falls Under 5 Percent In March",
        "The fee stays under 30 dollars for most Ohio drivers.",
    ],
)
def test_a_figure_under_a_bound_stays_a_claim(nlp, text):
    assert any(t[:1].isdigit() or t.lower().startswith("under") for t in mention_texts(nlp, text))
