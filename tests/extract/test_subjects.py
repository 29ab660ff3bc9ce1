import pytest

from factcheck.extract.subjects.singulars import with_singulars
from factcheck.extract.subjects.subjects import find_subject
from tests.conftest import find_mention


@pytest.mark.parametrize(
    ("text", "figure", "subject_word"),
    [
        ("Hamas holds roughly 240 hostages in Gaza.", "240", "hostages"),
        ("Blinken said he has five main agenda items.", "five", "items"),
        ("It cannot house Gaza's population of 2.3 million people.", "million", "people"),
        ("The death count in Gaza crossed 9,000 on Thursday.", "9,000", "count"),
        ("Some 7.7 percent of voters stayed home.", "7.7", "voters"),
        ("Inflation rose to 7.7 percent in May.", "7.7", "Inflation"),
    ],
)
def test_subject_names_what_the_figure_counts(nlp, text, figure, subject_word):
    doc, mention = find_mention(nlp, text, figure)
    assert subject_word in find_subject(doc, mention).split()


def test_subject_excludes_the_figure_itself(nlp):
    doc, mention = find_mention(nlp, "Officials counted 18 Democrats.", "18")
    assert find_subject(doc, mention) == "Democrats"


def test_bare_figure_that_is_a_verb_subject_takes_the_verb(nlp):
    doc, mention = find_mention(nlp, "The ministry said 8,000 died.", "8,000")
    assert find_subject(doc, mention) == "died"


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("The quake struck on Monday, killing at least 57 people.", "57", "people killed"),
        ("At least 14 people have died in the fires this season.", "14", "people died"),
        ("The quake killed more than 170 in 2003.", "170", "killed"),
        ("The bank reported revenue of $4.5bn last month.", "4.5bn", "revenue"),
        ("The quake hit at a depth of 10 km, the agency said.", "10", "depth"),
        ("It was the country's worst fire season in 13 years.", "13", "years worst fire season"),
        (
            "The EU said it would release 500,000 euros in emergency funding.",
            "500,000",
            "emergency funding",
        ),
        ("The death count in Gaza crossed 9,000 on Thursday.", "9,000", "death count"),
    ],
)
def test_subject_without_a_counted_noun_comes_from_the_clause(nlp, text, figure, subject):
    doc, mention = find_mention(nlp, text, figure)
    assert find_subject(doc, mention) == subject


def test_specific_counted_noun_keeps_its_noun_before_the_harm(nlp):
    # the noun names who is counted, the harm after it what happened to them (harmed_persons.py)
    doc, mention = find_mention(nlp, "The strikes killed 23 civilians.", "23")
    assert find_subject(doc, mention) == "civilians killed"


def test_predicate_adjective_names_what_happened_to_people(nlp):
    doc, mention = find_mention(nlp, "As many as 60 people were feared dead.", "60")
    assert find_subject(doc, mention) == "people dead"


def test_bracketed_conversion_measures_what_it_converts(nlp):
    from factcheck.extract import extract_claims

    text = "The regulator said the fine of HK$400 million (US$51 million) was its largest."
    claims = extract_claims(nlp(text), doc_name="t").claims
    assert [c.subject for c in claims] == ["fine", "fine"]


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        (
            "The ministry says more than 10,000 Palestinians have been killed.",
            "10,000",
            "Palestinians killed",
        ),
        (
            "The company, which employs about 12,000 people, said it would cut jobs.",
            "12,000",
            "people",
        ),
        ("The bill, worth $1.2 trillion, passed the Senate.", "1.2", "bill"),
        # a count that is the passive subject of a verb of harm names the harm, whatever its
        # noun; "fatally" makes it the killed; a copula's adjective names the state
        ("Three other cooks in the kitchen were wounded.", "Three", "other cooks wounded"),
        ("Two tellers were stabbed during the robbery.", "Two", "tellers stabbed"),
        ("Later, four people were fatally shot outside a bar.", "four", "people killed"),
        ("Six people are dead after the blast, the mayor said.", "Six", "people dead"),
        # the active subject of a verb of harm did the harming; other passives are no harm
        ("Two gunmen shot 3 people outside a bar.", "Two", "gunmen (gunman)"),
        ("Three trucks were damaged in the storm.", "Three", "trucks"),
    ],
)
def test_subject_predicates_only_for_what_happened_to_people(nlp, text, figure, subject):
    doc, mention = find_mention(nlp, text, figure)
    assert find_subject(doc, mention) == subject


