import pytest
from spacy.tokens import Doc

from factcheck.extract import extract_claims
from factcheck.extract.sources.attribution import classify_source, find_source
from factcheck.model import SourceKind
from tests.conftest import find_mention

_NONE = SourceKind.NONE


@pytest.mark.parametrize(
    ("text", "figure", "source", "kind"),
    [
        (
            "The pauses could help, a second US official said, adding that Hamas holds "
            "roughly 240 hostages.",
            "240",
            "a second US official",
            SourceKind.ANONYMOUS,
        ),
        (
            "Reuters reported that the hostages are believed to include roughly 10 Americans.",
            "10",
            "Reuters",
            SourceKind.NAMED_ORG,
        ),
        (
            "The attack left over 1,400 people dead in Israel, the official clarified.",
            "1,400",
            "the official",
            SourceKind.ANONYMOUS,
        ),
        (
            "Blinken said he has five main agenda items for his trip.",
            "five",
            "Blinken",
            SourceKind.NAMED_PERSON,
        ),
        (
            "Police said 12 people were arrested.",
            "12",
            "Police",
            SourceKind.NAMED_ORG,
        ),
        (
            "Durbin stood apart from the 18 Democrats who signed the resolution.",
            "18",
            "",
            SourceKind.NONE,
        ),
        (
            "The army said its forces killed more than 50 militants, while the ministry "
            "said 23 civilians had died.",
            "50",
            "The army",
            SourceKind.NAMED_ORG,
        ),
        (
            "U.S. employers added 187,000 jobs in August, the Labor Department said.",
            "187,000",
            "the Labor Department",
            SourceKind.NAMED_ORG,
        ),
        (
            "More than 120 aftershocks had been recorded by Tuesday morning, AFAD said.",
            "120",
            "AFAD",
            SourceKind.NAMED_ORG,
        ),
        (
            "Ridgeway, which last month reported revenue of $4.5bn, said talks would go on.",
            "4.5bn",
            "Ridgeway",
            SourceKind.NAMED_ORG,
        ),
        (
            "The bank will cut about 1,200 jobs, two people familiar with the matter said.",
            "1,200",
            "two people familiar with the matter",
            SourceKind.ANONYMOUS,
        ),
        (
            "A senior Western diplomat in Kestra said there were about 20 incidents.",
            "20",
            "A senior Western diplomat in Kestra",  # where, kept as the real golds do
            SourceKind.ANONYMOUS,
        ),
        (
            "The bank had 12,940 employees, according to its annual report.",
            "12,940",
            "its annual report",
            SourceKind.NAMED_ORG,
        ),
        (
            "Bond issuers made up an estimated 40% of the market, analysts at Sandgate "
            "Research said.",
            "40%",
            "analysts at Sandgate Research",
            # people of a named firm speak unnamed (docs/gold-conventions.md, "People at a
            # named body", session 72: 8 wire sets for; the dev and real gold against)
            SourceKind.ANONYMOUS,
        ),
        (
            "A local radio station reported that as many as 15 people had died.",
            "15",
            "A local radio station",
            SourceKind.ANONYMOUS,
        ),
        (
            "Train was doing 140 km/h before derailment, minister says",
            "140",
            "minister",
            SourceKind.NAMED_PERSON,
        ),
        (
            # session-64 ruling: an acronym in brackets after a name is left out of the source
            "At least 61 people drowned, the International Organization for Migration (IOM) said.",
            "61",
            "the International Organization for Migration",
            SourceKind.NAMED_ORG,
        ),
        (
            "The boat left carrying around 86 people, most of them from Nigeria, IOM said.",
            "86",
            "IOM",
            SourceKind.NAMED_ORG,
        ),
        ("The charity said 143 people were rescued.", "143", "The charity", SourceKind.NAMED_ORG),
        # issue 11: nominal sources, kinds and phrases on real-news patterns
        ("The poll surveyed 812 likely voters.", "812", "The poll", SourceKind.NAMED_ORG),
        (
            "In a Harbor Institute poll released Monday, 47 percent of voters backed the levy.",
            "47",
            "a Harbor Institute poll",
            SourceKind.NAMED_ORG,
        ),
        ("There were reports of 300 missing.", "300", "reports", SourceKind.ANONYMOUS),
        (
            "The regional rescue agency raised the death toll to 118.",
            "118",
            "The regional rescue agency",
            SourceKind.NAMED_ORG,
        ),
        # the innermost attribution wins over the speaker who embeds it
        (
            "The senator said the study found 70 percent of wells were dry.",
            "70",
            "the study",
            SourceKind.NAMED_ORG,
        ),
        # negative: a survey noun that is only counted is no source
        ("Officials printed 500 survey forms.", "500", "", SourceKind.NONE),
        ("The state said 212 roads were closed.", "212", "The state", SourceKind.NAMED_ORG),
        (
            "The Coastal Safety Board (CSB) said 17 boats sank.",
            "17",
            "The Coastal Safety Board",
            SourceKind.NAMED_ORG,
        ),
        (
            "A ferry company spokesman, Tomas Berg, said 210 passengers were aboard.",
            "210",
            "Tomas Berg",  # the name, not the appositive (session 70)
            SourceKind.NAMED_PERSON,
        ),
        # a share of those counted who say something is no source
        (
            "The survey showed that 61 percent of nurses said they would strike, while 22 "
            "percent would not.",
            "22",
            "The survey",
            SourceKind.NAMED_ORG,
        ),
        # what a passive verb counts is no source
        ("The race could tip by 6 points once the ballots are counted.", "6", "", SourceKind.NONE),
        # where a figure comes from is its source
        (
            'The "40 to 45 percent" figure came from the Lee campaign.',
            "45 percent",
            "the Lee campaign",
            SourceKind.NAMED_ORG,
        ),
        # negative: where the counted come from is no source
        ("Most of the 40 workers came from Ohio.", "40", "", SourceKind.NONE),
        # negative: a participle reports nothing of its own
        ("The cases reported in 14 states rose again.", "14", "", SourceKind.NONE),
        # an inverted "said X" whose name the parse reads as an adverb
        (
            "Bill Skelly, a data operative, backed them.\n\n“We have 12 people on it,” said "
            "Skelly, adding that more would come.",
            "12",
            "Skelly",
            SourceKind.NAMED_PERSON,
        ),
        # negative: a date after "said" is no speaker
        ("“We have 12 people on it,” said Tuesday, adding more.", "12", "", SourceKind.NONE),
        # what the counted are found to be is no finding: no source
        ("Father, 2 sons found dead in Dayton home", "2", "", SourceKind.NONE),
        # a picture that shows someone depicts, it reports no figure
        (
            "This undated photo provided by the Ohio State Patrol shows Tom Reyes, the man "
            "sought in the shooting of four people in two towns.",
            "four",
            "",
            SourceKind.NONE,
        ),
        (
            "A video posted online shows three men running from the store.",
            "three",
            "",
            SourceKind.NONE,
        ),
        # negative: a report that shows a figure still reports it
        (
            "A report released by the Ohio State Patrol shows 40 crashes in May.",
            "40",
            "A report released by the Ohio State Patrol",  # written whole (src3, conventions)
            SourceKind.NAMED_ORG,
        ),
        # a record that stands at a figure is a mark, not a document
        (
            "The county's single-year record, set in 1988, stands at 52 homicides.",
            "52",
            "",
            SourceKind.NONE,
        ),
        # negative: an owned document that states a figure stays its source
        (
            "The county's annual report lists 52 homicides.",
            "52",
            "The county's annual report",
            SourceKind.NAMED_ORG,
        ),
        # who a relative clause on the figure says expected it
        (
            "The retailer reported a profit of $1.78 per share, well above the $1.11 a share "
            "that analysts expected.",
            "$1.11",
            "analysts",
            SourceKind.ANONYMOUS,
        ),
        # negative: a relative clause of another verb names no source
        ("Lee won the 40 seats that she had targeted.", "40", "", SourceKind.NONE),
        # "they" in a clause on the main clause's object stands for its plural subject
        (
            "Lakeview Police arrested a man they say fired a shotgun that injured four people.",
            "four",
            "Lakeview Police",
            SourceKind.NAMED_ORG,
        ),
        (
            "Deputies are looking for a man who they believe wounded two women.",
            "two",
            "Deputies",
            SourceKind.NAMED_ORG,
        ),
        # a group joined to the speaking group is one source (realgold8's README)
        (
            "Five men were hurt when a gunman fired into a deli, police and witnesses said.",
            "Five",
            "police and witnesses",
            SourceKind.NAMED_ORG,
        ),
        # ... also where the parse joins the closing subject to the noun before the comma
        (
            "Four men, including three bystanders, were wounded early Friday when a gunman "
            "fired into a Queens deli, police and witnesses said.",
            "three",
            "police and witnesses",
            SourceKind.NAMED_ORG,
        ),
        # negative: not a joined person, nor a joined phrase holding a figure
        ("Officials and the mayor said 5 people died.", "5", "Officials", SourceKind.ANONYMOUS),
        ("Police and 3 witnesses said 5 people died.", "5", "Police", SourceKind.NAMED_ORG),
        # negative: a person named as the subject is no "they"
        ("Ann Lee met a man they say wounded two women.", "two", "", SourceKind.NONE),
        # a closing "..., records show" the parse reads as an object; records of a kind one
        # could look up are an organisation's (realgold3's gold writes them named_org)
        (
            "A company called Orion Holdings gave $4,000 to the PAC on June 2, 2015, campaign "
            "finance records show.",
            "$4,000",
            "campaign finance records",
            SourceKind.NAMED_ORG,
        ),
        # people found are an act, not a finding
        (
            "Responding deputies found just two of the stabbing victims inside.",
            "two",
            "",
            SourceKind.NONE,
        ),
        ("Police found 2 men dead in a car.", "2", "", SourceKind.NONE),
        # the state people were found in, parsed as a clause, is no finding either
        ("When deputies arrived, they found 4 people wounded.", "4", "", SourceKind.NONE),
        ("Officers found two men shot in a car.", "two", "", SourceKind.NONE),
        # negative: a finding "that" they were wounded still reports
        # (a definite document is named_org: conventions, "Documents 'by' an organisation")
        ("The review found that 4 were wounded.", "4", "The review", SourceKind.NAMED_ORG),
        # a time clause opening the sentence sets the writer's scene, not the speaker's words
        (
            "As the school stayed shut, a day after a gunman wounded 3 pupils, his aunt told a "
            "paper he was ill.",
            "3",
            "",
            SourceKind.NONE,
        ),
        # negative: a closing reporting clause still covers the clause before it
        ("3 pupils were wounded, police said.", "3", "police", SourceKind.NAMED_ORG),
        (
            "Soon after, 3 pupils were wounded at a school nearby, police said.",
            "3",
            "police",
            SourceKind.NAMED_ORG,
        ),
        (
            "As his parents called 911, Lee shot 3 drivers on the freeway, police said.",
            "3",
            "police",
            SourceKind.NAMED_ORG,
        ),
        # negative: a time clause without the figure leaves the speaker's words to the speaker
        (
            "After the vote, Lee said 40 percent backed him.",
            "40 percent",
            "Lee",
            SourceKind.NAMED_PERSON,
        ),
        # an "according to" on the clause wins over a poll framing it ("in national polls")
        (
            "Lee leads Ruiz in state polls by 4 points, according to the average compiled by "
            "Pollwatch.",
            "4 points",
            "the average compiled by Pollwatch",
            SourceKind.NAMED_ORG,
        ),
        # negative: without an "according to" the framing poll stays the source
        (
            "Lee leads Ruiz in a new poll by 4 points.",
            "4 points",
            "a new poll",
            SourceKind.NAMED_ORG,
        ),
        # negative: a finding with its object still reports
        ("The audit found 31 errors in the ledger.", "31", "The audit", SourceKind.NAMED_ORG),
        # a that-clause a person or body asserts, whatever the verb, is theirs
        (
            "Judge Ann Cole ruled that 17-year-olds who turn 18 by May may vote.",
            "18",
            "Judge Ann Cole",
            SourceKind.NAMED_PERSON,
        ),
        (
            "Obama held a rally to boast that jobless claims fell below 4 percent.",
            "4 percent",
            "Obama",
            SourceKind.NAMED_PERSON,
        ),
        # ... also a closing one: ", the coroner's office determined."
        (
            "Two of the victims were shot in the back, the county coroner's office determined.",
            "Two",
            "the county coroner's office",
            SourceKind.NAMED_ORG,
        ),
        # what a newsroom is told, by no one it names, is the phrase's, anonymous
        ("We're told the wife was hit 3 times.", "3", "We're told", SourceKind.ANONYMOUS),
        ("We are told 12 people were hurt.", "12", "We are told", SourceKind.ANONYMOUS),
        ("KTV5 is told there were six kids inside.", "six", "KTV5 is told", SourceKind.ANONYMOUS),
        # negative: a person told something, a body told something, a telling by someone
        ("Lee was told he owed $500.", "$500", "", _NONE),
        ("The ministry was told that 40 guards were ready.", "40", "", _NONE),
        ("We were told by police that two men were shot.", "two", "police", SourceKind.NAMED_ORG),
        # negative: where a reporting verb goes is the writer's scene
        ("Deputies responded to three shootings on Elm Street.", "three", "", _NONE),
        # what a report's object is about stays the report's (releasing or revealing the names
        # or details of people is an act on them, gvasrc39: test_gvasrc39.py)
        (
            "Police announced more about why a man shot two riders.",
            "two",
            "Police",
            SourceKind.NAMED_ORG,
        ),
        # its content stays its own, and so does what a speaker talks about
        ("Lee talked about 8 runners who stopped to help.", "8", "Lee", SourceKind.NAMED_PERSON),
        ("Lee pointed to 8 polls that show her ahead.", "8", "Lee", SourceKind.NAMED_PERSON),
        ("Deputies responded that three men were shot.", "three", "Deputies", SourceKind.NAMED_ORG),
        ("The chief told reporters 2 sons were shot.", "2", "The chief", SourceKind.NAMED_PERSON),
        # negative: a question is no assertion, nor what a body only weighs
        ("The mayor asked whether 40 people had died.", "40", "", _NONE),
        ("Trustees weigh whether to put a $9 million bond to a vote.", "$9 million", "", _NONE),
        # negative: the one who denies is not the source
        ("Lee denied that 30 guards were fired.", "30", "", _NONE),
        # a word with a capital inside is a name, however the parse tags it
        (
            "Turnout rose 4 percent, according to VoteTrackerPro.",
            "4 percent",
            "VoteTrackerPro",
            SourceKind.NAMED_ORG,
        ),
        # negative: a common noun after "according to" names no one
        (
            "Turnout rose 4 percent, according to estimates.",
            "4 percent",
            "estimates",
            SourceKind.ANONYMOUS,
        ),
        # negative: a clause after a semicolon is not closed by the next clause's verb
        ("Ortiz leads 49 percent to 39 percent; Ruiz would beat her.", "49 percent", "", _NONE),
    ],
)
def test_source_is_the_nearest_attribution_in_the_sentence(nlp, text, figure, source, kind):
    doc, mention = find_mention(nlp, text, figure)
    found = find_source(doc, mention.number_token(doc))
    assert (found.text, found.kind) == (source, kind)


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        # a short name is a person when the article names that person in full
        (
            "Officer Dana Whitcombe arrived first. Whitcombe said 3 shots were fired.",
            "3",
            SourceKind.NAMED_PERSON,
        ),
        (
            "Darla Pemberton hid inside. “I heard 5 shots,” said Pemberton. Pemberton called "
            "911. Pemberton said her door broke.",
            "5",
            SourceKind.NAMED_PERSON,
        ),
        # a short name tagged a person is the organisation the article names in full
        (
            "Morton Freight GmbH will cut 900 jobs. Morton said it expects 12 new orders.",
            "12",
            SourceKind.NAMED_ORG,
        ),
        # negative: a title makes it a person's, whatever the article names in full
        (
            "Morton Freight GmbH will cut 900 jobs. Mr. Morton said he expects 12 new orders.",
            "12",
            SourceKind.NAMED_PERSON,
        ),
        # negative: a short name of an organisation named in full stays an organisation
        (
            "Harrow Analytics published a study. Harrow said 40 percent of firms cut jobs.",
            "40",
            SourceKind.NAMED_ORG,
        ),
        # what the article says a name is decides its kind: a charity in apposition is an
        # organisation, an employee named with his role is a person, however the name is tagged
        (
            "Maria Stella, a Greek rescue charity, said its crew pulled 40 people from the sea.",
            "40",
            SourceKind.NAMED_ORG,
        ),
        (
            "Hotel employee Denver Haskett heard the shots. Haskett said he saw 3 men on the floor.",
            "3",
            SourceKind.NAMED_PERSON,
        ),
        # negative: a description naming neither kind leaves the name as the tagger reads it
        (
            "Tomas Brandt, a longtime fixture of the scene, said 40 boats were lost.",
            "40",
            SourceKind.NAMED_PERSON,
        ),
    ],
)
def test_short_name_takes_the_kind_of_the_full_name(nlp, text, figure, kind):
    doc, mention = find_mention(nlp, text, figure)
    assert find_source(doc, mention.number_token(doc)).kind is kind


