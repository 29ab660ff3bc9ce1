"""notclaim55 (session 55): a person's height and weight in a description ("Lee is a white male,
5-feet-9-inch tall and about 180 pounds") describe the person, as an age does, and are not
claims; the height of a thing ("the fence is 30 feet tall") and a load's weight stay claims.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Police are looking for Tom Lee, 27. Lee is a white male, 5-feet-9-inch tall and about 180 pounds.", "5"),
        ("Police are looking for Tom Lee, 27. Lee is a white male, 5-feet-9-inch tall and about 180 pounds.", "180 pounds"),
        ("The suspect was described as 5 feet 10 inches tall and 160 pounds.", "5 feet"),
        ("The suspect was described as 5 feet 10 inches tall and 160 pounds.", "160 pounds"),
        ("A man about 6 feet tall robbed the store on Elm Street.", "6 feet"),
        ("The man, weighing about 200 pounds, fled on foot.", "200 pounds"),
    ],
)  # fmt: skip
def test_a_persons_height_or_weight_is_a_descriptor(nlp, text, figure):
    assert not any(figure in m for m in mention_texts(nlp, text))
    assert any(figure in m for m in mention_texts(nlp, text, claims=False))


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The fence here is 30 feet tall, the agency said.", "30 feet"),
        ("The mayor said the seawall, which he would make 12 feet tall, would cost $8 million.", "12 feet"),
        ("The truck carried 2,000 pounds of marijuana, police said.", "2,000 pounds"),
    ],
)  # fmt: skip
def test_the_size_of_a_thing_stays_a_claim(nlp, text, figure):
    assert any(figure in m for m in mention_texts(nlp, text))
