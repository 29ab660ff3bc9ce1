"""wspan65 (session 65): a live page's post stamp written with a dot and a time zone in
capitals ("21.35 CET", "07.10 JST") is a time, not a claim; so is a forecast's "by 2100".
Invented texts.

Gold README: times are not claims (tests/wiref: ten such stamps annotated as times).
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("21.35 CET\nPP holds majority, partial count shows", "21.35"),
        ("07.10 JST\nBank shares fall 9% at the open", "07.10"),
        ("Polls close at 20.00 CEST, officials said.", "20.00"),
    ],
)
def test_dot_time_before_a_time_zone_is_a_time(nlp, text, stamp):
    assert stamp not in " ".join(mention_texts(nlp, text))


def test_figure_after_the_stamp_stays_a_claim(nlp):
    text = "19.45 CET\nExit poll gives the ruling party 41 to 44 seats"
    assert "41 to 44" in mention_texts(nlp, text)


def test_the_year_2100_of_a_forecast_is_a_date(nlp):
    text = "Up to 70 percent of the ice could be gone by 2100, the study found."
    texts = mention_texts(nlp, text)
    assert "2100" not in texts
    assert "Up to 70 percent" in texts
