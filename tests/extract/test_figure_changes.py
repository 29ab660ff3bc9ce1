"""A figure noun forecast to change ("The number may go up", "that amount is expected to grow",
"a figure that could double") makes the figure it stands for preliminary, and the lede's toll
when that figure gives it again; a count the change follows from ("so", "meaning") is not what
may change (figure_changes.py; gold README, preliminary). Invented wire stories.
"""

from factcheck.extract import extract_claims

PRELIMINARY = "preliminary"

MARKET = (
    "Blast kills at least 17 at Tarsa bus station, police say\n\n"
    "TARSA (Wire) - A bomb exploded at a crowded bus station in Tarsa on Friday, killing at least "
    "17 people, police said.\n\n"
    'Police spokesman Omar Delis told reporters: "We have counted 17 bodies so far. The number '
    'may go up." He said 40 people were taken to hospital.\n'
)

FUND = (
    "Court fund\n\n"
    "The court's victims fund has set aside 3 million euros ($3.2 million) for the case, a "
    "spokeswoman for the fund said, but that amount is expected to grow. The trial lasted 14 "
    "months.\n"
)

CROPS = (
    "Storm losses\n\n"
    "The farm ministry put early crop losses at 4.5 billion rupees ($54 million), a figure that "
    "a ministry official said could double once the rivers fall. About 300 villages lost power.\n"
)

CRITICAL = (
    "Clinic count\n\n"
    'The clinic has received 22 bodies since Sunday, its director said. "Seven patients are '
    'still in critical condition, so I fear the number will go up," she said.\n'
)

SIZED = (
    "School rolls\n\n"
    "The district enrolled 4,000 pupils this year. Officials said that number could rise to "
    "4,600 next year.\n"
)


def _caveats(nlp, text):
    return [
        (c.text, {k.kind.value for k in c.caveats})
        for c in extract_claims(nlp(text), doc_name="t").claims
    ]


def test_the_number_that_may_go_up_is_the_count_before_it_and_the_ledes_toll(nlp):
    found = _caveats(nlp, MARKET)
    tolls = [kinds for text, kinds in found if text in ("at least 17", "17")]
    assert len(tolls) == 3 and all(PRELIMINARY in kinds for kinds in tolls)
    assert not any(PRELIMINARY in kinds for text, kinds in found if text == "40")


def test_that_amount_expected_to_grow_reaches_the_sum_and_its_conversion(nlp):
    found = dict(_caveats(nlp, FUND))
    assert PRELIMINARY in found["3 million euros"]
    assert PRELIMINARY in found["$3.2 million"]
    assert PRELIMINARY not in found["14 months"]


def test_a_figure_that_could_double_is_the_figure_it_describes(nlp):
    found = dict(_caveats(nlp, CROPS))
    assert PRELIMINARY in found["4.5 billion rupees"]
    assert PRELIMINARY in found["$54 million"]
    assert PRELIMINARY not in found["About 300"]


def test_a_count_the_change_follows_from_is_not_what_may_change(nlp):
    found = dict(_caveats(nlp, CRITICAL))
    assert PRELIMINARY not in found["Seven"]


def test_a_change_to_a_new_level_is_no_preliminary_of_the_figure_before(nlp):
    found = dict(_caveats(nlp, SIZED))
    assert PRELIMINARY not in found["4,000"]


FEVER = (
    "Fever cases\n\n"
    "The health ministry said it had recorded 58,000 cases of the fever this year and 87 deaths. "
    "Another 31 deaths were under investigation, it added, meaning the official toll could rise "
    "in the coming weeks.\n"
)


def test_deaths_under_investigation_are_why_the_toll_may_rise_not_the_toll(nlp):
    found = dict(_caveats(nlp, FEVER))
    assert PRELIMINARY in found["87"]
    assert PRELIMINARY not in found["31"]
