import pytest

from factcheck.model import Approx
from tests.conftest import find_mention, mention_texts


@pytest.mark.parametrize(
    ("text", "span", "approx"),
    [
        ("They hold roughly 240 hostages.", "roughly 240", Approx.APPROXIMATE),
        ("The attack left over 1,400 people dead.", "over 1,400", Approx.LOWER_BOUND),
        ("The plant may cut up to 1,500 jobs.", "up to 1,500", Approx.UPPER_BOUND),
        ("At least 30 people died.", "At least 30", Approx.LOWER_BOUND),
        ("Between 10 and 20 people were hurt.", "Between 10 and 20", Approx.RANGE),
        ("Fire destroyed 3-5 homes.", "3-5", Approx.RANGE),
        ("Gaza has 2.3 million people.", "2.3 million", Approx.EXACT),
        ("The deal is worth US$100 million to the firm.", "US$100 million", Approx.EXACT),
        ("Inflation rose to 7.7 percent in May.", "7.7 percent", Approx.EXACT),
        ("The count crossed 9,000 on Thursday.", "9,000", Approx.LOWER_BOUND),
        ("The rally drew half a million people.", "half a million", Approx.EXACT),
        ("Prices rose almost three times faster.", "almost three times", Approx.APPROXIMATE),
        ("The firm lost $1.2bn last year.", "$1.2bn", Approx.EXACT),
    ],
)
def test_span_includes_qualifier_and_unit_but_not_the_counted_noun(nlp, text, span, approx):
    doc, mention = find_mention(nlp, text, span.split()[-1])
    assert mention.span(doc).text == span
    assert mention.approx is approx


def test_verb_that_bounds_a_figure_is_not_part_of_its_span(nlp):
    doc, mention = find_mention(nlp, "The death count crossed 9,000.", "9,000")
    assert mention.span(doc).text == "9,000"
    assert mention.qualifier == "crossed"


@pytest.mark.parametrize(
    ("text", "not_claim"),
    [
        ("Blinken faces uphill battle – US 247 News", "247"),
        ("The Group of 20 met in Delhi.", "20"),
        ("Under Article 51 of the charter, states may act.", "51"),
        ("They backed a two-state solution.", "two"),
        ("A 34-year-old man was arrested.", "34"),
        ("It is a five-story building.", "five"),
        ("The war began on October 7.", "7"),
        ("The photo was taken on October 19, 2023.", "2023"),
        ("The vote is at 10 a.m. on Friday.", "10"),
        ("He left nearly two years ago.", "two"),
        ("This was his second trip.", "second"),
        ("It is one of the largest camps.", "one"),
        ("John Smith, 45, said the camp was full.", "45"),
        ("A man aged 34 was arrested.", "34"),
        ("Title 42 expired on Thursday.", "42"),
        ("The mayor unveiled a 10-point plan for the parks.", "10"),
        ("The vote is set for Sept. 16 this year.", "16"),
        ("Call 1-800-555-0199 with tips.", "1"),
        ("Call 212-555-0143 with tips.", "555"),
        ("She moved here nine straight years ago.", "nine"),
        ("Most opposed Article 16.2 and 40 percent the plan.", "16.2"),
        # "one" as a pronoun that no casualty happened to, or a casualty that did not happen
        ("No one was hurt in the crash.", "one"),
        ("One said the plan would cost jobs.", "one"),
        ("One could die if nothing is done, she said.", "one"),
        ("One of the candidates is ahead in Iowa.", "one"),
        # "in the previous two months" with no figure measured over it only frames the talk
        # (a figure's window is a claim: test_window_spans65.py)
        ("Sales were weak in the previous two months.", "two"),
    ],
)
def test_number_that_is_not_a_claim_is_rejected(nlp, text, not_claim):
    claims = mention_texts(nlp, text)
    assert not any(not_claim in claim.split() for claim in claims), claims