def test_according_to_in_the_clause_wins_over_the_sentence_reporting_verb(nlp):
    text = (
        "Blinken told reporters that civilians bear the brunt, as the death count crossed "
        "9,000, according to the Hamas-run Gaza health ministry."
    )
    doc, mention = find_mention(nlp, text, "9,000")
    found = find_source(doc, mention.number_token(doc))
    assert found.text == "the Hamas-run Gaza health ministry"
    assert found.kind is SourceKind.NAMED_ORG


def test_pronoun_source_resolves_to_the_person_named_before(nlp):
    text = "Antony Blinken arrived in Amman on Friday. He said 30 aid trucks entered Gaza."
    doc, mention = find_mention(nlp, text, "30")
    found = find_source(doc, mention.number_token(doc))
    assert found.kind is SourceKind.NAMED_PERSON
    assert "Blinken" in found.text


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind"),
    [
        (
            "Libya's ambassador to the UN spoke.",
            "Libya's ambassador to the UN",
            SourceKind.NAMED_PERSON,
        ),
        (
            "The head of the rescue services spoke.",
            "The head of the rescue services",
            SourceKind.NAMED_PERSON,
        ),
        ("Prosecutors spoke.", "Prosecutors", SourceKind.NAMED_ORG),
        # law enforcement speaking as a body is an organisation, as "police" is
        ("Deputies spoke.", "Deputies", SourceKind.NAMED_ORG),
        ("Investigators spoke.", "Investigators", SourceKind.NAMED_ORG),
        # negative: one deputy, or a number of officers, are unnamed people
        ("A deputy spoke.", "A deputy", SourceKind.ANONYMOUS),
        ("Two officers spoke.", "Two officers", SourceKind.ANONYMOUS),
        ("Several officers spoke.", "Several officers", SourceKind.ANONYMOUS),
        # officers speaking as a body are the police (realgold4 README, realgold10 gold)
        ("Officers spoke.", "Officers", SourceKind.NAMED_ORG),
        ("The officers spoke.", "The officers", SourceKind.NAMED_ORG),
        # people close to a victim are unnamed people, also opening a sentence, where the
        # parse reads the word as a name; a named family is not
        ("Family said so.", "Family", SourceKind.ANONYMOUS),
        ("Loved ones said so.", "Loved ones", SourceKind.ANONYMOUS),
        ("Relatives said so.", "Relatives", SourceKind.ANONYMOUS),
        ("Neighbors said so.", "Neighbors", SourceKind.ANONYMOUS),
        ("Officer on the scene says so.", "Officer", SourceKind.ANONYMOUS),
        ("Kessler said so.", "Kessler", SourceKind.NAMED_PERSON),
        ("March organizers spoke.", "March organizers", SourceKind.NAMED_ORG),
        ("The health ministry spoke.", "The health ministry", SourceKind.NAMED_ORG),
        ("Sources familiar with the talks spoke.", "Sources", SourceKind.ANONYMOUS),
        ("A senior Arab diplomat spoke.", "A senior Arab diplomat", SourceKind.ANONYMOUS),
        ("An ambassador spoke.", "An ambassador", SourceKind.ANONYMOUS),
        ("Kamala Harris spoke.", "Kamala Harris", SourceKind.NAMED_PERSON),
        # unqualified "authorities" are as unspecified as "officials"; qualified ones are not
        ("Authorities spoke.", "Authorities", SourceKind.ANONYMOUS),
        ("Provincial authorities spoke.", "Provincial authorities", SourceKind.NAMED_ORG),
        ("Fresno authorities spoke.", "Fresno authorities", SourceKind.NAMED_ORG),
        # people of a named organisation speak unnamed (session 72); a poll's are the poll's
        ("Analysts at Harrow Capital spoke.", "Analysts at Harrow Capital", SourceKind.ANONYMOUS),
        (
            "Economists polled by Wirecast spoke.",
            "Economists polled by Wirecast",
            SourceKind.NAMED_ORG,
        ),
        ("Residents of Chicago spoke.", "Residents of Chicago", SourceKind.ANONYMOUS),
        ("Analysts spoke.", "Analysts", SourceKind.ANONYMOUS),
        # a record one could look up speaks for its keeper; bare "reports" are unspecified
        ("The criminal complaint spoke.", "The criminal complaint", SourceKind.NAMED_ORG),
        ("Its website listed them.", "Its website", SourceKind.NAMED_ORG),
        ("Court filing records show it.", "Court filing records", SourceKind.NAMED_ORG),
        ("Unofficial county results show it.", "Unofficial county results", SourceKind.NAMED_ORG),
        (
            "A report in the Valley Ledger said so.",
            "A report in the Valley Ledger",
            SourceKind.NAMED_ORG,
        ),
        ("Reports said so.", "Reports", SourceKind.ANONYMOUS),
        ("A report said so.", "A report", SourceKind.ANONYMOUS),
        # polls no pollster owns are unspecified; one poll, or a named pollster's, is not
        ("Exit polls suggested it.", "Exit polls", SourceKind.ANONYMOUS),
        (
            "The latest polling in Ohio shows it.",
            "The latest polling in Ohio",
            SourceKind.ANONYMOUS,
        ),
        ("Recent Marist polls show it.", "Recent Marist polls", SourceKind.NAMED_ORG),
        ("A new poll shows it.", "A new poll", SourceKind.NAMED_ORG),
        # "cops" and "dispatchers" speak for the police as "police" does; one cop does not
        ("Cops said so.", "Cops", SourceKind.NAMED_ORG),
        ("Dispatchers said so.", "Dispatchers", SourceKind.NAMED_ORG),
        ("A cop said so.", "A cop", SourceKind.ANONYMOUS),
        # a county has one sheriff, with "the" or "a" (realgold6 gold: "a sheriff" named_person,
        # three claims; no gold writes it anonymous)
        ("The sheriff said so.", "The sheriff", SourceKind.NAMED_PERSON),
        ("A sheriff said so.", "A sheriff", SourceKind.NAMED_PERSON),
        # a body's release and court paperwork speak for their keeper; "a release" does not
        ("The release said so.", "The release", SourceKind.NAMED_ORG),
        ("Online court paperwork shows it.", "Online court paperwork", SourceKind.NAMED_ORG),
        ("A release said so.", "A release", SourceKind.ANONYMOUS),
        # a name the parse reads as a noun, or that modifies the noun, names a body
        (
            "A Harrow Analytics average of polls shows it.",
            "A Harrow Analytics average of polls",
            SourceKind.NAMED_ORG,
        ),
        ("The May average shows it.", "The May average", SourceKind.ANONYMOUS),
    ],
)
def test_source_kind_follows_the_gold_conventions(nlp, sentence, phrase, kind):
    doc = nlp(sentence)
    start = sentence.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    assert classify_source(span) is kind


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "A statement from the Israeli military said 450 targets were struck.",
            "450",
            "the Israeli military",
        ),
        (
            # "from" gives the body; figures "by" a body are written whole (test_wire_source_kinds)
            "Figures from the UN show 1.4 million people have been displaced.",
            "1.4",
            "the UN",
        ),
    ],
)
def test_document_source_is_the_body_behind_it(nlp, text, figure, source):
    doc, mention = find_mention(nlp, text, figure)
    found = find_source(doc, mention.number_token(doc))
    assert (found.text, found.kind) == (source, SourceKind.NAMED_ORG)


