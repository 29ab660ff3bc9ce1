"""Subjects of session 26's subjects33 branch, on invented sentences parallel to real cases."""

from __future__ import annotations

import pytest

from tests.conftest import subject_of


@pytest.mark.parametrize(
    "text, figure, holder, counted",
    [
        (
            "By the end of the quarter, Lindqvist had raised $412,800 to Okafor's $187,300.",
            "$187,300",
            "Okafor",
            "raised",
        ),
        (
            "By the party's count, Hartley now holds 1,412 pledged delegates to Moreno's 906.",
            "906",
            "Moreno",
            "pledged delegates",
        ),
        (
            "Hartley finished with 51.3 percent to Delgado's 47.9 percent.",
            "47.9 percent",
            "Delgado",
            "",
        ),
        (
            "The survey found that Brazil had 212 startups to Chile's 148.",
            "148",
            "Chile",
            "startups",
        ),
    ],
)
def test_possessed_second_figure_of_a_pair_is_the_possessor_count(
    nlp, text: str, figure: str, holder: str, counted: str
) -> None:
    found = subject_of(nlp, text, figure)
    assert holder in found.split()
    assert counted in found
    subject = found.split()
    assert "Hartley" not in subject and "Lindqvist" not in subject


def test_possessed_pair_keeps_a_figure_with_its_own_noun(nlp) -> None:
    text = "Hartley has won 88 delegates to Delgado's 61 pledged delegates so far."
    assert "Delgado" not in subject_of(nlp, text, "61").split()


def test_possessed_pair_is_not_a_change_from_one_figure_to_another(nlp) -> None:
    text = "The fund grew from 40 members to Oakes's 52 by the spring."
    assert "Oakes" not in subject_of(nlp, text, "52").split()


def test_bare_possessed_pair_counts_what_the_figure_before_counts(nlp) -> None:
    text = (
        "Hartley now has 1,204 delegates to Reynolds’ 913. When including party leaders, who"
        " may back any candidate, her lead is even bigger — 1,587 to Reynolds’ 940."
    )
    subject = subject_of(nlp, text, "940").split()
    assert "delegates" in subject and "Reynolds" in subject
