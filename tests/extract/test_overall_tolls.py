"""A warning that "the toll" may rise is about the article's toll, the lede's count of the dead,
not the parts given beside the warning (overall_tolls.py; gold README, preliminary). Invented
wire stories.
"""

from factcheck.extract import extract_claims

PRELIMINARY = "preliminary"

FLOOD = (
    "Floods kill at least 56 in northern Ruvania, interior ministry says\n\n"
    "ORLEV (Wire) - Flash floods killed at least 56 people in northern Ruvania over the weekend, "
    "the country's interior ministry said on Monday.\n\n"
    "Torrents in the Dessa valley killed 31 people on Saturday, the ministry said. It said the "
    "other 25 deaths were in the town of Marn, and warned that the overall toll was likely to "
    "rise because several villages had not been reached.\n"
)

FERRY = (
    "Ferry sinks off Kelos\n\n"
    "At least 38 passengers are feared to have drowned after a ferry sank off Kelos on Sunday, "
    "the coast guard said. Rescuers pulled 112 people from the water.\n\n"
    "A regional official said the toll was provisional and could rise as divers searched the "
    "hull. More than 900 people have died on the route since 2020, a monitoring group said.\n"
)

BLAST = (
    "Blast at depot\n\n"
    "A blast at a fuel depot killed 14 workers, among them three women, police said on Friday. "
    "Police warned the death toll was expected to rise.\n"
)


def _caveats(nlp, text):
    return [
        (c.text, {k.kind.value for k in c.caveats})
        for c in extract_claims(nlp(text), doc_name="t").claims
    ]


def test_the_overall_toll_is_the_ledes_count_not_the_parts(nlp):
    found = _caveats(nlp, FLOOD)
    tolls = [kinds for text, kinds in found if text == "at least 56"]
    assert tolls and all(PRELIMINARY in kinds for kinds in tolls)
    parts = [kinds for text, kinds in found if text in ("31", "25")]
    assert parts and not any(PRELIMINARY in kinds for kinds in parts)


def test_a_provisional_toll_reaches_back_to_the_lede(nlp):
    found = dict(_caveats(nlp, FERRY))
    assert PRELIMINARY in found["At least 38"]
    assert PRELIMINARY not in found["112"]  # the rescued are no toll
    assert PRELIMINARY not in found["More than 900"]  # another count of the dead


def test_a_part_of_the_toll_stays_unchanged(nlp):
    found = dict(_caveats(nlp, BLAST))
    assert PRELIMINARY in found["14"]
    assert PRELIMINARY not in found["three"]


RIOTS = (
    "Riots in Varnia: commission says 41 killed\n\n"
    "At least 41 people were killed and more than 300 injured in Tuesday's riots across Varnia, "
    "the Varnian Human Rights Commission said.\n\n"
    "The Solidarity Forum, a coalition of aid groups, put the toll higher. Its director, Mara "
    "Ivens, said the coalition had recorded 52 deaths, including three children shot near their "
    'homes in Deleth, and that "the toll is likely to go up as more families report."\n'
)

QUAKE = (
    "Quake in Ostra\n\n"
    "An earthquake killed at least 30 people in the hill town of Ostra, police said on Sunday.\n\n"
    "Regional police chief Dario Venn said 12 of the dead were children and 18 were adults, and "
    "warned that the toll was likely to rise.\n"
)


def test_a_warning_beside_another_sources_own_toll_is_about_that_toll(nlp):
    found = _caveats(nlp, RIOTS)
    assert PRELIMINARY in dict(found)["52"]
    commission = [kinds for text, kinds in found if text in ("41", "At least 41", "more than 300")]
    assert commission and not any(PRELIMINARY in kinds for kinds in commission)


def test_parts_of_the_dead_beside_the_warning_leave_it_on_the_lede(nlp):
    found = dict(_caveats(nlp, QUAKE))
    assert PRELIMINARY in found["at least 30"]
    assert PRELIMINARY not in found["12"]


STORM = (
    "Storm kills 19 in Talvia\n\n"
    "PORT ELSA (Wire) - Storm Marit swept across southern Talvia on Wednesday, killing at least "
    "19 people and forcing more than 80,000 from their homes, the civil protection agency said.\n\n"
    "The storm came ashore near Port Elsa with winds of 160 kilometres per hour.\n\n"
    "Officials warned the death toll was likely to climb as crews reached hamlets cut off by "
    "mudslides.\n"
)

STORM_NO_TOLL = STORM.replace(
    "Officials warned the death toll was likely to climb",
    "Officials warned the river was likely to climb",
)


def test_a_warning_without_that_still_names_the_toll(nlp):
    # "warned the death toll was likely to climb": the parser hangs "the death toll" on
    # "warned"; the clause is still about the toll, the lede's count of the dead
    found = _caveats(nlp, STORM)
    tolls = [kinds for text, kinds in found if text in ("19", "at least 19")]
    assert tolls and all(PRELIMINARY in kinds for kinds in tolls)
    assert PRELIMINARY not in dict(found)["more than 80,000"]


def test_a_warning_about_no_figure_reaches_no_toll(nlp):
    found = dict(_caveats(nlp, STORM_NO_TOLL))
    assert PRELIMINARY not in found["at least 19"]
