"""nc63b (session 63): numbers that are not claims. Invented sentences.

"One" before a thing said or thought, as an object ("had one message
for voters"), is the article "a". A hyperbolic "a hundred times" and set phrases ("one and the
same", "nine times out of ten") are idioms. "The two both seemed tired" re-mentions a pair.
(nc63b's reader of supposed cases, "if 10 people came, ... would", "suppose a family earns
$50,000", was left out by the lead: on the unseen sets it dropped 5 gold claims.)
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "The campaign had one message for voters in Nevada: wages.",
        "The mayor offered one explanation for the closure: the budget.",
        "The senator had one idea for the panel.",
        "The governor told one story about her uncle at the fair.",
    ],
)
def test_one_before_a_thing_said_as_an_object_is_the_article(nlp, text):
    assert "one" not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The firm hired one lobbyist and four lawyers last year.",
        "The chairman took only one question from reporters.",
        "Police charged the driver with one count of reckless driving.",
    ],
)
def test_one_before_a_counted_object_stays_a_claim(nlp, text):
    assert "one" in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("She has warned him a hundred times to slow down.", "a hundred times"),
        ("We have been over this a thousand times, he said.", "a thousand times"),
        ("The two rivals are one and the same on trade, the analyst argued.", "one"),
        ("Eight times out of ten the favorite wins the county.", "ten"),
        ("I have a million things to finish before the vote, she said.", "a million"),
    ],
)
def test_hyperbole_and_set_phrases_are_idioms(nlp, text, figure):
    assert figure not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The new drug is a thousand times more potent than morphine.", "a thousand times"),
        ("Donors gave a million dollars to the fund last year.", "a million dollars"),
    ],
)
def test_a_multiplier_or_sum_stays_a_claim(nlp, text, figure):
    assert any(figure in claim for claim in mention_texts(nlp, text))


def test_the_two_with_a_floated_both_is_a_re_mention(nlp):
    text = "Ortiz and Lam have worked together for years. The two both looked tired at the forum."
    assert "two" not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Two men were found on Pine Street. The two both were shot in the legs.",
        "Two men were found on Pine Street. The two both suffered gunshot wounds.",
    ],
)
def test_the_two_with_a_floated_both_and_a_casualty_stays_a_claim(nlp, text):
    assert "two" in mention_texts(nlp, text)


def test_one_before_a_complaint_received_stays_a_claim(nlp):
    assert "one" in mention_texts(nlp, "The board received one complaint about the landlord.")


@pytest.mark.parametrize(
    "text",
    [
        "Can you name one achievement of the county board?",
        "Name one mayor who has done more for the parks.",
        "Could anyone cite one law the council passed this year?",
    ],
)
def test_a_challenge_to_name_one_is_not_a_count(nlp, text):
    assert "one" not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Police named two suspects on Friday.", "two"),
        ("The audit cites three studies of the program.", "three"),
    ],
)
def test_naming_or_citing_a_number_of_things_stays_a_claim(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


def test_a_challenge_whose_question_mark_follows_a_bracket_is_not_a_count(nlp):
    text = "“Can you name one win of the Green Party [in the last two decades]?” she asks."
    assert "one" not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("When two firms sign a supply deal, the terms are rarely published.", "two"),
        ("If one candidate wins both states, he clinches the nomination.", "one"),
        ("As soon as the site blocks one account, a new one appears.", "one"),
    ],
)
def test_a_small_number_in_a_generic_case_is_a_determiner(nlp, text, figure):
    assert figure not in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text, figure",
    [
        ("When two gunmen opened fire, patrons ran for the exits.", "two"),
        ("If 40 members vote no, the bill fails.", "40"),
    ],
)
def test_a_past_event_or_a_larger_figure_in_a_case_clause_stays_a_claim(nlp, text, figure):
    assert figure in mention_texts(nlp, text)