@pytest.mark.parametrize(
    "text",
    ["Dozens were hurt.", "Tens of thousands fled the city.", "Hundreds of homes burned."],
)
def test_vague_amount_is_not_a_claim(nlp, text):
    assert mention_texts(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("In March 2014, 20 workers were laid off at the plant.", "20"),
        ("The board will publish in the next few weeks 28 pages of the audit.", "28"),
    ],
)
def test_count_of_its_own_noun_after_a_date_is_a_claim(nlp, text, claim):
    assert claim in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "not_claim"),
    [
        ("The plant closed on March 14, 2014, after a strike.", "14"),
        ("The board met on Tuesday, Oct. 7 to vote.", "7"),
    ],
)
def test_day_of_a_date_stays_a_date(nlp, text, not_claim):
    assert not_claim in mention_texts(nlp, text, claims=False)


def test_span_of_time_that_asserts_something_is_a_claim(nlp):
    assert "13 years" in mention_texts(nlp, "It was the slowest rate in 13 years.")


def test_from_to_is_a_change_not_a_range(nlp):
    texts = mention_texts(nlp, "Unemployment rose from 5 percent to 7 percent.")
    assert texts == ["5 percent", "7 percent"]


def test_currency_conversion_in_brackets_is_a_separate_claim(nlp):
    texts = mention_texts(nlp, "The fine was US$100 million (HK$123 million) in total.")
    assert texts == ["US$100 million", "HK$123 million"]


def test_pipeline_component_sets_number_spans(nlp):
    doc = nlp("Police said 12 people died on May 5.")
    assert [s.text for s in doc.spans["numbers"]] == ["12"]
    assert [(s.text, s.label_) for s in doc.spans["not_claims"]] == [("5", "date")]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The regulator fined Harbour Crest Bank HK$400 million on Friday.", "HK$400 million"),
        ("Officials said Acme Corp 12% of its staff would go.", "12%"),
    ],
)
def test_amount_right_after_a_name_is_a_claim(nlp, text, claim):
    assert claim in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Gunfire At Block Party, One Dead\n\nPolice said more.", "One"),
        ("Police said One man was killed.", "One"),
    ],
)
def test_capital_one_that_counts_people_is_still_a_claim(nlp, text, claim):
    assert claim in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "not_claim"),
    [
        ("Leaders meet at the Group of 20 summit next week.", "20"),
        ("Group of 20 leaders meet in New Delhi next week.", "20"),
        ("He told the 218 TV channel that teams had recovered bodies.", "218"),
        ("Residents could not get through to the 112 emergency line.", "112"),
        ("Nine coaches of the express (train No. 12858) left the tracks.", "12858"),
        ("Satellite images showed the facility, known as Site 4, had grown.", "4"),
        ("The dam held water, according to a 2021 report by the audit bureau.", "2021"),
        ("Pay was flat in the three months to February.", "three"),
        ("Hiring in the previous two months was revised lower.", "two"),
        ("The bank will cut jobs, two people familiar with the matter said.", "two"),
        ("Traders put the odds of a rise at the Sept. 19-20 meeting at 10%.", "20"),
        # a capital "One" after a lower-case word begins a name (spans12)
        ("The advocacy group One Ohio Forward ran the ads.", "One"),
        ("The forum is part of the paper's One Town series.", "One"),
        # spans13: things named by their place in a series, not counted
        ("Turnout fell in the past two elections, the clerk said.", "two"),
        ("The final drew fewer viewers than the previous three Winter Games.", "three"),
        ("Voters in the past three caucuses backed the governor.", "three"),
    ],
)
def test_labels_dates_periods_and_source_counts_are_not_claims(nlp, text, not_claim):
    assert not_claim in " ".join(mention_texts(nlp, text, claims=False))
    assert all(not_claim not in claim.split() for claim in mention_texts(nlp, text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Losses are estimated at between $1.2 billion and $1.8 billion.",
            "between $1.2 billion and $1.8 billion",
        ),
        ("Its shares fell 12% to HK$18.40 in afternoon trading.", "12%"),
        ("It was the worst fire season in 13 years.", "13 years"),
    ],
)
def test_ranges_and_changes_are_read_whole(nlp, text, claim):
    assert claim in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The train was going nearly twice the speed limit.", "nearly twice"),
        ("It was the first death from the disease in a decade.", "a decade"),
        ("Maintenance had been suspended for more than a decade.", "more than a decade"),
        ("Exports have fallen for 11 straight months.", "11 straight months"),
        ("The county grew for nearly 20 consecutive years.", "nearly 20 consecutive years"),
    ],
)
def test_multipliers_and_spans_of_time_in_words_are_claims(nlp, text, claim):
    assert claim in mention_texts(nlp, text)