def _subjects(nlp, text: str) -> list[str]:
    from factcheck.extract import extract_claims

    claims = extract_claims(nlp(f"Storm hits coast\n\n{text}"), doc_name="t").claims
    return [c.subject for c in claims if not c.implied]


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # valued or owned money: what it values
        ("Analysts put the company's debt at $4 billion.", "4", "debt"),
        ("Investors valued the startup at $2 billion last year.", "2", "startup"),
        ("The agency estimated the damage at 3 million euros.", "3", "damage"),
        ("Police raised the reward by $5,000 on Monday.", "5,000", "reward"),
        ("They signed a contract worth $50 million with the city.", "50", "contract"),
        ("The mayor received $40,000 in kickbacks from the firm.", "40,000", "kickbacks"),
        ("Sales rose by 5 percent in May.", "5", "Sales"),
        # a state word right after a bare figure (telegraphic headlines)
        ("2 dead, 3 injured after crash on Route 9", "3", "injured"),
        ("Four found shot to death in Dover", "Four", "shot to death"),
        ("The deputy is among the three dead.", "three", "dead"),
        ("The 12 injured people were taken to hospital.", "12", "injured people taken"),
        # the counted noun, not a name, compound or unit before it
        ("The firm said 2,093 of Bob's archived files were lost.", "2,093", "archived files"),
        ("Over 40 percent of likely Green voters back her.", "40", "likely Green voters"),
        ("Four of her one-time rivals agree.", "Four", "rivals"),
        # the margin as the golds name it, "margin of error" (realgold20: not "margin" alone)
        (
            "The margin of sampling error is plus or minus four percentage points.",
            "four",
            "margin of error",
        ),
        ("The clerk was stabbed four times in the chest.", "four", "times stabbed"),
        ("Among likely voters, about two-thirds back the measure.", "two-thirds", "likely voters"),
        ("Among other things, 40 tents were lost.", "40", "tents"),
        # "fewer"/"more" between the figure and its noun; a span of time with no noun
        ("Twenty thousand fewer people work here now.", "Twenty", "people work"),
        ("They sent 5,000 more troops to the border.", "5,000", "more troops"),
        ("He said there were a million tweets within 24 hours.", "24", "hours"),
        ("It has been at least five years.", "five", "years"),
        ("It was the worst fire season in 13 years.", "13", "years worst fire season"),
        # a rate its modifiers name is what its figure measures; a bare "total of" is not
        (
            "The island's sales tax rate of 12 percent is the region's highest.",
            "12",
            "sales tax rate",
        ),
        # a market or price moves: the clause's subject, through "up"/"down", a conjunct and
        # an infinitive of result
        ("The Acme index closed down 31.5 points, to end at 9,120.4.", "31.5", "Acme index"),
        ("The Acme index closed down 31.5 points, to end at 9,120.4.", "9,120.4", "Acme index"),
        ("Copper slipped early and was up 12 cents to settle at $3.90.", "12", "Copper"),
        ("Copper slipped early and was up 12 cents to settle at $3.90.", "3.90", "Copper"),
        # an agent is no measure: who gains points, who agrees to pay
        ("Senator Mary Okafor gained four points in the race.", "four", "points"),
        # money a verb does something with: what it went to, or the verb's own noun
        ("The union spent $2.5 million on radio ads last year.", "2.5", "radio ads spending spent"),
        ("The club returned $9,300 in private donations.", "9,300", "private donations"),
        ("The regulator fined the broker $12 million on Friday.", "12", "fine fined"),
        ("In one weekend, the volunteers raised $14,000.", "14,000", "raised"),
        ("Ticket sales reached $3 million in March.", "3", "Ticket sales"),
        # a price per unit, a distance, a count whose noun an earlier count gives
        ("Dealers were asking $78 a barrel.", "78", "price per barrel"),
        ("Cocoa ended at $3,100 per tonne.", "3,100", "Cocoa"),
        ("It was some 50 meters.", "50", "distance in meters"),
        ("The ward was built for 400 beds but holds more than 520.", "520", "beds"),
        ("The ward has 400 beds and the city spent $2 million.", "2", "spending spent"),
        # how long something went on, and what went on (a thing, not a person); a light verb
        # or a placing span keeps the unit alone
        ("The hearing was adjourned for 16 days in June.", "16", "days hearing adjourned adjourn"),
        ("The blackout lasted about nine hours.", "nine", "hours blackout lasted last"),
        (
            "The raid came in an operation that lasted six hours.",
            "six",
            "hours operation lasted last",
        ),
        (
            "The convoys had been unable to reach the town for nine days.",
            "nine",
            "days convoys reach town",  # the object after the verb (duration_objects.py)
        ),
        ("Mr. Osei was held for 20 months.", "20", "months held hold"),
        ("He slept for five hours.", "five", "hours slept sleep"),
        ("It has been at least seven weeks.", "seven", "weeks"),
        ("The site logged two million visits in 12 hours.", "12", "hours"),
        ("It was the wettest spring in 40 years.", "40", "years wettest spring"),
        ("It was the first strike in 20 years.", "20", "years first strike"),
        # a winning margin; a change "by" points measures what changed
        ("Ms. Lind won Ohio by 12 percentage points.", "12", "margin won"),
        ("The bank cut its rate by 0.25 percentage points.", "0.25", "rate"),
        # a lead by a percentage or an average of points is a lead, even beside a poll
        ("Lee won Ohio by 4 percent.", "4", "margin won"),
        (
            "A Gallup average of polls shows Lee leading by 3.1 percent over Ward.",
            "3.1",
            "lead margin leading",
        ),
        (
            "Despite leading the last 8 Ohio polls by an average of six percentage points, Lee lost.",
            "six",
            "lead margin leading",
        ),
        ("A poll found support for the plan fell by 4 percent.", "4", "support"),
        # two objects a possessive split; an adjective standing for people after "of"
        ("The tracker puts the mayor's approval at 41 percent.", "41", "approval"),
        ("The number of injured now stands at 212.", "212", "injured"),
        ("Police raised the reward for the gang's arrest by $8,000.", "8,000", "reward"),
        # a range's top carries the noun; "twice" is how often; a gerund names what is measured
        ("About 40 to 60 guests attended the gala.", "40", "guests"),
        ("The guard was hit twice in the leg.", "twice", "times hit"),
        ("Travel by staff reached $2.1 million last year.", "2.1", "Travel"),
        ("The city set aside 90 million pesos ($5 million) for repairs.", "90", "repairs"),
        ("Of the callers, 310 were classed as repeat callers.", "310", "repeat callers"),
        # a share giving an opinion in a poll counts respondents giving it, unless "of" names
        # them; the margin of error named shortly before its figure
        ("In a poll, a third, 34 percent, say they back Lind.", "34", "poll respondents back Lind"),
        ("In the new poll, 31 percent of farmers say they back Ms. Lind.", "31", "farmers"),
        ("Samples carry margins of error of plus or minus 3.9 percent.", "3.9", "margin of error"),
        # margins listed after "margin of error"; a later share elsewhere in the sentence is not
        ("Its margins of error are plus or minus 3.1 and 5.2 percent.", "5.2", "margin of error"),
        ("The margin of error is 3 points, and turnout fell 5.2 percent.", "5.2", "turnout"),
        # a length with the adjective it measures; a length that only places something
        ("Officials said the fence could be 20 to 30 feet high.", "20", "height"),
        ("The lake is 40 metres deep.", "40", "depth"),
        ("The hull sits 40 feet under the surface.", "40", "hull"),
        # a length per hour is a speed, of what the clause names; a distance covered is not
        ("The tram was going at 90 km/h on the bend.", "90", "tram speed"),
        ("The truck was doing 70 miles an hour.", "70", "truck speed"),
        ("The speed limit is 50 mph.", "50", "speed limit"),
        ("She ran 10 miles in an hour.", "10", "distance in miles"),
        # money a sale is made for; money given for a purpose is not a price
        ("A firm owned by his brother sold the warehouse for $340,000.", "340,000", "sale price"),
        ("The council voted for $2 million in flood repairs.", "2", "flood repairs"),
        ("3. ACME BUYS GLOBEX FOR $2.5 BILLION.", "2.5", "sale price"),
        ("ACME TO BUY GLOBEX FOR $2.5 BILLION The deal is done.", "2.5", "sale price"),
        ("The Sold Out Tour played for $2 million.", "2", "Sold Out Tour"),
        ("The painting fetched $2 million at auction.", "2", "sale price"),
        ("The dog fetched 3 sticks.", "3", "sticks"),
        # "upward of": the qualified figure is still the verb's object
        (
            "The campaign will spend upward of $4 million on radio spots.",
            "4",
            "radio spots spending spend",  # with the spending (realgold19: "spent")
        ),
        # a percent parsed as one object with the index it moves; not a person moved
        ("Strong earnings helped lift the Nasdaq 2.1 percent this week.", "2.1", "Nasdaq"),
        # money put into something, parsed as an adverb; money a verb of purpose names
        ("The trust said it would put £30m into a programme to map reefs.", "30m", "programme"),
        (
            "The bank agreed to set aside $1.1 billion to compensate clients.",
            "1.1",
            "compensation clients",
        ),
        ("The city set aside $4 million to help clients.", "4", "set"),
        # "of" hung on the verb: the object before it owns the figure
        ("They may put a bond of up to $38 million on the ballot.", "38", "bond"),
        # a participle raises its subject to the infinitive that takes the figure
        ("Unemployment is forecast to reach 7 percent.", "7", "Unemployment"),
        (
            "With the number of people on food aid projected to grow to 12 million, costs rise.",
            "12",
            "people",
        ),
        # a unit after the figure: what the unit measures, by its "of", owner or clause
        (
            "The glaciers lost about 4.2 cubic kilometres of ice last year.",
            "4.2",
            "cubic kilometres of ice",
        ),
        (
            "Guides said the tours run at a cost of about 4,000 Swiss francs a season.",
            "4,000",
            "cost",
        ),
        (
            "Traffickers charged migrants 2,000-3,000 Egyptian pounds each.",
            "2,000",
            "charge charged",
        ),
        (
            "The concentration of methane reached 1,900 parts per billion in June.",
            "1,900",
            "concentration",
        ),
        # the unit stays when nothing else names what it measures; a noun that is no unit stays
        ("Farmers lost about 30,000 hectares in the drought.", "30,000", "hectares"),
        ("The firm shipped 300 crates of copper.", "300", "crates"),
        # a span of time or a distance measures no person or place
        ("Harlan was arrested within 20 minutes, police said.", "20", "minutes"),
        ("The average wait was 45 minutes.", "45", "average wait"),
        # a span of time names its unit beside the doer or frame the clause gives it; not
        # beside what a copula says lasted so long
        # the time waited is named by its doer and the waiting (money, session 42: realgold10's
        # gold names "waited" for "had waited in the lobby about 35 minutes")
        (
            "Her uncle had waited in the hall about 40 minutes for the judge.",
            "40",
            "minutes uncle waited wait",
        ),
        (
            "The mill would probably need 12-18 months to reopen.",
            "18",
            "months mill reopen",
        ),  # span_purposes
        ("The bakery reported its best quarter in 9 years.", "9", "years best quarter"),
        ("The typical shift was 12 hours.", "12", "typical shift"),
        ("The town sits 300 metres above sea level.", "300", "town"),
        # a span of time a verb takes is the time, not the verb, with where it was spent
        # (spent_in); money keeps the verb's noun
        ("Despite spending three days in Ohio, the senator lost.", "three", "days in Ohio"),
        ("The senator spent $3 million in Ohio.", "3", "spending spent"),
        # a bare count right after a casualty verb counts those it hurt, however a headline
        # parses; a noun or word of its own after the count keeps it (with the harm after it,
        # harmed_persons)
        ("Masked men wound 3, including a cook, at diner", "3", "wounded"),
        ("Shooter injures 6 at food court in Tulsa", "6", "injured"),
        ("Gunfire wounds 2 teens at birthday party", "2", "teens wounded"),
        # a verb that alone names the figure keeps its form as written beside its lemma or
        # noun (a reader may name it either way); a form equal to the lemma is said once
        ("It fell sharply, dropping 40 percent in Utah.", "40", "drop dropping"),
        ("Families making more than $90,000 would pay more.", "90,000", "income making"),
        ("The council expects to save $4 million a year.", "4", "savings save"),
        ("The charity will give $5,000.", "5,000", "donation give"),
        # an average, like a total, is what its clause or its "of" names
        ("Turnout was down an average of almost 30 percent on Tuesday.", "30", "Turnout"),
        ("Wages rose by an average of 4 percent.", "4", "Wages"),
        ("The plant shipped an average of 900 tonnes of steel a week.", "900", "steel"),
    ],
)
def test_subject_of_a_figure_without_its_own_noun_comes_from_its_frame(nlp, text, figure, subject):
    doc, mention = find_mention(nlp, text, figure)
    assert find_subject(doc, mention) == subject


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # the candidate whose share it is stands before it (share_owners.py)
        ("In the poll, Ms. Lind leads. Mr. Ray is at 8 percent.", ["Ray poll support"]),
        # one person with a word of leading owns the pair's first share (pair_owners.py)
        (
            "Ms. Lind has a lead of 48 percent to 41 percent, the survey found.",
            ["Lind poll support", "poll support"],
        ),
        ("Ms. Lind has a lead of 48 percent to 41 percent in soap sales.", ["Lind lead", "lead"]),
        (
            "The survey finds Ms. Lind ahead, 46 percent to 44 percent.",
            ["Lind poll support", "poll support"],
        ),
        (
            "The new poll is out. The rest trail far behind — Mr. Ray at 8 percent.",
            ["Ray poll support"],
        ),
        ("The survey says costs rose 8 percent.", ["costs"]),
    ],
)
def test_poll_percentages_are_support_not_the_lead(nlp, text, subjects):
    assert _subjects(nlp, text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # a percentage with no noun in a sentence of election results is the vote
        (
            "A new poll showed Ann Lee ahead. Lee, who won, 51.2 percent to 40.3 percent, with "
            "all precincts reporting, thanked voters.",
            ["vote", "vote"],
        ),
        ("Polls had Lee leading. Ward finished second in Ohio, getting just 21 percent.", ["vote"]),
        (
            "Ann Lee beat Tom Ward by 18 points (58 percent to 40 percent).",
            ["margin in points", "Lee vote", "Ward vote"],
        ),
        # a poll in the sentence, a noun of its own, or a percentage after one, is not
        ("Lee won 40 percent in the latest poll.", ["poll support"]),
        ("Spending on ads rose 4 percent in the primaries.", ["Spending"]),
        (
            "To win she needs 57 percent of the remaining delegates (or 62 percent, with the "
            "superdelegates).",
            ["remaining delegates"] * 2,
        ),
    ],
)
def test_percentage_in_a_sentence_of_election_results_counts_the_vote(nlp, text, subjects):
    assert _subjects(nlp, text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("About 300 people were hurt, 210 of them badly.", ["people hurt", "people hurt"]),
        ("Nine people were hurt. The other six were taken away.", ["people hurt", "people hurt"]),
        ("The firm lost 2,093 files. Later it said 12 of the 19 hold secrets.", ["files", "files"]),
        ("Bakers made 300 loaves, but only 12 of the 40 ovens work.", ["loaves (loaf)", "ovens"]),
        ("Nine people were hurt. Six other cars were hit.", ["people hurt", "other cars"]),
        # "above"/"below" an expected figure: the figure it is set against
        (
            "The firm made a profit of $2.10 a share, above the $1.90 that was forecast.",
            ["profit"] * 2,
        ),
        # a definite re-mention is the earlier figure again; the same value elsewhere is not
        (
            "Inflation ran at 6.4 percent. Experts expect that 6.4 percent pace to ease.",
            ["Inflation"] * 2,
        ),
        ("Inflation ran at 6.4 percent. Wages rose 6.4 percent in May.", ["Inflation", "Wages"]),
        # a percentage with nothing to measure after another: what that one measures
        (
            "Both rivals took a combined 58 percent of the vote. Everyone else ended with 42 percent.",
            ["vote", "vote"],
        ),
        ("Turnout rose 4 percent. Then came a 3 percent rise in fees.", ["Turnout", "rise"]),
        # a bare number that names only who holds it: what the figure before it counts
        (
            "Lee won 58 of the 98 delegates on Tuesday. She now has 812 to Smith's 503.",
            # the second of "812 to Smith's 503" is Smith's (subjects33): "Smith delegates"
            ["delegates", "delegates", "Smith delegates"],
        ),
        (
            "The mayor's final delegate count was 412.5, the party said. Walker's was 409.25.",
            ["final delegate count"] * 2,
        ),
        (
            "Mr. Grant won with 301 electoral votes, 31 more than the 270 needed.",
            ["electoral votes"] * 3,
        ),
        # a number with its own noun, or a measured thing, keeps its own subject
        ("Lee won 58 delegates. Smith has 12 staffers.", ["delegates", "staffers"]),
        ("The Dow rose 2 percent. The Nasdaq closed at 4,512.", ["Dow", "Nasdaq"]),
    ],
)
def test_elliptical_or_re_mentioned_figure_counts_what_the_earlier_figure_counts(
    nlp, text, subjects
):
    assert _subjects(nlp, text) == subjects


