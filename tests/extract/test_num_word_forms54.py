"""Number words in more claim shapes (branch num54, session 54; invented sentences): "one" the
passive subject of a verb of harm ("and one was hurt"), a margin of one ("by a margin of one
vote"), and "a decade" fused into a descriptor is no span (docs/gold-conventions.md "Compound
descriptors": margins are claims). "a century" stays no span: no gold reads it as 100 years, and
on an unseen check set it was one false claim (session 54)."""

from __future__ import annotations

import pytest

from tests.conftest import mention_texts


@pytest.mark.parametrize(
    "text",
    [
        "Two people died and one was hurt when the van hit a pole.",
        "One was stabbed and two were beaten outside the club, police said.",
        "One was hurt when a car struck the crowd at the parade.",
    ],
)
def test_one_harmed_in_a_passive_is_a_count(nlp, text):
    texts = mention_texts(nlp, text)
    assert "one" in texts or "One" in texts


@pytest.mark.parametrize(
    "text",
    [
        "One was hurt by the remark, she said, but she forgave him.",
        "One was hurt by the ruling, the lawyer said of the two firms.",
    ],
)
def test_one_hurt_in_feelings_is_no_casualty(nlp, text):
    texts = mention_texts(nlp, text)
    assert "one" not in texts and "One" not in texts


@pytest.mark.parametrize(
    "text",
    [
        "The measure passed by a margin of one vote.",
        "The levy failed by a margin of one vote in the township.",
    ],
)
def test_margin_of_one_vote_is_a_count(nlp, text):
    assert "one" in mention_texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The council repealed a decade-long ban on food trucks.",
        "Fire gutted the church, a century-old landmark, on Sunday.",
    ],
)
def test_a_decade_or_century_fused_into_a_descriptor_is_no_span(nlp, text):
    texts = mention_texts(nlp, text)
    assert "a decade" not in texts and "a century" not in texts