def test_subject_containing_the_figure_is_not_its_source(nlp):
    text = "The attack left over 1,400 people dead in Israel, the official clarified."
    doc, mention = find_mention(nlp, text, "1,400")
    assert find_source(doc, mention.number_token(doc)).text == "the official"


def test_pronoun_source_is_the_last_speaker_of_its_kind(nlp):
    text = (
        "The health department said in a statement that one child had died. "
        "The other eight victims were children under five, it said."
    )
    doc, mention = find_mention(nlp, text, "eight")
    found = find_source(doc, mention.number_token(doc))
    assert (found.text, found.kind) == ("The health department", SourceKind.NAMED_ORG)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "The bank will cut about 1,200 jobs, two people familiar with the matter, who "
            "asked not to be named, said.",
            "1,200",
            "two people familiar with the matter",
        ),
        (
            "World Health Organization spokesperson Daniel Amadou said 1.2 million doses "
            "were on their way.",
            "1.2",
            "World Health Organization spokesperson Daniel Amadou",
        ),
        # a title of address, or a local-news role, stays with the name (the real golds)
        ("Crews cleared the road. Chief Ann Varga says 14 homes burned.", "14", "Chief Ann Varga"),
        ("Police said so. Trooper Ann Lee says 3 cars crashed.", "3", "Trooper Ann Lee"),
        (
            "Marion County Sheriff R. Ortega said up to 4 people died.",
            "4",
            "Marion County Sheriff R. Ortega",
        ),
        ("Neighbor Lisa Grant said she heard about a dozen shots.", "dozen", "Neighbor Lisa Grant"),
        # an abbreviated title stays too, wherever the period leaves it
        ("The fire burned 3 barns, said Sgt. Ray Ortiz.", "3", "Sgt. Ray Ortiz"),
        ("Sgt. Ray Ortiz said 3 barns burned.", "3", "Sgt. Ray Ortiz"),
        (
            "Sen. Ann Duval (D-Ore.), a budget hawk, said the plan costs $4 billion.",
            "$4 billion",
            "Sen. Ann Duval",
        ),
        # negative: no title, or an abbreviation that is no title
        ("The fire burned 3 barns, said Ray Ortiz.", "3", "Ray Ortiz"),
        ("Acme Corp. Ray Ortiz said 3 barns burned.", "3", "Ray Ortiz"),
        # negative: a corporate title is not a title of address
        (
            "Chief Financial Officer Dana Lee said revenue fell 6 percent.",
            "6 percent",
            "Dana Lee",
        ),
        # an office of a place or body before the name stays with it (the real golds)
        (
            "Oregon State Senator Ann Duval said the plan costs $4 billion.",
            "$4 billion",
            "Oregon State Senator Ann Duval",
        ),
        (
            "Nevada Secretary of State Ann Lee announced that 120,000 voters turned out.",
            "120,000",
            "Nevada Secretary of State Ann Lee",
        ),
        (
            "Ohio Highway Patrol Lt. Ray Ortiz said 3 cars crashed.",
            "3",
            "Ohio Highway Patrol Lt. Ray Ortiz",
        ),
        # negative: an undersecretary's title is left out (tests/corpus; split with wire2o)
        ("Finance Undersecretary Ann Lee said 40 clinics closed.", "40", "Ann Lee"),
        # negative: a role after the name, set off by commas, is not part of it
        ("Lisa Grant, a neighbor, said she heard about a dozen shots.", "dozen", "Lisa Grant"),
        # negative: no role, the name alone
        ("Lisa Grant said she heard about a dozen shots.", "dozen", "Lisa Grant"),
        # an "in" phrase that says which source stays with it (the real golds)
        (
            "An aide in the county office said 45 homes burned.",
            "45",
            "An aide in the county office",
        ),
        ("A diplomat in Lisbon said 300 people had left.", "300", "A diplomat in Lisbon"),
        # negative: the medium it speaks in is not part of the source
        ("The mayor in a statement said 12 roads were closed.", "12", "The mayor"),
        # negative: an "in" phrase holding the figure
        ("Officials in 14 counties said the roads were closed.", "14", ""),
    ],
)
def test_source_phrase_stops_at_clauses_and_keeps_local_roles_and_places(nlp, text, figure, source):
    doc, mention = find_mention(nlp, text, figure)
    assert find_source(doc, mention.number_token(doc)).text == source