def test_share_giving_an_opinion_counts_respondents_only_in_a_poll(nlp):
    assert "poll respondents" not in _subjects(nlp, "The plant says 31 percent back the merger.")


@pytest.mark.parametrize(
    ("text", "figure", "glossed"),
    [
        ("Police detained four men near the depot.", "four", "men (man)"),
        ("Three gunmen fled in a grey van.", "Three", "gunmen (gunman)"),
        ("The fire forced 12 other children from their homes.", "12", "children (child)"),
        ("Rescuers found 14 geese on the ice.", "14", "geese (goose)"),
        # a regular plural and a singular word ending in "men" stay as they are
        ("The clinic tested 300 specimens and 20 women.", "300", None),
        ("Officers found 11 bicycles.", "11", None),
    ],
)
def test_irregular_plural_subject_also_names_its_singular(nlp, text, figure, glossed):
    doc, mention = find_mention(nlp, text, figure)
    subject = find_subject(doc, mention)
    if glossed is None:
        assert "(" not in subject
    else:
        assert glossed in subject


@pytest.mark.parametrize(
    ("subject", "glossed"),
    [
        ("women hurt", "women (woman) hurt"),
        ("Congressmen", "Congressmen (congressman)"),
        ("abdomen", "abdomen"),
        ("regimens", "regimens"),
        ("people killed", "people killed"),
    ],
)
def test_with_singulars_glosses_only_irregular_plurals(subject, glossed):
    assert with_singulars(subject) == glossed


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # a percentage whose subject would be only "percent": the percentage before it
        (
            "The board cut the top fee rate of 12 percent to as low as 5 percent.",
            ["top fee rate"] * 2,
        ),
        # ... or only a person, after another percentage in its sentence
        (
            "The jobless rate was at 6.1 percent when Governor Ann Reyes took office and "
            "peaked at 9 percent a year later.",
            ["jobless rate"] * 2,
        ),
        # a person holding a percentage with none before it stays (gold lists candidates)
        ("Even in Ohio, Ann Reyes could not break 40 percent.", ["Ann Reyes"]),
        ("Apple shares rose 3 percent after Lee spoke.", ["Apple shares"]),
    ],
)
def test_percentage_naming_only_its_unit_or_a_person_takes_the_percentage_before(
    nlp, text, subjects
):
    assert _subjects(nlp, text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # a pair of bare numbers in a sentence of votes counts votes
        ("The judge was confirmed 88 to 7 last spring.", ["vote", "vote"]),
        ("The measure passed the House 230-198 on Friday.", ["vote"]),
        (
            "Ann Lee beat Tom Ward by 14 points (52 to 38) in the runoff.",
            ["margin in points", "Lee vote", "Ward vote"],
        ),
        # a noun right after the pair names it
        ("The court's 6-to-3 ruling struck down the law.", ["ruling"]),
        # a change, an age range, a poll or no vote at all is no tally
        ("The vote count rose from 40 to 52 overnight.", ["vote count", "vote count"]),
        # a ratio to one is one figure (ratios.py)
        ("Before the vote, backers were outspending rivals 5-1.", ["backers"]),
        (
            "The latest polling shows Lee within 4 points of Ward (41-37).",
            ["Ward", "latest polling", "latest polling"],
        ),
    ],
)
def test_bare_numbers_of_a_tally_in_a_sentence_of_votes_count_votes(nlp, text, subjects):
    assert _subjects(nlp, text) == subjects


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("Lee leads Ward 1,428 to 1,153 in pledged delegates.", ["delegates", "delegates"]),
        ("Lee leads Ward 516 to 39 among superdelegates.", ["superdelegates", "superdelegates"]),
        # a place or a time after the pair counts nothing
        ("The judge was confirmed 88 to 7 in the Senate.", ["vote", "vote"]),
    ],
)
def test_a_tally_counts_the_plural_noun_it_is_counted_in(nlp, text, subjects):
    assert _subjects(nlp, text) == subjects