def test_a_decade_ago_only_places_an_event_in_time(nlp):
    assert mention_texts(nlp, "A decade ago the dam was repaired.") == []


@pytest.mark.parametrize(
    ("text", "figure", "approx"),
    [
        ("The burned area tops 400,000 hectares", "400,000", Approx.LOWER_BOUND),
        (
            "The death toll has climbed past 31,000, the ministry said.",
            "31,000",
            Approx.LOWER_BOUND,
        ),
        ("The death toll climbed to 31,000, the ministry said.", "31,000", Approx.EXACT),
    ],
)
def test_verbs_that_pass_a_figure_make_it_a_lower_bound(nlp, text, figure, approx):
    doc, mention = find_mention(nlp, text, figure)
    assert mention.approx is approx


@pytest.mark.parametrize(
    ("text", "claims"),
    [("5 US$6", ["5", "US$6"]), ("It cost US$5m US$6m yesterday.", ["US$5m", "US$6m"])],
)
def test_a_currency_glued_to_the_next_figure_is_not_a_unit_and_mentions_never_overlap(
    nlp, text, claims
):
    assert mention_texts(nlp, text) == claims


def test_number_over_pythons_integer_string_limit_is_not_read_as_an_age(nlp):
    text = "Police said " + "7" * 10_000 + " people were hurt."
    assert mention_texts(nlp, text) == ["7" * 10_000]


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("The ministry capped 1,000 visas.", Approx.UPPER_BOUND),
        ("The ministry issued 1,000 visas.", Approx.EXACT),
        ("The ministry exceeded 1,000 visas.", Approx.LOWER_BOUND),
    ],
)
def test_verb_that_caps_a_figure_makes_it_an_upper_bound(nlp, text, approx):
    doc, mention = find_mention(nlp, text, "1,000")
    assert mention.span(doc).text == "1,000"
    assert mention.approx is approx