def test_military_reporting_its_own_strikes_is_partisan(nlp):
    text = (
        "The Israel Defense Forces said its aircraft and artillery struck 150 targets "
        "across the Strip overnight."
    )
    claim = extract_claims(nlp(text), doc_name="t").claims[0]
    assert "partisan_source" in [c.kind.value for c in claim.caveats]


def test_source_phrase_keeps_the_whole_name(nlp):
    text = (
        "Carbon dioxide reached 424 parts per million, according to the US National Oceanic "
        "and Atmospheric Administration."
    )
    doc, mention = find_mention(nlp, text, "424")
    found = find_source(doc, mention.number_token(doc)).text
    assert found == "the US National Oceanic and Atmospheric Administration"


def _parsed(nlp, words, heads, deps, tags, ents=None):
    """A Doc with a given parse: the parser's reading of real sentences varies with context."""
    pos = {"VBD": "VERB", "VBN": "VERB", "NNP": "PROPN", "NNS": "NOUN", "NN": "NOUN", "CD": "NUM"}
    pos.update({"JJ": "ADJ", "DT": "DET", "IN": "ADP"})
    lemmas = {"reported": "report", "said": "say", "wrote": "write", "were": "be"}
    return Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=[pos.get(t, "PUNCT") for t in tags],
        lemmas=[lemmas.get(w, w.lower()) for w in words],
        ents=ents or ["B-ORG" if t == "NNP" else "O" for t in tags],
    )


