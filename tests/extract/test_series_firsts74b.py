"""A number after "the first" before things that come in order picks them out by place, also
after a quantifier and "of" ("in any of the first four states"); only a number before "of" makes
a share of the series ("won 10 of the first 11 contests"). Invented texts; gold README
("ordinals"), series_firsts.py."""

from __future__ import annotations

from tests.conftest import mention_texts


def test_any_of_the_first_states_is_not_a_claim(nlp):
    text = "Lopez has not led in any of the first four states, the latest polls show.\n"
    assert "four" in mention_texts(nlp, text, claims=False)
    assert "four" not in mention_texts(nlp, text)


def test_none_of_the_first_debates_is_not_a_claim(nlp):
    text = "Ruiz said none of the first three debates had changed the race.\n"
    assert "three" not in mention_texts(nlp, text)


def test_a_number_of_the_first_contests_is_still_counted(nlp):
    text = "The senator won seven of the first nine contests before the convention.\n"
    claims = " ".join(mention_texts(nlp, text))
    assert "seven" in claims
