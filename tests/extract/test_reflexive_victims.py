"""The killer listed after his victims: "killed their two sons and himself" (reflexive_victims.py)
when the parse hangs the pronoun elsewhere; invented sentences parallel to tuning misses."""

from __future__ import annotations

import pytest

from factcheck.extract import extract_claims


@pytest.mark.parametrize(
    "sentence",
    [
        "Records show the woman who officers say was shot by her partner before he killed their "
        "two sons and himself had asked for a protective order.",
        "Police gave details Monday about a man who fatally shot his twin brothers and then "
        "himself Sunday at their farm.",
    ],
)
def test_pronoun_listed_after_a_killing_verbs_object_is_one_killed(nlp, sentence):
    text = f"Update\n\n{sentence}"
    claims = extract_claims(nlp(text), doc_name="t", text=text).claims
    himself = [c for c in claims if c.text == "himself"]
    assert len(himself) == 1
    assert (himself[0].value, himself[0].implied) == (1, True)
    assert "killed" in himself[0].subject


def test_pronoun_after_a_list_with_no_casualty_verb_is_no_count(nlp):
    text = "Update\n\nThe mayor thanked the press, his staff and himself for the quiet night."
    claims = extract_claims(nlp(text), doc_name="t", text=text).claims
    assert not [c for c in claims if c.text == "himself"]
