"""The pronoun "one" after an article and an adjective counts nothing ("a separate one the
mayor filed", "a new one where ..."), whatever the parse hangs it on; "one" with a noun, a
number or a share of its own after it is still read as a number. Invented texts; gold README
(idioms); one_idioms.py."""

from __future__ import annotations

from tests.conftest import mention_texts


def test_a_separate_one_before_a_name_is_not_a_claim(nlp):
    text = (
        "The board's minutes include its determinations in the two challenges to Kasich's "
        "eligibility plus a separate one Walsh filed against Sen. Rob Portman.\n"
    )
    assert "one" not in mention_texts(nlp, text)
    assert "one" in mention_texts(nlp, text, claims=False)


def test_a_separate_one_among_several_challenges_is_not_a_claim(nlp):
    text = (
        "Its determinations in the four challenges plus a separate one Walsh filed were posted.\n"
    )
    assert "one" not in mention_texts(nlp, text)


def test_an_estimated_one_in_five_is_still_a_figure(nlp):
    text = "An estimated one in five residents of the district lacks health insurance.\n"
    assert any("one in five" in m for m in mention_texts(nlp, text))


def test_a_whopping_one_vote_is_still_a_count(nlp):
    text = "The measure failed by a whopping one vote in the state senate on Tuesday.\n"
    assert any("one" in m for m in mention_texts(nlp, text))