@pytest.mark.parametrize(
    ("text", "figure", "subject_word"),
    [
        (
            "In Dayton, attendance was the highest in a decade, organizers said. It was about"
            " 62%, short of the record.",
            "62%",
            "attendance",
        ),
        ("Hospital waiting lists have been growing all year. They're at 412 now.", "412", "lists"),
        (
            "Average wages rose 5.1 percent in the year to March. That is roughly double the pace"
            " the central bank regards as safe.",
            "double",
            "wages",
        ),
        (
            "Rents rose 9 percent over the year. That is roughly double the rate the council calls"
            " affordable.",
            "double",
            "Rents",
        ),
        ("The damage bill from the storm is nearly four times that amount.", "four", "bill"),
    ],
)
def test_pronoun_or_multiplier_subject_of_be_names_what_the_figure_measures(
    nlp, text, figure, subject_word
):
    from factcheck.extract import extract_claims

    claims = extract_claims(nlp(text), doc_name="t").claims
    subjects = [c.subject for c in claims if figure in c.text]
    assert subjects and subject_word in subjects[0].split()


@pytest.mark.parametrize(
    ("text", "figure", "not_subject"),
    [
        # "it" is singular: not the plural subject before it
        (
            "Officials counted the ballots overnight. It was 52 percent for the measure.",
            "52",
            "ballots",
        ),
        # a name is no antecedent of a figure's "it"
        ("Acme Corp reported results on Monday. It was at 12 percent.", "12", "Acme"),
        # the noun after a multiplier is the base compared with
        ("The damage bill from the storm is nearly four times that amount.", "four", "amount"),
    ],
)
def test_copula_subject_is_not_taken_from_the_wrong_word(nlp, text, figure, not_subject):
    from factcheck.extract import extract_claims

    claims = extract_claims(nlp(text), doc_name="t").claims
    subjects = [c.subject for c in claims if figure in c.text]
    assert subjects and not_subject not in subjects[0].split()


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("Five people were shot, two fatally, outside a bar on Friday.", "two", "killed"),
        # how badly, as the real gold names it ("critically hurt"; subjects20)
        ("Woman Arrested After Rampage; 4 Dead, 2 Critically Hurt", "2", "critically hurt"),
    ],
)
def test_bare_count_before_an_adverb_of_harm_says_what_happened(nlp, text, figure, subject):
    from factcheck.extract import extract_claims

    claims = extract_claims(nlp(text), doc_name="t").claims
    assert [c.subject for c in claims if c.text == figure] == [subject]


