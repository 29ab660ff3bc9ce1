"""Ages a verb says of a person, in three more shapes: "was N at the time" ("he already was 18
at the time"), a kin noun as the subject ("my bride was 20,"), and "Now N and <descriptor>, she
..." mid-article. Gold README: ages used as descriptors are not claims (realgold3, 48 and 50
golds). A count said of a thing in the same shapes stays a claim. Invented texts;
predicative_ages.py."""

from __future__ import annotations

from tests.conftest import mention_texts


def test_an_age_held_at_the_time_is_not_a_claim(nlp):
    text = "The program did not cover Ana Ruiz because she already was 19 at the time.\n"
    assert mention_texts(nlp, text) == []


def test_a_brides_age_is_not_a_claim(nlp):
    text = "''I married young,'' he said. ''My bride was 22, and we had nothing.''\n"
    assert mention_texts(nlp, text) == []


def test_now_an_age_and_a_descriptor_before_a_person_is_not_a_claim(nlp):
    text = (
        "She came to Texas as a toddler. Now 51 and working as a nurse in Dallas, she fears "
        "losing her license.\n"
    )
    assert mention_texts(nlp, text) == []


def test_a_count_at_the_time_is_still_a_claim(nlp):
    text = "The board said the backlog was 4,800 at the time, double the year before.\n"
    assert any("4,800" in m for m in mention_texts(nlp, text))


def test_now_a_count_before_a_thing_is_still_a_claim(nlp):
    text = (
        "The county opened its first clinic in 2010. Now 14 and counting, the clinics serve "
        "every town.\n"
    )
    assert any("14" in m for m in mention_texts(nlp, text))
