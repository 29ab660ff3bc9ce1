"""Caveats of wire copy read in session 65 (wcav65b): invented sentences, one rule per group.

Each rule cites the wire golds it comes from in its module's or lexicon entry's comment.
"""

from __future__ import annotations

import pytest

from tests.conftest import kinds_of

ANON = "anonymous_source"
HEDGED = "hedged"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Unions say the new wage covers less than a third of a family's rent.", "a third"),
        ("His opponents say fewer than 50,000 such homes were ever built.", "50,000"),
        ("Critics put the cost of the bridge at more than $3 billion.", "$3 billion"),
    ],
)
def test_people_named_by_their_side_are_an_anonymous_source(nlp, text, figure):
    assert ANON in kinds_of(nlp, text, figure)


def test_a_named_union_stays_a_named_source(nlp):
    text = "The Transport Workers Union says 4,000 drivers joined the stoppage."
    assert ANON not in kinds_of(nlp, text, "4,000")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The river basin authority has warned that 85 of the province's 300 villages face "
            "a high risk of flooding this month.",
            "85",
        ),
        (
            "The weather bureau had warned of waves of 6 to 8 meters above the usual level.",
            "6 to 8",
        ),
        ("The mill owners warned that about 1,200 jobs could go if the tariff stays.", "1,200"),
        ("Forecasters warned on Sunday of rainfall of up to 250 millimeters.", "250"),
    ],
)
def test_a_warning_of_a_size_is_hedged(nlp, text, figure):
    assert HEDGED in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Nurses warned that 40 patients had been admitted overnight with burns.", "40"),
        ("The mayor warned residents on Friday after 15 cars were set alight.", "15"),
        (
            "The agency warned that the reservoir, which holds 60 million cubic meters, was full.",
            "60",
        ),
        ("The minister warned in a speech to 300 farmers that prices would rise.", "300"),
        # a quotation after the warning states a fact it rests on (audit 1's one change)
        (
            'A party email sent on Friday warned of the hard weeks ahead: "There are 9 '
            'contests over the next month, and our rivals will hit back."',
            "9",
        ),
        ("Rescuers warned that there are still 25 people under the rubble.", "25"),
    ],
)
def test_a_warning_about_what_happened_hedges_no_figure(nlp, text, figure):
    assert HEDGED not in kinds_of(nlp, text, figure)


PART = "partisan_source"
_STRIKE = (
    "Dockworkers at the port of Valmar entered a fifth day of a strike against Coastline "
    "Terminals on Monday. The union said 2,300 workers had walked out. "
)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (_STRIKE + "Coastline said 35 ships were waiting to berth.", "35"),
        (_STRIKE + "The company put its losses at $2 million a day.", "$2 million"),
        (_STRIKE + "The terminal operator said about 400 drivers were on strike.", "400"),
        (
            "A strike by crane drivers at the port of Ostra entered its third day, the union "
            "said. Ostra Cargo Services (OCS), which runs the main terminal, said about 400 drivers "
            "were on strike. OCS said the stoppage had left 22 ships at anchor.",
            "22",
        ),
        (
            "The Harbour Workers Union called a strike at the port on Monday. Tomas Ferro, a "
            "union spokesman, said the workers wanted a 10% raise. Ferro said 90% had voted yes.",
            "90%",
        ),
        (
            "A strike by dockers at the port of Ostra entered its third day, the union said. "
            "The Sindicato Portuario de Ostra, which represents the strikers, said 80% of its "
            "members had voted to stop work. Its spokesman, Luis Vega, spoke to reporters. "
            '"They have offered 3%," Vega said.',
            "3%",
        ),
    ],
)
def test_the_sides_of_a_strike_are_partisan(nlp, text, figure):
    assert PART in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # an air strike is no labour dispute
        (
            "A missile strike hit the power station overnight, the governor said. The company "
            "said repairs could take up to 48 hours.",
            "48 hours",
        ),
        # the employer's background in a relative clause on its name
        (
            _STRIKE + "Coastline, which last year reported revenue of $2.1bn, said 60% of shifts "
            "were covered.",
            "$2.1bn",
        ),
        # a company in a strike article that is no side of it
        (_STRIKE + "The shipping line Maris said 12 of its vessels had been rerouted.", "12"),
    ],
)
def test_a_body_outside_the_strike_is_no_side(nlp, text, figure):
    assert PART not in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Talks between the government and the K17 armed group resumed in Doha. K17 spokesman "
            "Paul Mbeki said the group now controlled more than 20,000 square kilometres.",
            "20,000",
        ),
        (
            "Fighting between the army and the paramilitary Rapid Defence Forces spread. An RDF "
            'adviser said the group had opened "four safe corridors" for civilians.',
            "four",
        ),
        (
            "The Houthis' chief negotiator, Yahya al-Mansour, said the group would free about 250 "
            "detainees.",
            "250",
        ),
    ],
)
def test_an_armed_group_telling_its_own_acts_is_partisan(nlp, text, figure):
    assert PART in kinds_of(nlp, text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # what others did, told by the group: its own act only
        ("The M40 rebels said the army had detained 300 people in the town.", "300"),
        # a group that is no armed one
        ("A rights group said it had documented 45 cases of torture.", "45"),
        ("The K17 armed group took the town. A UN spokesman said it had opened 3 camps.", "3"),
    ],
)
def test_an_act_not_the_armed_group_s_own_is_not_partisan(nlp, text, figure):
    assert PART not in kinds_of(nlp, text, figure)


def test_a_body_s_staff_are_no_side_of_its_count(nlp):
    text = "The United Nations says 31 of its staff members remain in rebel custody."
    assert PART not in kinds_of(nlp, text, "31")


def test_a_union_s_workers_stay_its_side(nlp):
    text = "The Dock Workers Union said 800 of its workers had walked out."
    assert PART in kinds_of(nlp, text, "800")
