"""A sentence in brackets that opens with "One" and its subject picks one thing out to talk
about, as an unbracketed sentence does: "(One notable exception was ...)" counts nothing; a
"one" inside an aside of a sentence, or a clause that says what happened to a person, is left
alone. Invented texts; one_examples.py ``is_one_opening_a_remark``."""

from __future__ import annotations

from tests.conftest import mention_texts


def test_one_opening_a_bracketed_sentence_is_not_a_claim(nlp):
    text = (
        "Studies found little harm. (One notable exception was a paper by a Texas university "
        "that found large losses.)\n"
    )
    assert mention_texts(nlp, text) == []


def test_one_in_a_bracketed_casualty_sentence_is_still_counted(nlp):
    text = "Police said the fire spread quickly. (One man was killed in the blaze.)\n"
    assert "One" in mention_texts(nlp, text)
