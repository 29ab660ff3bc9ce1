"""Spans on real news, session 23 (branch spans25). Invented sentences."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


def _claims(nlp, text):
    from factcheck.extract.claims import extract_claims

    return extract_claims(nlp(text), doc_name="x", text=text).claims


@pytest.mark.parametrize(
    ("text", "figure_at"),
    [
        (
            "Nurses said three patients were in stable condition, one was in serious condition "
            "and one was still being examined.",
            "one was in serious",
        ),
        (
            "Five of them were hurt by debris, 6 suffered burns, and one had a broken wrist, "
            "the chief said.",
            "one had",
        ),
        (
            "Deputies found two wounded men at the motel, two at a nearby gas station, one in "
            "the parking lot of Lincoln High School, and one by the fire station.",
            "one in",
        ),
    ],
)
def test_a_bare_one_in_a_list_of_counts_of_people_is_a_count(nlp, text, figure_at):
    start = text.index(figure_at)
    claims = _claims(nlp, text)
    assert any(c.text == "one" and c.start == start for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "She kept two phone numbers, one for friends and one for work.",
        "Two men were arrested, and one said he was innocent.",
        "There were two injured hikers on the trail, one being a teenager.",
        "The two boys - one is 12, the other is 14 - ran home.",
        "Three officers arrived, and the last one called for help.",
    ],
)
def test_a_one_that_names_a_kind_a_speaker_or_one_of_a_pair_is_no_count(nlp, text):
    assert "one" not in [m.lower() for m in mention_texts(nlp, text)]
