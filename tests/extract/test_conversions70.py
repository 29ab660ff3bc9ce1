"""wsubj70 (session 70): a pair of conversions in one bracket, split by a semicolon
("38bn shillings ($10.3m; £7.6m)"), measures what the converted figure measures, as a lone
conversion does; so does the conversion of a figure glued to its currency ("GH¢14.2bn ($1.3bn)").

Gold README "Currency conversions"; tests/wirex, wiren, wirez golds give both conversions the
first figure's subject. Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.conftest import claims_of


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "The council says it needs 52 billion Tarvian shillings ($12.1m; £9.4m) for a "
            "two-month cleanup plan.",
            ("$12.1m", "£9.4m"),
        ),
        (
            "The treasury will cut spending by GH¢9.1bn ($0.8bn; £610m) next year, the "
            "minister said.",
            ("$0.8bn", "£610m"),
        ),
        (
            "The treasury will cut spending by GH¢9.1bn ($0.8bn) next year, the minister said.",
            ("$0.8bn",),
        ),
    ],
)
def test_conversions_in_one_bracket_take_the_converted_subject(nlp, text, figures):
    claims = claims_of(nlp, text)
    first = claims[0]
    by_text = {c.text: c for c in claims}
    for figure in figures:
        assert by_text[figure].subject == first.subject
        assert not by_text[figure].key


def test_figures_in_brackets_after_words_do_not_take_the_figure_before(nlp):
    text = "Turnout rose to 61 percent. Support for the levy (41%; 44%) fell in both polls."
    by_text = {c.text: c for c in claims_of(nlp, text)}
    assert by_text["41%"].subject != by_text["61 percent"].subject
    assert by_text["44%"].subject != by_text["61 percent"].subject