def test_bare_count_hurt_seriously_is_not_killed(nlp):
    from factcheck.extract import extract_claims

    text = "Four people were hurt, two seriously, when the bus overturned."
    claims = extract_claims(nlp(text), doc_name="t").claims
    assert all(c.subject != "killed" for c in claims)


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        (
            "The money also paid for a yacht and roughly $420,000 worth of paintings.",
            "420,000",
            "paintings",
        ),
        (
            "In his filings, Smith reports bonds in Harbor Savings Co. worth between $250,000 and"
            " $500,000.",
            "250,000",
            "bonds",
        ),
        ("The developer claims his net worth is in excess of $3 billion.", "3", "net worth"),
        (
            "The mayor ran up a catering bill in excess of $80,000 last year.",
            "80,000",
            "catering bill",
        ),
    ],
)
def test_sum_of_worth_names_what_is_worth_it(nlp, text, figure, subject):
    doc, mention = find_mention(nlp, text, figure)
    assert find_subject(doc, mention) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # no "worth": the noun after the sum says
        ("The group raised roughly $420,000 for new paintings.", "420,000", "worth"),
        # "worth" before a figure that is no sum
        ("One glowing review is worth a thousand of a critic's own words.", "thousand", "review"),
        # "worth" after the sum without "of" is not "worth of"
        ("They spent $50 million, worth every cent.", "50", "cent"),
    ],
)
def test_sum_without_worth_of_gets_no_worth_subject(nlp, text, figure, subject):
    doc, mention = find_mention(nlp, text, figure)
    assert subject not in find_subject(doc, mention).split()


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a bare count listed beside a counted noun, or the name that count is for
        ("The firm polled 1,020 likely voters in Ohio and 988 in Iowa.", "988", "likely voters"),
        ("Officials counted 300 ballots in Dover and 412 in Salem.", "412", "ballots"),
        (
            "The chairman announced six votes for Smith, 24 for Governor Jane Doe and three "
            "abstentions.",
            "24",
            "votes",
        ),
        ("Texas had the most seats — 36 in all — at stake.", "36", "most seats"),
        # the object of the same verb again, not the nearest count in a relative clause
        (
            "Lagos, with 900,000 people, had 1,210 robberies; Kano, which has 640,000 residents, "
            "had 702.",
            "702",
            "robberies",
        ),
        # a count with its own verb or noun keeps it
        ("Three people were killed and 5 injured in the crash.", "5", "injured"),
        ("Gunmen killed 3 people and wounded 5.", "5", "wounded"),
        ("Police arrested 4 men and 2 women.", "2", "women (woman)"),
    ],
)
def test_bare_count_beside_a_parallel_count_counts_its_noun(nlp, text, figure, subject):
    doc, mention = find_mention(nlp, text, figure)
    assert find_subject(doc, mention) == subject