@pytest.mark.parametrize(
    ("text", "not_claim"),
    [
        ("Deputies were sent to the 4300 block of Alder Road after midnight.", "4300"),
        ("A memorial grew outside the bar at 12 W. Lake Ave. on Sunday.", "12"),
        ("Anyone with information can call (555) 201-7788 or text the tip line.", "555"),
        ("Call Crime Line at 1-800-555-TIPS (8477) with information.", "8477"),
        ("The victims were named as Ana Ruiz, 19, and Tom Hale, 27.", "27"),
        ("Her two sons, ages 6 and 9, were at home.", "9"),
        ("He leads among voters 50 and older.", "50"),
        ("She was the fifth child under the age of 12 shot this year.", "12"),
        ("Photo: Ken Ward/Gazette 1 of 3 CLOSE Skip in Skip", "3"),
        ("The top two finishers advance to November.", "two"),
        ("© 2019 Valley Tribune. All rights reserved.", "2019"),
        ("Police found his 2004 green Honda Civic.", "2004"),
        ('"It was never close," said one lawyer familiar with the case.', "one"),
        ("Neighbors called 911 after hearing shots.", "911"),
        ("A 911 call came in just after noon.", "911"),
        ("Slide 3 of 9 shows the porch.", "9"),
        ("Photo: Image 2 of / 7 Caption Close", "2"),
        ("He fled west on the 91 Freeway toward Route 60.", "91"),
        ("He fled west on the 91 Freeway toward Route 60.", "60"),
        ("Officers found a 9 mm handgun in the car.", "9"),
        ("Officers found a .45 caliber pistol in the car.", ".45"),
        ("The officer, badge number 4412, was placed on leave.", "4412"),
        ("Filed under Inc. #553120 by the desk.", "553120"),
        ("Filed by the desk on 10-14-17 in the morning.", "14"),
        ("Deputies responded to a home at 7710 Bramble about noon.", "7710"),
        ("The farm lies about 40 miles south of the city.", "40"),
        ("He lived two blocks away from the store.", "two"),
        ("The children, ages 12, 9 and 4, were asleep.", "9"),
        ("Watch WXYZ 7 at noon for the report.", "7"),
        ("Officers were called to a 2 1/2-story house.", "2"),
        ("The survey was conducted Oct. 3 to 9 by phone.", "9"),
        ("One woman knelt at the candles and prayed.", "One"),
        ('"It is so sad," wondered one neighbor.', "one"),
        ("Three people were found dead. All three lived nearby.", "three"),
        # spans13: "all N" again with a verb that is no casualty, finding or care
        ("Five nurses signed the letter. All five lived nearby.", "five"),
        ("She won Ohio, Iowa and Utah, and won all three by wide margins.", "three"),
        ("If there is one piece of advice, it is this.", "one"),
        ("One of the nurses was found outside, police said.", "One"),
        ("One of the bullets went through a wall.", "One"),
        ("The name of the victim, 41, was not released.", "41"),
        ("His daughters, 6 and 9, were asleep upstairs.", "9"),
        ("Two boys, one 15 and the other 16, were hurt.", "16"),
        ("Her nephew, who is 12, ran to a neighbor.", "12"),
        ("Officers arrested Dana Kowalczyk, 31, and charged her.", "31"),
        ("Kim Fulton, also 19, of Elm Park was charged.", "19"),
        ("Reyes was 52 years of age.", "52"),
        ("The town lies about 20 miles northwest of the capital.", "20"),
        ("The clinic at 410 East 3rd Street was closed.", "410"),
        ('Text "ALERT" to 55123 for updates.', "55123"),
        ("Neighbors made several calls to 9-1-1 that night.", "9"),
        ("A witness told 880 WCBS about the shots.", "880"),
        ("Reach the desk at 555-201-3300, ext. 412, by phone.", "412"),
        ("At approximately 0230 hours, deputies arrived.", "0230"),
        ("Call the police or text a tip to 555-123.", "123"),
        ("Posted by the station on Friday, 12 March 2021", "12"),
        ("Shots rang out near 812 E. Marlowe late on Friday.", "812"),
        ("Crowds gathered at 2300 N. Halsey after the shooting.", "2300"),
        # spans14: "one" that picks out an example or a bare minimum
        ("One such governor was Ellen Park, who vetoed the bill.", "One"),
        ("The aides cut deals with one or more reporters last week.", "one"),
        ("If even one crate slips through, the ring profits.", "one"),
        ("She named three goals, one in particular.", "one"),
        # spans15: a sentence's opening "One" + its subject picks out an example
        ("Smugglers dig often. One tunnel was dug under the port.", "One"),
        ("One Ohio-backed candidate to watch is Tom Reed.", "One"),
        ("Aides argued for days. One option under review is a recount.", "One"),
    ],
)
def test_numbers_that_place_label_or_age_in_local_news_are_not_claims(nlp, text, not_claim):
    assert all(not_claim not in claim.split() for claim in mention_texts(nlp, text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The mayor's camp countered Friday by offering three other dates.", "three"),
        ("Police said one of the victims, a man in his 40s, was found dead.", "one"),
        ("One of the passengers died at the hospital.", "One"),
        ("Hits 4,000: officials", "4,000"),
        ("The city logged 1,200 thefts, versus 900 the year before.", "900"),
        ("Organizers said 911 people signed up.", "911"),
        ("The fire spread 40 miles across the valley.", "40 miles"),
        ("Police seized 12 guns and 300 rounds at 4 a.m.", "12"),
        # a measured length stays a claim; a person's drive "to" a place only places the scene
        # (gold-conventions "Distances"; fp45 travel_distances.py)
        ("The fence will stretch 15 miles to the border.", "15 miles"),
        ("One man was killed and one officer was hurt.", "One"),
        # spans14: a count that is no example, and "the two" with a casualty or arrest
        ("One crate in five was opened at the port.", "One"),
        # spans15: an opening "One" whose clause says what happened to people is a count
        ("Police arrived. One man was arrested at the scene.", "One"),
        ("One suspect is in custody, police said.", "One"),
        ("One victim is critical and the other is stable.", "One"),
        ("One bullet struck his son in the leg.", "One"),
        ("One adult male, two adult females and a child were found.", "One"),
        ("The two were shot outside a store.", "two"),
        ("The two men were taken to a hospital.", "two"),
        ("The two suspects were arrested on Friday.", "two"),
        ("The two shootings happened a mile apart.", "two"),
        ("The two men were still at large on Sunday.", "two"),
        ("The two towers above the harbor were built in 1970.", "two"),
        ("He took the phone of one of the two people in the attack.", "two"),
        ("Rents rose 100 percent in a decade.", "100 percent"),
        ("The measure won 100 percent of the vote.", "100 percent"),
        ("Turnout was 100 percent in the village.", "100 percent"),
        # spans14: "one" parting the people counted before by what happened to each
        ("Two boys shot, one fatally, near Elm Park", "one"),
        ("Deputies found two women inside — one dead, the other hurt.", "one"),
        ("All three went to Mercy Hospital, one in critical and two in fair condition.", "one"),
        # a compass letter before a name with a noun after it is no street ("N. Dakota towns")
        ("The storm flattened 3 N. Dakota towns overnight.", "3"),
        ("Police said one suspect fled on foot.", "one"),
        ("All 12 passengers survived the crash.", "12"),
        ("Sales rose on Monday to 20 percent.", "20 percent"),
        ("In a survey out Friday, four of five parents agreed.", "four of five"),
        # spans14: "N out of M" is one share, not a part and a whole
        ("Roughly seven out of 10 said they would vote.", "Roughly seven out of 10"),
        ("The favorite won only two out of nine times.", "two out of nine"),
        ("She walked three out of the building.", "three"),
        ("On Tuesday, 14 people were hurt in the storm.", "14"),
        ("The agency found between 300-400 files.", "between 300-400"),
        ("The storm killed three people, 2 of them children.", "2"),
        ("The fire left 5 dead and 2 injured, officials said.", "2"),
        ("The death toll was 40, officials said.", "40"),
        ("The crews logged 1400 hours of overtime.", "1400 hours"),
        ("The new pipeline will run 30 miles to the refinery.", "30 miles"),
        # "one of" the people a casualty happened to (not "one of the largest")
        ("Officials said one of the victims was found dead at the scene.", "one"),
        # "one" standing for a person the casualty happened to counts that person
        ("Two riders were hurt; one died and one is in stable condition.", "one"),
        ("The nurses said three were in serious condition and one was dead.", "one"),
        ("Bus Crash on Route, One Dead\n\nMore here.", "One"),
        ("One of those injured was a bus driver, police said.", "One"),
        ("Three neighbors filed complaints in the past 10 years.", "10 years"),
        ("Prices have doubled over the last eight years.", "eight years"),
        # spans13: "all N" named again with a casualty, finding or care is a count again
        ("Three men were hit by gunfire. All three were expected to survive.", "three"),
        ("Deputies heard a cry upstairs. That's when all four were found.", "four"),
        ("Two riders were hurt. All two were treated at a nearby clinic.", "two"),
        # spans13: "last" keeps a record and a span of time stays a claim
        ("Democrats have won the last six straight races for governor.", "six"),
        ("The mayor has filed four suits in the past three years.", "three years"),
        # a share of the series, one claim (realgold14 README)
        ("She has carried six of the past seven counties.", "six of the past seven"),
        ("They were among the first 40 families to arrive.", "40"),
        ("The mayor needed to win the first two wards on the list.", "two"),
    ],
)
def test_date_and_idiom_filters_stay_inside_their_phrase(nlp, text, claim):
    assert claim in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The firm paid $US40 million in fines.", ["$US40 million"]),
        ("The clip drew 450k views.", ["450k"]),
        ("Three dozen homes burned.", ["Three dozen"]),
        ("She met half a dozen senators.", ["half a dozen"]),
        ("Complaints nearly doubled last year.", ["nearly doubled"]),
        ("A 6.1-magnitude quake shook the coast.", ["6.1-magnitude"]),
        ("Seven of 10 residents backed the levy.", ["Seven of 10"]),
        ("More than half of members voted no.", ["More than half"]),
        ("About two-thirds of the seats were filled.", ["About two-thirds"]),
        ("Only a quarter of farmers agreed.", ["a quarter"]),
        ("Ruiz leads Hale 51 percent to 42 percent.", ["51 percent", "42 percent"]),
        ("Ruiz holds a 9-point lead among women.", ["9-point"]),
        ("Ruiz lost two percentage points in May.", ["two percentage points"]),
        ("Ruiz leads by 14 points among men.", ["14 points"]),
        ("The rate fell 0.2 percentage point.", ["0.2 percentage point"]),
        ("Ruiz holds a four-percentage-point lead.", ["four-percentage-point"]),
        ("Hale conceded after a 12-point loss.", ["12-point"]),
        ("Ruiz has a 6-point polling lead.", ["6-point"]),
        ("A win there needs nine or ten thousand votes.", ["nine or ten thousand"]),
        ("Ruiz would beat Hale 48 to 41 percent.", ["48", "41 percent"]),
        ("Lee and Park, 12 and 9 percent respectively.", ["12", "9 percent"]),
        ("A quarter of a million people marched.", ["A quarter of a million"]),
        ("The primary is now a three-way race.", ["three-way"]),
        ("Polls show a tight four-way contest in Maine.", ["four-way"]),
        ("Trade is a two-way street, he said.", []),
    ],
)
def test_real_news_formats_are_read_as_one_figure_each(nlp, text, claims):
    assert mention_texts(nlp, text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("The state will pick 23 of its 29 delegates.", ["23 of its 29"]),
        ("Two of the firm's five directors resigned.", ["Two of the firm's five"]),
        ("Agents watch 900 of Lower Bay's 4,000 boats.", ["900 of Lower Bay's 4,000"]),
        ("Three of their 12 players scored.", ["Three of their 12"]),
        # no owner's whole: the part is a count of its own
        ("Three of the mayor's aides resigned.", ["Three"]),
        ("The company cut 300 of its workers.", ["300"]),
        ("He ran against four of Smith's 2016 rivals.", ["four"]),
    ],
)
def test_a_share_whose_whole_has_an_owner_is_one_figure(nlp, text, claims):
    assert mention_texts(nlp, text) == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # the two sides of a margin or net rating: two figures (margin_pairs)
        (
            "Her rating is a net negative 6 points (37 percent to 43 percent).",
            ["negative 6 points", "37 percent", "43 percent"],
        ),
        ("He trails by 20 points among women (34%-54%).", ["20 points", "34%", "54%"]),
        ("He has a negative 42%-49% approval rating.", ["42%", "49%"]),
        # a rising pair that is no margin's sides stays a range
        ("The tax cut emissions by 5 percent to 15 percent.", ["5 percent to 15 percent"]),
        (
            "He won by 8 points; turnout was 40 percent to 45 percent.",
            ["8 points", "40 percent to 45 percent"],
        ),
    ],
)
def test_a_margins_two_sides_are_two_figures_not_a_range(nlp, text, claims):
    assert mention_texts(nlp, text) == claims


