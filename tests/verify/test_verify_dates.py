"""Days named in a text, resolved against the publication date (verify/dates.py)."""

from datetime import date

import pytest

from factcheck.verify.dates import find_date_mentions

# 2021-03-10 is a Wednesday.
PUBLISHED = date(2021, 3, 10)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Two men were shot on Saturday outside a bakery.", [(date(2021, 3, 6),) * 2]),
        ("The shooting happened late Monday night.", [(date(2021, 3, 8),) * 2]),
        ("Tuesday's shooting left one dead.", [(date(2021, 3, 9),) * 2]),
        ("A woman was wounded Wednesday morning.", [(date(2021, 3, 10),) * 2]),
        ("It happened last Wednesday.", [(date(2021, 3, 3),) * 2]),
        ("Gunfire broke out on Feb. 27 at a park.", [(date(2021, 2, 27),) * 2]),
        ("Police were called on Dec. 30 to the motel.", [(date(2020, 12, 30),) * 2]),
        ("The shooting on July 4, 2019, was the first.", [(date(2019, 7, 4),) * 2]),
        ("A man was killed yesterday.", [(date(2021, 3, 9),) * 2]),
        ("Three were hurt in a shooting last night.", [(date(2021, 3, 9), date(2021, 3, 10))]),
        ("A teen was shot last week near the school.", [(date(2021, 2, 25), date(2021, 3, 9))]),
        ("He was shot two weeks ago.", [(date(2021, 2, 21), date(2021, 2, 27))]),
        ("A Christmas shooting outside a bar.", [(date(2020, 12, 25),) * 2]),
        ("The Thanksgiving shooting at a diner.", [(date(2020, 11, 26),) * 2]),
        ("Shots rang out on Memorial Day.", [(date(2020, 5, 25),) * 2]),
    ],
)
def test_named_days_resolve_back_from_the_publication_date(text, days):
    assert [(m.first, m.last) for m in find_date_mentions(text, PUBLISHED)] == days


@pytest.mark.parametrize(
    "text",
    [
        "He will be arraigned Monday in county court.",
        "The suspect is scheduled to appear in court on Friday.",
        "A vigil is planned for Thursday evening.",
        "Police say the victims may 2 be related.",
        "The store was open 24 hours a day, seven days a week.",
    ],
)
def test_future_days_and_lookalikes_are_not_dates(text):
    assert find_date_mentions(text, PUBLISHED) == ()


@pytest.mark.parametrize(
    ("text", "news"),
    [
        ("Two men were shot Saturday outside a bakery.", False),
        ("Police said Monday that two men had been shot.", True),
        ("A suspect was arrested Tuesday in the shooting.", True),
        ("Two bodies were found in a house in the hills on Sunday.", True),
        ("A suspect was charged in the Feb. 27 shooting.", False),
        ("Published March 10, 2021. A man was shot.", True),
    ],
)
def test_days_of_news_or_discovery_are_told_from_the_event_day(text, news):
    (mention,) = find_date_mentions(text, PUBLISHED)
    assert mention.news is news


def test_a_named_day_covers_the_next_day_for_late_night_events():
    (mention,) = find_date_mentions("The shooting happened late Saturday.", PUBLISHED)
    assert mention.covers(date(2021, 3, 7))
    assert not mention.covers(date(2021, 3, 8))
