"""Figures of another time than the record's event are not linked to it (verify/other_times.py)."""

from datetime import date

import pytest

from factcheck.verify.match import score_candidate
from factcheck.verify.other_times import names_another_time
from tests.verify.records import event_candidate

SATURDAY = date(2016, 11, 26)
PUBLISHED = date(2016, 11, 27)
LEAD = "RIVERTON, Ohio - Two men were killed Saturday night on Maple Street, police said. "


def _frames(sentence: str, figure: str) -> bool:
    text = LEAD + sentence
    start = len(LEAD)
    return names_another_time(
        text, (start, len(text)), text.index(figure, start), SATURDAY, PUBLISHED
    )


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("More than 750 people have been killed so far this year in the city.", "750"),
        ("The deaths raise the city's homicide total to 104 for 2016.", "104"),
        ("Thursday's shootings bring the homicide total to 106 for the year.", "106"),
        ("In December 2012, 20 children and six adults were killed in Newtown.", "20"),
        ("Last month, a gunman killed three people at a base in Texas.", "three"),
        ("Another gunman killed 13 people there in 2009.", "13"),
        ("The city's single-year record, set in 1971, stands at 110 homicides.", "110"),
        ("In the past five years, 29 children were wounded in such shootings.", "29"),
        ("His nephew had been shot to death earlier this year.", "nephew"),
    ],
)  # fmt: skip
def test_tallies_of_a_period_and_other_events_frame_another_time(sentence, figure):
    assert _frames(sentence, figure)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("One of the two men was shot five times, police said.", "five"),
        # the day of the event is nearer the figure than the year's tally
        ("The two deaths Saturday raise the city's homicide total to 104 for 2016.", "two"),
        # a period after a superlative places the event
        ("It was the deadliest shooting in the city this year, with two killed.", "two"),
        # a follow-up names the event's year
        ("Smith was sentenced in 2017 for the 2016 killing of two men.", "two"),
        ("A vigil for the two men is planned later this month.", "two"),
        # a year as a descriptor is no time
        ("Two men in a 2001 Honda were shot and killed.", "Two"),
    ],
)  # fmt: skip
def test_the_events_own_figures_do_not_frame_another_time(sentence, figure):
    assert not _frames(sentence, figure)


def test_a_year_tally_is_not_linked_to_the_days_event_record():
    candidate = event_candidate("1", SATURDAY)
    text = LEAD + "More than 750 people have been killed in Riverton so far this year."
    start = len(LEAD)

    def score(figure: str, sentence: tuple[int, int]) -> float | None:
        position = text.index(figure)
        return score_candidate(
            candidate, text=text, sentence=sentence, position=position, on=PUBLISHED
        )

    assert score("750", (start, len(text))) is None
    assert score("Two", (0, start)) is not None
