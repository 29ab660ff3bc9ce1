"""An official news agency or broadcaster is state media: partisan_source (session 68).

Gold README, partisan_source ("state media"); tests/wirep p_4 and tests/wirez z_2 gold (two
writers): "the official ... news agency" and its later mentions by name carry the caveat.
Invented sentences.
"""

import pytest

from tests.conftest import kinds_of

PARTISAN = "partisan_source"
AGENCY = "The official Tanjug news agency reported that more than 600 rescuers had been sent. "


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (AGENCY, "600"),
        ("Official media said 45 buses were sent to the border town.", "45"),
        ("The official Saba news agency said 14 fishermen were detained.", "14"),
    ],
)  # fmt: skip
def test_an_official_news_agency_is_state_media(nlp, text, figure):
    assert PARTISAN in kinds_of(nlp, text, figure)


def test_a_later_mention_by_the_agency_name_keeps_the_mark(nlp):
    text = AGENCY + "About 2,000 people were moved out of four villages, Tanjug said."
    assert PARTISAN in kinds_of(nlp, text, "2,000")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a person at a broadcaster, not the broadcaster; a news agency not marked official
        ("An official at the broadcaster said 30 staff were laid off.", "30"),
        ("The Tanjug news agency reported that more than 600 rescuers had been sent.", "600"),
        ("The official death toll rose to 31, the Vardar news agency said.", "31"),
    ],
)  # fmt: skip
def test_an_official_or_an_agency_alone_is_no_state_media(nlp, text, figure):
    assert PARTISAN not in kinds_of(nlp, text, figure)
