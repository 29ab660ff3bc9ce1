"""A figure the rules leave with no subject takes what the text names next (unnamed_fallbacks):
the plural noun right after a bare count, the sentence that defines a figure standing alone,
or the first noun after the figure in its clause."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Photo 14 rifles taken from Elm Street pawn shop", "14", "rifles"),
        (
            '"We can carry the county - six or seven thousand ballots is very doable," he said.',
            "six or seven thousand",
            "ballots",
        ),
        (
            'The memo complained about the effort "just to pick up two f---ing votes in a county."',
            "two",
            "f---ing votes",
        ),
    ],
)
def test_plural_noun_right_after_a_bare_count_is_what_it_counts(nlp, text, figure, expected):
    assert subject_of(nlp, text, figure) == expected


def test_figure_on_a_line_of_its_own_takes_what_the_next_line_defines(nlp):
    text = (
        "It gives him an opening.\n\n- Jane Doe.\n\n12,000.\n\n"
        "The number of deleted files that the mayor asked the clerk to find.\n"
    )
    assert subject_of(nlp, text, "12,000") == "deleted files"


def test_defining_line_keeps_a_plural_the_tagger_read_as_a_verb(nlp):
    text = (
        "It gives him an opening.\n\n- Jane Doe.\n\n8,500.\n\n"
        "The number of unpaid Acme Corp invoices that the auditor asked the board to review.\n"
    )
    assert subject_of(nlp, text, "8,500").endswith("invoices")


def test_figure_standing_alone_takes_what_the_next_sentence_defines(nlp):
    text = (
        "Why does it matter? 41. The number of states that have passed similar laws, a study found."
    )
    assert subject_of(nlp, text, "41") == "states"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Most of the budget went to salaries. Only 6% for everything else.",
            "6%",
            "everything else",
        ),
        (
            "A large share of that ― $2.4 million ― was spent on radio spots attacking the mayor.",
            "$2.4 million",
            "radio spots",
        ),
    ],
)
def test_unnamed_figure_takes_the_next_noun_of_its_clause(nlp, text, figure, expected):
    assert subject_of(nlp, text, figure) == expected


def test_count_with_a_phrase_between_it_and_a_noun_takes_no_noun_from_after(nlp):
    text = "Watch Channel 9 News starting at 6 for new details on this story."
    assert subject_of(nlp, text, "6") != "new details"


def test_unnamed_figure_takes_no_noun_from_the_next_clause(nlp):
    text = "He is Irish 100 percent, but he is very much in touch with his German roots."
    assert subject_of(nlp, text, "100 percent") != "touch"