def test_difference_beside_a_count_of_places_does_not_count_the_places(nlp):
    text = "Some 700 fires were logged in the three counties, 45 fewer than before."
    doc, mention = find_mention(nlp, text, "45")
    assert "counties" not in find_subject(doc, mention)


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a count of people said to be in a condition or in a hospital counts the injured
        (
            "Nine patients were admitted after the shooting. Of those, six are in good or fair "
            "condition, while three remain in serious condition.",
            "six",
            "injured",
        ),
        (
            "Nine patients were admitted after the shooting. Of those, six are in good or fair "
            "condition, while three remain in serious condition.",
            "three",
            "remain injured",
        ),
        (
            "Officers said one man was taken to a hospital in critical condition.",
            "one",
            "man injured",
        ),
        (
            "The three teens were flown to Mercy Hospital after the shooting, one in critical "
            "and two in stable condition.",
            "one",
            "teens injured",
        ),
        # a subject that names a state already keeps it
        ("Two victims were wounded and listed in critical condition.", "Two", "victims wounded"),
        # not a condition of things, nor one without harm told
        (
            "Of 40 bridges, 12 are in poor condition and two in good condition.",
            "two",
            "good condition",
        ),
        ("Two suspects were taken into custody after the shooting.", "Two", "suspects"),
        # the condition of a part counted after it is not the whole's
        (
            "The minister said 112 passengers had been admitted to hospitals, 27 of them in "
            "critical condition.",
            "112",
            "passengers",
        ),
        ("The two buildings were in good condition after the storm.", "two", "buildings"),
    ],
)
def test_count_of_people_in_care_counts_the_injured(nlp, text, figure, subject):
    doc, mention = find_mention(nlp, text, figure)
    assert find_subject(doc, mention) == subject


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # an amount added to or taken off something measures a change of that thing
        (
            "A panel estimated that a broad reform would add less than 2 percent to national "
            "output.",
            "2",
            "national output",
        ),
        (
            "Analysts said a long strike could shave about 0.2 percentage point off fourth-quarter "
            "growth.",
            "0.2",
            "fourth-quarter growth",  # the adjective on the compound stays (subj40)
        ),
        ("The levy would add about $52 a year to the water bill.", "52", "water bill add"),
        # "from" after a verb of raising names a source; a count keeps its own noun
        ("The bank raised $3 billion from investors.", "3", "raised"),
        ("The plant cut 300 jobs from its payroll.", "300", "jobs"),
        ("Exports added 1.5 percent in May.", "1.5", "Exports"),
    ],
)
def test_amount_added_to_or_taken_off_something_measures_that_thing(nlp, text, figure, subject):
    doc, mention = find_mention(nlp, text, figure)
    assert find_subject(doc, mention) == subject