@pytest.mark.parametrize(
    ("text", "claims", "not_claims"),
    [
        # a score's or tally's first side after the name of who won or leads (score_sides)
        ("Alabama beat undefeated Clemson 45-40 in the final.", ["45", "40"], []),
        ("The team went on to handle Wichita State 62-52 on Friday.", ["62", "52"], []),
        ("She leads Bernie Sanders 1,428 to 1,153 in delegates.", ["1,428", "1,153"], []),
        # a sign the tagger calls a proper noun
        ("Among white men, she is at minus 72.", ["minus 72"], []),
        # names with numbers stay names
        ("The airline flew a Boeing 737-800 to Miami.", [], ["737", "800"]),
        ("She upgraded to Windows 10 to get the patch.", [], ["10"]),
    ],
)
def test_a_score_after_a_name_is_a_count_not_part_of_the_name(nlp, text, claims, not_claims):
    assert mention_texts(nlp, text) == claims
    assert mention_texts(nlp, text, claims=False) == not_claims


@pytest.mark.parametrize(
    "text",
    [
        "The plan needs a two-thirds majority in the house.",
        "It reported half-year results on Monday.",
        "Dozens of people gathered.",
        "Case counts top 400 this week.",
    ],
)
def test_thresholds_and_vague_amounts_are_not_shares(nlp, text):
    found = mention_texts(nlp, text)
    assert not any(word in " ".join(found) for word in ("two-thirds", "half", "Dozens"))


