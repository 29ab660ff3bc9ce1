"""Invented challenge sentences for the source of a figure in political news (session 38,
branch src46). Each passage gives a figure a source the way campaign and government reporting
writes it: a reporting gerund after a preposition ("erred in saying that", "responded by
noting that"), a reminder ("reminded voters that"), a quotation closed by an interviewer's or
rival's verb ("Hannity pressed", "Ortiz countered"), a role written before the name, a poll
threshold inside a speaker's sentence, a share of respondents inside a poll's finding, two
sources in one sentence, a colon-led transcript line, and the plain shapes beside them
(", X said"; "according to X"; "X told"). Written for this set, not taken from any article.
Gold README "Source kinds"; docs/gold-conventions.md, "Titles and roles before names" and
"Documents 'by' an organisation".

Each row: the passage, the figure's text, the source text expected and its kind.
``NEGATIVES`` give a figure no source: a preposition of an act ("by beating"), a reminder of
no clause, a request ("pressed for").
"""

from __future__ import annotations

PERSON = "named_person"
ORG = "named_org"
ANON = "anonymous"
NONE = "none"

CHALLENGE: list[tuple[str, str, str, str]] = [
    # a reporting gerund after a preposition speaks with its head verb's subject
    (
        "Senator Hal Brenner erred in saying that 70 percent of the money went to overhead.",
        "70 percent",
        "Senator Hal Brenner",
        PERSON,
    ),
    (
        "Marta Quill responded by saying that the plan would cost $3 billion.",
        "$3 billion",
        "Marta Quill",
        PERSON,
    ),
    (
        "Governor Tess Allard opened the session by noting that unemployment had fallen to 4.1 percent.",
        "4.1 percent",
        "Governor Tess Allard",
        PERSON,
    ),
    (
        "Dan Okafor defended the vote by arguing that 12,000 jobs were at stake.",
        "12,000",
        "Dan Okafor",
        PERSON,
    ),
    (
        "Rep. Lena Moss closed her speech by claiming that 300 factories had shut down.",
        "300",
        "Rep. Lena Moss",
        PERSON,
    ),
    (
        "The Fairfield Institute caused a stir in estimating that 2 million voters would stay home.",
        "2 million",
        "The Fairfield Institute",
        ORG,
    ),
    (
        "Victor Haines angered rivals by asserting that he had won 14 of the 20 counties.",
        "14",
        "Victor Haines",
        PERSON,
    ),
    (
        "Carla Denby hit back at the mayor by pointing out that the city had lost 5,000 residents.",
        "5,000",
        "Carla Denby",
        PERSON,
    ),
    (
        "Oren Blake was mistaken in stating that the bill had 60 co-sponsors.",
        "60",
        "Oren Blake",
        PERSON,
    ),
    (
        "Nadia Ferraro set the tone early by declaring that her campaign had raised $9 million.",
        "$9 million",
        "Nadia Ferraro",
        PERSON,
    ),
    (
        "After saying that the state would hire 500 new teachers, Governor Ray Colton left the stage.",
        "500",
        "Governor Ray Colton",
        PERSON,
    ),
    (
        "Bill Sandoval drew applause by promising voters that he would cut 10 percent of the budget.",
        "10 percent",
        "Bill Sandoval",
        PERSON,
    ),
    # a reminder reports its clause
    (
        "Ellen Brock attacked her rival by reminding voters that his company had cut 3,000 jobs.",
        "3,000",
        "Ellen Brock",
        PERSON,
    ),
    (
        "Mayor Joel Pike reminded reporters that crime had dropped 15 percent on his watch.",
        "15 percent",
        "Mayor Joel Pike",
        PERSON,
    ),
    (
        "In the ad, Rita Vance reminds viewers that she voted to cut taxes by $400 million.",
        "$400 million",
        "Rita Vance",
        PERSON,
    ),
    (
        "Tom Ashby reminded the crowd that only 38 percent of eligible voters turned out last time.",
        "38 percent",
        "Tom Ashby",
        PERSON,
    ),
    (
        "Sen. Ada Crane reminded colleagues that the program served 2.4 million families.",
        "2.4 million",
        "Sen. Ada Crane",
        PERSON,
    ),
    (
        "Gina Loft kept reminding donors that she trailed by only 4 points.",
        "4 points",
        "Gina Loft",
        PERSON,
    ),
    # a quotation closed by a rejoinder or a follow-up question
    (
        '"Would you deport all 11 million?" Hannah Rusk pressed.',
        "11 million",
        "Hannah Rusk",
        PERSON,
    ),
    ('"We carried 40 counties," Joel Ortiz countered.', "40", "Joel Ortiz", PERSON),
    ('"That is a $2 billion hole," Marie Kell interjected.', "$2 billion", "Marie Kell", PERSON),
    (
        '"You lost 12 states in a row," Peter Hale pressed. "Why stay in?"',
        "12",
        "Peter Hale",
        PERSON,
    ),
    ('"Is it 30 percent or 40 percent?" Anna Whitt asked.', "30 percent", "Anna Whitt", PERSON),
    (
        '"We raised $5 million in a week," Dale Murrow countered, smiling.',
        "$5 million",
        "Dale Murrow",
        PERSON,
    ),
    (
        '"How do you pay for 200,000 new officers?" Lara Finch asked.',
        "200,000",
        "Lara Finch",
        PERSON,
    ),
    (
        '"Only 9 percent of those were violent," Kim Arden countered.',
        "9 percent",
        "Kim Arden",
        PERSON,
    ),
    # a role written before the name stays with it
    (
        '"He has less than 20 percent with Hispanics," said Republican strategist Al Corrado.',
        "20 percent",
        "Republican strategist Al Corrado",
        PERSON,
    ),
    (
        "Democratic pollster Jane Roth said the senator led by 6 points.",
        "6 points",
        "Democratic pollster Jane Roth",
        PERSON,
    ),
    (
        "Campaign manager Luis Parra said the team had knocked on 80,000 doors.",
        "80,000",
        "Campaign manager Luis Parra",
        PERSON,
    ),
    (
        "State party chairman Bo Whitley said 1,200 delegates would attend.",
        "1,200",
        "State party chairman Bo Whitley",
        PERSON,
    ),
    (
        "Sen. Ada Crane said the bill would cost $40 billion.",
        "$40 billion",
        "Sen. Ada Crane",
        PERSON,
    ),
    (
        "Gov. Ray Colton said 300 National Guard troops would be deployed.",
        "300",
        "Gov. Ray Colton",
        PERSON,
    ),
    ("Mr. Hale said he had visited 45 states.", "45", "Mr. Hale", PERSON),
    (
        "Former Treasury Secretary Ann Bly said the deficit would reach $1 trillion.",
        "$1 trillion",
        "Former Treasury Secretary Ann Bly",
        PERSON,
    ),
    # a poll threshold inside a speaker's sentence is the speaker's
    (
        "Dale Murrow said he would run as an independent if he reached 15 percent in the polls.",
        "15 percent",
        "Dale Murrow",
        PERSON,
    ),
    (
        "Candidates need 15 percent in national polls to make the debate stage, the commission said.",
        "15 percent",
        "the commission",
        ORG,
    ),
    (
        "Anna Whitt told reporters she would quit if she fell below 5 percent in the polls.",
        "5 percent",
        "Anna Whitt",
        PERSON,
    ),
    (
        "Party rules require 10 percent in the polls to qualify, Chairman Bo Whitley said.",
        "10 percent",
        "Chairman Bo Whitley",
        PERSON,
    ),
    # a share of respondents inside a poll's finding is the poll's
    (
        "A Harwell College poll found that twice as many Democrats as Republicans said the economy was improving.",
        "twice",
        "A Harwell College poll",
        ORG,
    ),
    (
        "A new Lakeside survey found that 58 percent of voters said the state was on the wrong track.",
        "58 percent",
        "A new Lakeside survey",
        ORG,
    ),
    (
        "In the Bayview poll, three times as many women as men said they would vote early.",
        "three times",
        "the Bayview poll",
        ORG,
    ),
    (
        "The Crestline poll showed 44 percent of independents backing Lee.",
        "44 percent",
        "The Crestline poll",
        ORG,
    ),
    (
        "Nearly twice as many voters said they opposed the tax, according to the Marlow poll.",
        "Nearly twice",
        "the Marlow poll",
        ORG,
    ),
    # what a source says of a thing: the thing is not the source
    (
        "The magazine said its reader poll winner had picked the right candidate in five of the past six elections.",
        "five",
        "The magazine",
        ORG,
    ),
    (
        "The Ledger reported that the survey's top finisher had won 7 of the last 8 contests.",
        "7",
        "The Ledger",
        ORG,
    ),
    (
        "Officials said the winning ticket was sold in a town of 3,000 people.",
        "3,000",
        "Officials",
        ANON,
    ),
    # two sources in one sentence
    (
        "Forbes puts his fortune at $4.5 billion, while Bloomberg says it is $2.9 billion.",
        "$2.9 billion",
        "Bloomberg",
        ORG,
    ),
    (
        "Lee said he had 300 delegates, but the Associated Press counted 280.",
        "280",
        "the Associated Press",
        ORG,
    ),
    (
        "The campaign claimed 20,000 attended; police said about 8,000 came.",
        "about 8,000",
        "police",
        ORG,
    ),
    (
        "Joel Ortiz says the plan costs $5 billion, and Peter Hale says it costs $9 billion.",
        "$9 billion",
        "Peter Hale",
        PERSON,
    ),
    (
        "The EPA proposed 17 billion gallons, well below the 22 billion gallons Congress had sought.",
        "17 billion",
        "The EPA",
        ORG,
    ),
    # a colon-led transcript line
    (
        'Rep. Ann Lowry (R-Ohio): "Who told you that 90 percent of the e-mails were in the system?"',
        "90 percent",
        "Rep. Ann Lowry",
        PERSON,
    ),
    ("LOWRY: We counted 62,000 pages, not 30,000.", "62,000", "LOWRY", PERSON),
    ("HALE: I have been to 45 states this year.", "45", "HALE", PERSON),
    # the plain shapes beside them
    (
        "The bill would cost $12 billion over a decade, Sen. Ada Crane said.",
        "$12 billion",
        "Sen. Ada Crane",
        PERSON,
    ),
    (
        "According to the Congressional Budget Office, the plan would cost $400 billion.",
        "$400 billion",
        "the Congressional Budget Office",
        ORG,
    ),
    ("Ortiz told reporters that his campaign had 150 staff in Iowa.", "150", "Ortiz", PERSON),
    ("The campaign said it raised $20 million in January.", "$20 million", "The campaign", ORG),
    (
        "Turnout reached 62 percent, state election officials said.",
        "62 percent",
        "state election officials",
        ANON,
    ),
    (
        "Peter Hale announced that he had raised $6 million in the quarter.",
        "$6 million",
        "Peter Hale",
        PERSON,
    ),
    (
        "The Associated Press reported that 49 people were killed.",
        "49",
        "The Associated Press",
        ORG,
    ),
    (
        "In a statement, the Treasury said the deficit fell to $587 billion.",
        "$587 billion",
        "the Treasury",
        ORG,
    ),
    (
        "Ann Bly, a former Treasury official, said the cuts would save $30 billion.",
        "$30 billion",
        "Ann Bly",
        PERSON,
    ),
    (
        "The report by the Harwell Institute found that 1 in 4 workers had no savings.",
        "1 in 4",
        "The report by the Harwell Institute",
        ORG,
    ),
    (
        "A spokeswoman for the governor said 400 workers would be furloughed.",
        "400",
        "A spokeswoman for the governor",
        ANON,
    ),
    (
        "Senate Democrats said the package would cost $1.1 billion.",
        "$1.1 billion",
        "Senate Democrats",
        ORG,
    ),
    (
        '"We knocked on 100,000 doors," said Luis Parra, the campaign manager.',
        "100,000",
        "Luis Parra",
        PERSON,
    ),
    (
        "Mr. Ortiz noted that 40 percent of the district is rural.",
        "40 percent",
        "Mr. Ortiz",
        PERSON,
    ),
    ("The Pentagon estimated that 3,500 troops would be needed.", "3,500", "The Pentagon", ORG),
    ("Lee wrote on Twitter that 2,000 people came to the rally.", "2,000", "Lee", PERSON),
    (
        "Fewer than 30 percent of voters approve of Congress, a Gallup poll found.",
        "Fewer than 30 percent",
        "a Gallup poll",
        ORG,
    ),
    (
        "Joel Ortiz, the state treasurer, said the fund held $8 billion.",
        "$8 billion",
        "Joel Ortiz",
        PERSON,
    ),
    (
        "Peter Hale insisted that he would win at least 20 delegates.",
        "at least 20",
        "Peter Hale",
        PERSON,
    ),
    ("The White House said 14 agencies would take part.", "14", "The White House", ORG),
    (
        "Joel Ortiz argued that the tax would hit 3 million families.",
        "3 million",
        "Joel Ortiz",
        PERSON,
    ),
    (
        "Ann Bly acknowledged that the program had lost $40 million.",
        "$40 million",
        "Ann Bly",
        PERSON,
    ),
    ("Two aides said the senator would visit 12 states.", "12", "Two aides", ANON),
    ("The council voted 7 to 2 to approve the plan, the clerk said.", "7", "the clerk", PERSON),
    ("Polls show Ortiz ahead by 10 points.", "10 points", "Polls", ANON),
    ("The governor's office said 1,500 homes lost power.", "1,500", "The governor's office", ORG),
    ("Ann Lowry warned that 80,000 people could lose coverage.", "80,000", "Ann Lowry", PERSON),
    ("Peter Hale predicted that turnout would top 70 percent.", "70 percent", "Peter Hale", PERSON),
    (
        "The Bayview Tribune reported that the mayor spent $90,000 on travel.",
        "$90,000",
        "The Bayview Tribune",
        ORG,
    ),
    (
        "In an interview, Ortiz said he would need 1,237 delegates to win outright.",
        "1,237",
        "Ortiz",
        PERSON,
    ),
]

NEGATIVES: list[tuple[str, str]] = [
    ("Lee won the seat by beating 3 rivals.", "3"),
    ("The governor reminded reporters of the 2008 race, when he won 55 percent.", "55 percent"),
    ("Unions pressed for a $15 minimum wage.", "$15"),
    ("The campaign countered the ad with 3 new spots of its own.", "3"),
    ("After winning 14 states, Lee moved on to Ohio.", "14"),
    ("Ortiz spent the day in Iowa, visiting 6 towns.", "6"),
    ("The candidate started his run by touring 10 factories.", "10"),
    ("Hale voted against the $700 billion bailout.", "$700 billion"),
    ("The campaign countered by suggesting 4 other dates for the debate.", "4"),
]
