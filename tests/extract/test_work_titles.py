"""fp48 (session 39): a number in the title of a film, book, song or series is no claim, nor
is the title's later bare re-mention. Invented texts.

Gold README: numbers that are part of a name are not claims.
"""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The movie 9 Days by a young director opens this week.", "9"),
        ("Critics Pan Movie ’9 Days’ Before Its Release", "9"),
        ("It is based on her book, 40 Nights: A Siege Remembered.", "40"),
        ("Hers is the fourth installment of ‘24 And Counting, the paper's video series.", "24"),
        ("Hers is the fourth installment of\u00a0‘24 And Counting, a video series.", "24"),
        ("He wrote a memoir called ''Tired!: 40 Years of Night Shifts.''", "40 Years"),
        ('The clip was for a song called "3 rounds and a 40 cal."', "3"),
        ('The clip was for a song called "3 rounds and a 40 cal."', "40"),
        ("says Ann Lee, co-author of Two's Company, a study of third parties.", "Two"),
        ("Reviewers praised Lee's 9 Days book last spring.", "9"),
    ],
)
def test_number_in_a_work_title_is_not_a_claim(nlp, text, figure):
    assert figure not in mention_texts(nlp, text)


def test_bare_re_mention_of_a_title_is_not_a_claim(nlp):
    text = "The film 9 Days opens on Friday. 9 Days will follow five rescuers through the siege."
    assert "9 Days" not in mention_texts(nlp, text)
    assert "five" in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The book sold 2 million copies in its first year.", "2 million"),
        ("The movie took 9 days to shoot, the studio said.", "9 days"),
        ("The film earned $40 million in its opening weekend.", "$40 million"),
        ('She called the raise "a $25 billion mistake" on Monday.', "$25 billion"),
        ("The series drew 12 million viewers, the network said.", "12 million"),
        ("The siege lasted 9 days. Rescuers freed five people.", "9 days"),
    ],
)
def test_figures_about_a_work_stay_claims(nlp, text, figure):
    assert figure in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ('Lee, whom he called "the best mayor in the past 30 years," won.', "30 years"),
        (
            'The plan, which critics called "a 9 billion dollar giveaway," passed.',
            "9 billion dollar",
        ),
    ],
)
def test_a_speakers_quoted_label_is_no_title(nlp, text, figure):
    assert figure in mention_texts(nlp, text)