@pytest.mark.parametrize(
    ("text", "figure", "said", "counts_it"),
    [
        ("Most backed the mayor's plan, while 13 percent were unsure.", "13", "unsure", True),
        ("Of voters, 80 percent were white and 12 percent were Hispanic.", "12", "Hispanic", True),
        ("Eighty percent were white, the exit poll found.", "Eighty", "white", True),
        ("The survey found 22 percent were undecided.", "22", "undecided", True),
        ("Of the crowd, 70 percent were white and 20 percent were Latino.", "20", "Latino", True),
        ("About 40 percent were students, the count showed.", "40", "students", True),
        ("The rest, 10 percent, was Smith's.", "10", "Smith", False),
        ("The poll found only 30 percent would vote for Jones.", "30", "vote", True),
        ("Many are torn, and up to 15 percent may not vote at all.", "15", "vote", True),
        ("Only 40 percent voted in the primary, officials said.", "40", "vote voted", True),
        # a share with its own "of", a comparative, a number or no copula keeps its subject
        ("In the poll, 54 percent of nurses were unsure.", "54", "unsure", False),
        ("Some 35 percent were more likely to back him.", "35", "more", False),
        ("In the primary, 40 percent were 50 or older.", "40", "50", False),
        ("Unemployment was 5 percent in May.", "5", "May", False),
        ("Among nurses, 56 percent would vote for Jones.", "56", "vote", False),
        ("Of the donors, 30 percent were Mary Smith.", "30", "Smith", False),
    ],
)
def test_bare_share_said_to_be_one_word_counts_what_that_word_names(
    nlp, text, figure, said, counts_it
):
    doc, mention = find_mention(nlp, text, figure)
    assert (find_subject(doc, mention) == said) is counts_it