@pytest.mark.parametrize(("tag", "source"), [("VBD", "The Courier"), ("VBN", "")])
def test_finite_reporting_verb_parsed_as_a_modifier_of_its_subject_reports(nlp, tag, source):
    # "The Courier reported of two victims." with "reported" hung on "Courier" (acl); a
    # participle ("the cases reported of ...") reports nothing of its own
    words = ["The", "Courier", "reported", "of", "two", "victims", "."]
    tags = ["DT", "NNP", tag, "IN", "CD", "NNS", "."]
    deps = ["det", "ROOT", "acl", "prep", "nummod", "pobj", "punct"]
    doc = _parsed(nlp, words, [1, 1, 1, 2, 5, 3, 1], deps, tags)
    assert find_source(doc, doc[4]).text == source


@pytest.mark.parametrize(
    ("speaker", "source"),
    [
        # "..., the company said." after the second subject's comma: the company speaks
        (["the", "company"], "the company"),
        # negative: "most" alone is what is counted, no source
        ([], ""),
    ],
)
def test_closing_subject_of_a_doubled_subject_reports(nlp, speaker, source):
    # "The truck carried 30 workers, most from farms, the company said." with "most" read
    # as a second subject of "said"
    words = ["The", "truck", "carried", "30", "workers", ",", "most", "from", "farms", ","]
    words += [*speaker, "said", "."]
    n = len(words)
    said = n - 2
    heads = [1, 2, said, 4, 2, said, said, 6, 7, said]
    deps = ["det", "nsubj", "ccomp", "nummod", "dobj", "punct", "nsubj", "prep", "pobj", "punct"]
    tags = ["DT", "NN", "VBD", "CD", "NNS", ",", "JJ", "IN", "NNS", ","]
    if speaker:
        heads += [said - 1, said]
        deps += ["det", "nsubj"]
        tags += ["DT", "NN"]
    heads += [said, said]
    deps += ["ROOT", "punct"]
    tags += ["VBD", "."]
    doc = _parsed(nlp, words, heads, deps, tags, ["O"] * n)
    assert find_source(doc, doc[3]).text == source


