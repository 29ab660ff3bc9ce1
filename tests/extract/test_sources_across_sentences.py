"""Sources that hold across sentences, nominal sources and source kinds (issue 11).

Sentences are invented, parallel to real cases.
"""

import pytest

from factcheck.extract.sources.quotes import find_quotes
from factcheck.model import SourceKind
from tests.conftest import source_of


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a figure in a quotation belongs to its speaker
        # the quotation's second sentence keeps the speaker named after the first
        (
            "“The river rose fast,” the mayor said. “We lost 14 bridges in one night.”",
            "14",
            "the mayor",
        ),
        # a paragraph opening with a quotation continues the quotation of the paragraph before
        (
            "“We are stretched,” Lena Ortiz said.\n\n“Our crews worked 36 hours without rest.”",
            "36",
            "Lena Ortiz",
        ),
        # the reporting verb before the quotation names the speaker
        ("Ortiz said: “There are 19 shelters open.”", "19", "Ortiz"),
        # words of the quotation itself are never its source
        ("“That tells me we gained 9 seats,” Ortiz said.", "9", "Ortiz"),
        # not even when the parse hangs them on the reporting verb
        (
            'Lee won.\n\n"The early states are important, but they [award] only 4 percent of '
            'the delegates," campaign manager Robby Mook said.',
            "4 percent",
            "campaign manager Robby Mook",
        ),
        # a sentence that only introduces the quotation names its speaker
        (
            "Lena Ortiz, the union's director, said in a statement. “Some 4,100 members voted.”",
            "4,100",
            "Lena Ortiz",
        ),
        # negative: a figure outside every quotation keeps no source
        ("“We are stretched,” Ortiz said. The storm closed 40 schools.", "40", ""),
        # "according to" covers its sentence and paragraph
        # an "according to" anywhere in the sentence covers a figure the parse hangs elsewhere
        (
            "Other splits, according to the survey, include age (Ortiz leads by 31 points).",
            "31",
            "the survey",
        ),
        # an opening "According to X," gives no source to a stated figure of the next sentence
        # (lead59; it does to a count that sentence implies: test_sources23)
        (
            "According to the fire service, 40 homes burned in Ashby. In Brill, 12 were lost.",
            "12",
            "",
        ),
        # introductions and participles carry the speaker
        # a sentence ending in a colon announces the paragraph after it
        ("Ortiz argued that:\n\nOnly 2,200 families were admitted.", "2,200", "Ortiz"),
        # negative: a paragraph after a sentence that reports its own content
        ("Ortiz said the camp was full.\n\nOnly 2,200 families were admitted.", "2,200", ""),
        # a participle without a subject shares its sentence's subject
        ("Ortiz is more cautious, saying she favors a levy of $12.", "$12", "Ortiz"),
        # a reporting verb joined to the main verb shares its subject (an abbreviated title
        # stays with the name, as realgold8's gold writes "Sen. Ted Cruz")
        (
            "Gov. Ann Lee blasted the council and said the state spent $26 million on repairs.",
            "$26 million",
            "Gov. Ann Lee",
        ),
        # negative: not inside reported content, where the accused is no source
        (
            "Prosecutors said Dale submitted 11 forms, claiming the firm employed 90 people.",
            "90",
            "Prosecutors",
        ),
        # a quotation that closes its sentence is reported by the short sentence after it
        (
            "“Boston, if you are listening, find the 40,000 files that vanished.” Lee said.",
            "40,000",
            "Lee",
        ),
        ("“Did I lose five? Six?” Ortiz asks as an aide walks by.", "five", "Ortiz"),
        # negative: not when that sentence reports content of its own
        ("“The storm closed 40 schools.” Ortiz said the roads were clear.", "40", ""),
        # negative: nor when it opens the next paragraph
        ("“The storm closed 40 schools.”\n\nOrtiz said nothing more.", "40", ""),
        # a colon-ending sentence announces the paragraph after it, whoever speaks in it
        (
            "According to Paul Reed, writing for the Herald:\n\n"
            "The charity received as much as $12.1 million in fees from firms.",
            "$12.1 million",
            "Paul Reed",
        ),
        (
            "As Ann Weber of the Daily Post observed, the real winner was the crowd:\n\n"
            "“The clear winner of the night was the 4,000 people outside.”",
            "4,000",
            "Ann Weber of the Daily Post",
        ),
        (
            "The decline was noted, as the city website explains:\n\n"
            "“In the spring of 1990, some 70 residents met at the town hall.”",
            "70",
            "the city website",
        ),
        # negative: a sentence that does not end in a colon announces nothing
        (
            "As Ann Weber observed, the real winner was the crowd.\n\nThe hall held 4,000 people.",
            "4,000",
            "",
        ),
        # a verb whose object names a speech introduces the quotation after it
        (
            "Right after the storm, Lee issued a statement, “The city lost six bridges.”",
            "six",
            "Lee",
        ),
        (
            "Sen. Ann Cole tweeted a warning. “Remember, it took 30 days last time.”",
            "30",
            "Sen. Ann Cole",
        ),
        # negative: an object that is no speech does not
        ("Lee bought a house. “It cost $300,000 in the end.”", "$300,000", ""),
        # a finding needs what was found: a victim found outside is no source
        (
            "A third victim, a woman also found outside with at least one gunshot wound, "
            "was taken to a hospital.",
            "one",
            "",
        ),
        ("The study found that 40 percent of the wells were dry.", "40 percent", "The study"),
        (
            "Sixty percent of farmers in Ohio have a poor view of Lee, the poll found.",
            "Sixty percent",
            "the poll",
        ),
        # one of a group speaks for themself; two of a group are counted
        (
            "One of the former prosecutors said the two cases differ.",
            "two",
            "One of the former prosecutors",
        ),
        ("Two of the men said the 40 crates were empty.", "40", ""),
        # "X, who ..., said": the name before the relative clause reports
        (
            "Lee, meanwhile, who has zero such endorsements, said that fact speaks volumes "
            "about which of the three rivals is ready.",
            "three",
            "Lee",
        ),
        ("Forbes lists the brothers with just under $30 billion each.", "$30 billion", "Forbes"),
        ("Lee brags that he has held 100 town halls.", "100", "Lee"),
        # a trailing "records show" reports, however the parse reads it
        (
            "The firm paid $4 million for the site in 2012, court records show.",
            "$4 million",
            "court records",
        ),
        (
            "The plane was insured at a value of $12 million in 2009, records show.",
            "$12 million",
            "records",
        ),
        # negative: "shows" as a noun of its own clause
        ("The theatre cost $4 million, and its shows sold out.", "$4 million", ""),
        ("Rivers lose 4% of their water as summer heat breaks records", "4%", ""),
        # admitting people is no report; admitting that something happened is
        ("The state admitted 1,200 refugees last year.", "1,200", ""),
        ("Lee admitted that 30 files were lost.", "30", "Lee"),
        # a poll or report "showing" a figure is its source
        ("The council met after reports showing 320 homes were empty.", "320", "reports"),
        # a document released by someone speaks for them
        (
            "Ann Carr, the party's director, released a statement confirming it will double "
            "the 216 staff.",
            "216",
            "Ann Carr",
        ),
        # negative: not people showing something
        ("Residents showing their tickets got 20 percent off.", "20 percent", ""),
        # a relative pronoun that the parse hangs on a date is no source: the agent speaks
        (
            "The toll is above an initial count released by the authorities on Friday, "
            "which listed 276 cases.",
            "276",
            "the authorities",
        ),
        # a verbless sentence split off at an abbreviation takes the attribution before it
        (
            "The latest poll shows Ann Carr leading at 40 percent and Bo Lind at 12 percent, "
            "with Govs. Chris Christie and John Kasich, 7 and 5 percent respectively.",
            "7",
            "The latest poll",
        ),
        # negative: a sentence with a verb of its own after an abbreviation keeps its own
        (
            "Ann Carr said the bill passed in the U.S. It costs 12 dollars a head now.",
            "12",
            "",
        ),
        # the subject the parse loses to a name's age is the reporting verb's
        (
            "As part of her plea, Dorota Kwiat, 51, said that she defrauded nearly 300 "
            "Canadians from her office.",
            "300",
            "Dorota Kwiat",
        ),
        # negative: an age with no reporting verb after it names no source
        ("As part of her plea, Dorota Kwiat, 51, defrauded nearly 300 Canadians.", "300", ""),
        # a paragraph opening with a closing mark opens a quotation; the next one continues it
        (
            "Lee won the county.\n\n” … in the county, the race is over,” wrote the Ledger. "
            "“Lee took 812 of the 1,200 votes.”",
            "812",
            "the Ledger",
        ),
        # negative: a poll framing another figure of the sentence
        (
            "Sales fell 4.1% to $2.3 billion, below the $2.5 billion average estimate in a "
            "Reuters survey of economists.",
            "4.1%",
            "",
        ),
        # negative: only a poll frames a sentence from anywhere in it
        ("Two men were held in the case, and 40 cars were found.", "40", ""),
    ],
)
def test_source_holds_across_sentences(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source


def test_they_stands_for_the_unnamed_people_who_spoke_before(nlp):
    text = "Officials said 30 people died. They said 12 more were missing."
    assert source_of(nlp, text, "12") == ("Officials", SourceKind.ANONYMOUS)


def test_quotation_without_a_reporting_verb_of_its_own_inherits_the_previous_speaker(nlp):
    doc = nlp("“One,” Ortiz said. “Two.”\n\nUnrelated text here. “Three.”")
    quotes = find_quotes(doc)
    assert [doc.text[q.start : q.end] for q in quotes] == ["One,", "Two.", "Three."]
    assert quotes[0].cue is not None and quotes[1].cue == quotes[0].cue


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # an unnamed role named in the next sentence, by a person who goes on speaking
        (
            "A Red Cross official estimated 9,200 dead. Anna Weber, speaking to reporters, "
            "added that roads were cut.",
            "9,200",
            ("Anna Weber", SourceKind.NAMED_PERSON),
        ),
        # negative: a person already named is someone else
        (
            "Anna Weber arrived. A Red Cross official estimated 9,200 dead. Anna Weber "
            "added that roads were cut.",
            "9,200",
            ("A Red Cross official", SourceKind.ANONYMOUS),
        ),
        # negative: a new person who does not go on from the official
        (
            "A Red Cross official estimated 9,200 dead. Anna Weber said roads were cut.",
            "9,200",
            ("A Red Cross official", SourceKind.ANONYMOUS),
        ),
        # a quoted answer's "he" is the one asked, not the asker
        (
            "Lee asked Ruiz how tall the wall would be.\n\n“I think it could be 40 feet,” he said.",
            "40 feet",
            ("Ruiz", SourceKind.NAMED_PERSON),
        ),
        # negative: names inside the quotation are not whom "he" means
        (
            "The rally ran late.\n\n“Bush and Obama sent 40 people back,” he said.",
            "40",
            ("he", SourceKind.ANONYMOUS),
        ),
        # negative: not beyond the three sentences before
        (
            "Ann Lee spoke first.\n\nThe hall was full. The band played. The crowd sang. Then "
            "it rained.\n\nHe said 40 people left.",
            "40",
            ("He", SourceKind.ANONYMOUS),
        ),
        # a definite role stands for the person given that role before
        (
            "Senator Ann Lee visited the plant. The senator said 40 jobs were lost.",
            "40",
            ("The senator", SourceKind.NAMED_PERSON),
        ),
        # negative: a role no named person was given
        (
            "Senator Ann Lee visited the plant. The lawyer said 40 jobs were lost.",
            "40",
            ("The lawyer", SourceKind.ANONYMOUS),
        ),
    ],
)
def test_source_mentions_are_resolved_across_sentences(nlp, text, figure, source):
    assert source_of(nlp, text, figure) == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a name and a colon before a quotation name its speaker, over the next paragraph too
        ("Turnout rose.\n\nMore from Jane Ruiz: “Our data show 39 percent.”", "39", "Jane Ruiz"),
        (
            "Turnout rose.\n\nMore from Jane Ruiz: “Our data show 39 percent.\n\n"
            "“It jumped to 55 percent later.”",
            "55",
            "Jane Ruiz",
        ),
        # a clause ending in a colon introduces the quotation, whatever its verb
        (
            "Lee has since apologized for it: “I should have used two accounts.”",
            "two",
            "Lee",
        ),
        # negative: a colon after a common noun names no one
        ("Turnout rose.\n\nThe upshot: “only 39 percent voted.”", "39", ""),
        # an owned claim, estimate or tally speaks for its owner, written whole
        (
            "Despite Mr. Lee's claim that his firm is worth $10 billion, analysts doubt it.",
            "$10 billion",
            "Mr. Lee's claim",
        ),
        (
            "By the Associated Press's tally, she now has 739 delegates.",
            "739",
            "the Associated Press's tally",
        ),
        # a plan reports nothing (src55: tuning golds none; PolNeAR gives its owner)
        ("Ms. Ruiz's plan would raise $15 billion in new taxes.", "$15 billion", ""),
        # a document with its author is written whole (real gold)
        (
            "The poll by the Ardent Institute showed Lee leading, 46 percent to 44 percent.",
            "46 percent",
            "The poll by the Ardent Institute",
        ),
        (
            "The survey, conducted by the Ardent Institute, finds Lee at 46 percent.",
            "46 percent",
            "The survey, conducted by the Ardent Institute",
        ),
        # negative: a statement from a body still gives the body
        ("A statement from the military said 40 soldiers died.", "40", "the military"),
        # a dash ends the phrase, and of two handles the first is the source
        (
            "Update: 2 people died according to @HadleyPolice @KTV4 — Ann Ruiz (@AnnR) May 2, 2019",
            "2",
            "@HadleyPolice",
        ),
        # a report noun is the source of the clause it frames
        ("He dismissed reports that 300 people were arrested.", "300", "reports"),
        # the one who denies a figure is not its source
        ("The accused denied taking $5,000 from the fund.", "$5,000", ""),
        # negative: what the denier says in their own words is theirs
        ("The ministry disputed the toll, saying only 12 died.", "12", "The ministry"),
        # negative: a relative clause about a plan is not what the plan says
        ("Fans opposed his plan, which cut the 36 holes to 18.", "36", ""),
        # negative: a date is no owner
        ("July's figure was revised to 157,000 jobs.", "157,000", ""),
        # verbs of belief attribute what they expect; a proposal is an aim (src55: tuning golds)
        ("The companies expect to save $2 billion by cutting jobs.", "$2 billion", "The companies"),
        ("Mr. Cardin has proposed a 10 percent tax on sales.", "10 percent", ""),
        # negative: an act is no attribution, nor the one who acts
        ("The gunman shot 4 people outside the bar.", "4", ""),
        # a demonstrative is a fact, not a speaker; a relative "that" still names its noun
        ("Lee counted the ballots. That suggests 40 percent of voters stayed home.", "40", ""),
        ("The county issued a report that said 40 percent stayed home.", "40", "a report"),
        # a question's "who" is no speaker; the WHO is
        ("Who told you that 90 percent of the files were sent?", "90", ""),
        ("The WHO said 90 percent of the clinics were closed.", "90", "The WHO"),
        # "adds up to" is arithmetic, not a speaker adding
        ("Ann Carr wrote the memo. “It all adds up to 90 jobs a year,” Carr said.", "90", "Carr"),
        # whoever offers a reward sets its sum
        (
            "Harlow deputies raised the reward for the arsonist by $4,000.",
            "$4,000",
            "Harlow deputies",
        ),
        ("Metro Tip Line will pay up to $2,500 for tips on the arson.", "$2,500", "Metro Tip Line"),
        # negative: paying for something else is no reward
        ("The county will pay $5,000 for new roads.", "$5,000", ""),
        # the poll that asked those counted is their source
        (
            "Fewer than half of the voters surveyed in a new poll released Monday back Lee.",
            "half",
            "a new poll",
        ),
        ("Some 40 percent of adults polled by the firm chose Lee.", "40 percent", "the firm"),
        # negative: a participle that asks no one
        ("Half of the men arrested in May were freed.", "Half", ""),
        # a poll reporting in the sentence covers a figure the parse hangs elsewhere
        (
            "The debate took place as a new poll showed Lee ahead, while Dahl was at 18%.",
            "18%",
            "a new poll",
        ),
        # "each" of those counted is no source
        ("Two men each wrote messages on the candles.", "Two", ""),
        # a reporting verb misparsed as a modifier of its subject still names it
        (
            "A local radio station reported on Monday that as many as 15 people had died, "
            "but the health department said it had no record.",
            "15",
            "A local radio station",
        ),
    ],
)
def test_nominal_and_introduced_sources(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source