@pytest.mark.parametrize(
    ("text", "figure", "answer"),
    [
        ("In the county poll, 18 percent said they would not vote at all.", "18", "not vote"),
        ("Of the nurses surveyed, about a quarter say they don't know.", "quarter", "don't know"),
        ('Farmers were split: 41% "strongly agree" with the levy.', "41%", "strongly agree"),
        ("Roughly six in 10 say the new tram reflects a waste of money.", "six", "waste"),
        (
            "Only 12 percent of riders backed it, with 9 percent not planning to ride.",
            "9",
            "not planning",
        ),
        ("Almost 30 percent, by contrast, said otherwise in the survey.", "30", "otherwise"),
    ],
)
def test_share_answering_a_question_counts_those_giving_the_answer(nlp, text, figure, answer):
    doc, mention = find_mention(nlp, text, figure)
    assert answer in find_subject(doc, mention)


def test_share_answering_keeps_the_group_it_counts(nlp):
    doc, mention = find_mention(nlp, "Seven in 10 Lutherans said the hall should close.", "Seven")
    assert find_subject(doc, mention) == "Lutherans hall should close"


def test_percentage_before_its_noun_in_a_result_sentence_keeps_the_noun(nlp):
    doc, mention = find_mention(
        nlp, "Ms. Ortiz has won only one primary with over 55% support.", "55"
    )
    assert find_subject(doc, mention) == "support"