@pytest.mark.parametrize(
    ("name", "ents", "source"),
    [
        (["Mark", "Feld"], ["B-PERSON", "I-PERSON"], "Mark Feld"),
        # negative: a place in apposition does not write anything
        (["Ridge", "Hall"], ["B-FAC", "I-FAC"], ""),
    ],
)
def test_name_read_as_an_apposition_before_a_reporting_verb_is_its_subject(nlp, name, ents, source):
    # "Two letters were moved to storage, Mark Feld, the clerk, wrote." with the name hung
    # on "storage" as an apposition and "wrote" left without a subject
    words = ["Two", "letters", "were", "moved", "to", "storage", ",", *name, ","]
    words += ["the", "clerk", ",", "wrote", "."]
    heads = [1, 3, 3, 13, 3, 4, 5, 8, 5, 8, 11, 8, 13, 13, 13]
    deps = ["nummod", "nsubjpass", "auxpass", "ccomp", "prep", "pobj", "punct", "compound"]
    deps += ["appos", "punct", "det", "appos", "punct", "ROOT", "punct"]
    tags = ["CD", "NNS", "VBD", "VBN", "IN", "NN", ",", "NNP", "NNP", ",", "DT", "NN", ","]
    tags += ["VBD", "."]
    doc = _parsed(nlp, words, heads, deps, tags, ["O"] * 7 + ents + ["O"] * 6)
    assert find_source(doc, doc[0]).text == source


@pytest.mark.parametrize(
    ("first", "tag", "source"),
    [
        # "Eastside police said ..." with "Eastside" parsed as a sentence of its own
        ("Eastside", "NNP", "Eastside police"),
        # negative: a first word that is no name stays out of the source
        ("Later", "JJ", "police"),
    ],
)
def test_first_word_split_off_as_a_sentence_joins_the_source_after_it(nlp, first, tag, source):
    words = [first, "police", "said", "four", "people", "were", "shot", "."]
    heads = [0, 2, 2, 4, 6, 6, 2, 2]
    deps = ["ROOT", "nsubj", "ROOT", "nummod", "nsubjpass", "auxpass", "ccomp", "punct"]
    tags = [tag, "NNS", "VBD", "CD", "NNS", "VBD", "VBN", "."]
    doc = _parsed(nlp, words, heads, deps, tags, ents=["O"] * len(words))
    assert find_source(doc, doc[3]).text == source
