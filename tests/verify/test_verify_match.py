"""Scoring a reference record against an article: days, streets, crowds (verify/match.py)."""

from datetime import date

import pytest

from factcheck.verify.match import Candidate, choose_link, score_candidate
from tests.verify.records import event_candidate


def _score(candidate: Candidate, text: str, on: date) -> float | None:
    start = text.index("killed")
    sentence = (text.rfind(". ", 0, start) + 2, len(text))
    return score_candidate(candidate, text=text, sentence=sentence, position=start, on=on)


SATURDAY = date(2021, 3, 6)
RECORD = event_candidate("1", SATURDAY)


@pytest.mark.parametrize(
    ("text", "on", "links"),
    [
        ("RIVERTON, Ohio - One man was killed Saturday night, police said.", date(2021, 3, 7), True),
        ("RIVERTON, Ohio - One man was killed Thursday night, police said.", date(2021, 3, 7), False),
        # a follow-up weeks later links only when it names the day
        ("RIVERTON, Ohio - A man was charged in the March 6 shooting that killed one.",
         date(2021, 5, 20), True),
        ("RIVERTON, Ohio - A man was charged in the shooting that killed one.",
         date(2021, 5, 20), False),
        # the day of the arrest is news about the event, not the event's day
        ("RIVERTON, Ohio - Police arrested a man Tuesday in a shooting Saturday that killed one.",
         date(2021, 3, 10), True),
    ],
)  # fmt: skip
def test_days_the_article_names_decide_the_record_day(text, on, links):
    score = _score(RECORD, text, on)
    assert (score is not None and choose_link([(score, RECORD, None)]) is not None) is links


def test_another_day_not_next_to_the_event_costs_but_does_not_refuse():
    plain = "RIVERTON, Ohio - The parade went ahead as planned downtown. One man was killed."
    dated = plain.replace("as planned", "on Thursday as planned")
    assert _score(RECORD, dated, date(2021, 3, 7)) < _score(RECORD, plain, date(2021, 3, 7))


def test_record_whose_street_the_scene_contradicts_is_refused():
    text = "RIVERTON, Ohio - A man was killed Saturday in the 300 block of Larkspur Avenue."
    assert _score(RECORD, text, SATURDAY) is None


def test_hospital_street_does_not_count_against_the_record():
    text = "RIVERTON, Ohio - A man was killed Saturday. He died at Mercy Hospital on Grand Avenue."
    assert _score(RECORD, text, SATURDAY) is not None


def test_record_is_found_by_its_scene_street_when_the_article_names_the_county():
    text = "Harlan County deputies say a man was killed Saturday in the 700 block of Maple Street."
    assert _score(RECORD, text, SATURDAY) is not None
    assert _score(RECORD, text.replace("Maple", "Larkspur"), SATURDAY) is None


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("RIVERTON, Ohio - One man was killed Saturday, police said.", False),
        ("RIVERTON, Ohio - One man was killed Saturday on Maple Street, police said.", True),
    ],
)
def test_in_a_crowded_place_only_the_street_singles_out_a_record(text, links):
    other = event_candidate("2", date(2021, 3, 5), street="Birch Road")
    scored = [(s, c, None) for c in (RECORD, other) if (s := _score(c, text, SATURDAY)) is not None]
    link = choose_link(scored, text=text)
    assert (link is not None and link.in_force.ref_id == "1") is links


@pytest.mark.parametrize(
    ("headline", "links"),
    [
        ("Man killed in Riverton", True),
        ("Police look into several shootings in Riverton", False),
        ("Two killed in separate shootings in Riverton", False),
    ],
)
def test_an_article_about_several_shootings_needs_the_street(headline, links):
    text = f"{headline}\n\nRIVERTON, Ohio - One man was killed Saturday, police said."
    score = _score(RECORD, text, SATURDAY)
    assert score is not None
    assert (choose_link([(score, RECORD, None)], text=text) is not None) is links