@pytest.mark.parametrize(
    ("text", "not_claim"),
    [
        ("Morning briefing.\n\n1. THE HARBOUR DEAL.\n\nThe port hired 300 people.", "1"),
        ("Morning briefing.\n\n12. RAIN RETURNS.\n\nThe port hired 300 people.", "12"),
        ("Notes:\n2) The council votes on the budget.", "2"),
        ("8 Things to Know Before the Vote.\n\nThe council meets.", "8"),
        ("Here are four big trends to watch this fall.", "four"),
        ("Three takeaways to remember from the debate.", "Three"),
        ("Harbour fire at the docks 2 / 6 Back to Gallery", "6"),
        ("Harbour fire at the docks 2 / 6 Back to Gallery", "2"),
        ("Ruth Lane, founder of the guild, dies at 97", "97"),
        ("Her son, who was only 15 at the time, ran for help.", "15"),
        ("Ruiz won her top-two primary in August.", "two"),
        ("It was the best week for the S.&P. 500 since May.", "500"),
        ("Ruiz leads in all four of these states, the poll found.", "four"),
        ("All three of them lived on the same street.", "three"),
        ("Here are five reasons the levy could pass:\n\n1. Turnout is up.", "five"),
        ("Here are two big lessons the council should learn:\n\nFirst, plan.", "two"),
        ('The mayor posted:\n\n<post post-date="June 9, 2019">Roads open.</post>', "9"),
        ('Her reply:\n\n<post id="88" stamp="2018-04-21">Thanks!</post>', "04"),
        ('Her reply:\n\n<post id="88" stamp="2018-04-21">Thanks!</post>', "88"),
    ],
)
def test_list_markers_listicle_sizes_and_gallery_slashes_are_not_claims(nlp, text, not_claim):
    assert all(not_claim not in claim.split() for claim in mention_texts(nlp, text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Morning briefing.\n\n1. THE HARBOUR DEAL.\n\nThe port hired 300 people.", "300"),
        ("The storm hurt 15 people. 2 more died later.", "2"),
        ("2.5 million people live in the valley.", "2.5 million"),
        ("There are three ways to vote early in the county.", "three"),
        ("The mayor gave three reasons for the delay.", "three"),
        ("Turnout was 1 / 3 of the total.", "3"),
        ("The week in numbers.\n\n60.\n\nThe number of towns that joined the pact.", "60"),
        ("He was 14 points ahead in May.", "14 points"),
        ("All 40 of its members voted no.", "40"),
        ("She said she heard roughly 20-25 shots.", "roughly 20-25"),
        ("The fund was one of a half-dozen donors that day.", "a half-dozen"),
        ("A half-dozen officers arrived.", "A half-dozen"),
        ("Here are five reasons the levy failed, the mayor said.", "five"),
        ("There are five reasons the levy could pass:\n\n1. Turnout is up.", "five"),
        (
            '<post post-date="June 9, 2019">\nThe levy passed with 61 percent.\n</post>',
            "61 percent",
        ),
        ("Turnout was < 40 percent in the ward, the clerk said.", "40 percent"),
        ("The clerk counted 12 ballots > 3 pages long.", "12"),
    ],
)
def test_numbers_in_running_text_are_not_list_markers(nlp, text, claim):
    assert claim in mention_texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("A new poll put Lee ahead of Ortiz, 41%-29%, in Ohio.", ["41%", "29%"]),
        ("The survey shows a 58%-35% split on the levy.", ["58%", "35%"]),
        ("Lee led by 6 points, 44%-38.5%, in the average.", ["6 points", "44%", "38.5%"]),
    ],
)
def test_each_share_of_a_percent_pair_written_as_one_word_is_a_claim(nlp, text, claims):
    assert mention_texts(nlp, text) == claims


def test_percent_sign_before_a_word_is_not_split_from_its_number(nlp):
    assert [t.text for t in nlp("Its 20%-plus gain held.")][1] == "20%-plus"
