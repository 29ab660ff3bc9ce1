"""Invented challenge sentences for the figure-level caveats `hedged`, `preliminary` and
`disputed` (session 38, branch cav46). Written for this set in the way political and local news
phrase them, not taken from any article. Gold README "Caveat kinds" (hedged: the figure is a
belief, estimate or allegation; disputed: someone contests the figure; preliminary: the figure
may change) and its list of what is not a caveat (a modal about the future, a forecast, a plan, a
conditional not about the figure); docs/gold-conventions.md '"Appears", "apparently",
"suggest" as hedges' and "Victims of an act someone is accused of".

Each row: the sentence, the figure's text, and the set of these three kinds the figure carries
(other kinds, such as `anonymous_source`, are not scored here).

Choices made where the README and conventions leave room:
- "as many as", "up to", "at least" set `approx`, not a caveat, unless a hedge word governs
  the figure as well.
- "an estimated N" and "estimates N" are `hedged` (README lists "estimated").
- A cost a proposal "would"/"could" have, a forecast ("is expected to reach", "projected to")
  and a plan ("plans to hire") are not hedged: the README excludes forecasts and plans.
- "so far" and "as of Tuesday" alone do not make a toll preliminary; "the toll is expected to
  rise", "early counts", "initial results", "with N percent of precincts reporting" do.
- A poll's margin of error is not a caveat on the poll's figure.
- Two sources giving different figures for the same count dispute each other (README
  "disputed": someone contests the figure); the rows below put the contest in words.
"""

from __future__ import annotations

H = frozenset({"hedged"})
P = frozenset({"preliminary"})
D = frozenset({"disputed"})
NONE: frozenset[str] = frozenset()

CHALLENGE: list[tuple[str, str, frozenset[str]]] = [
    # hedged: estimates, beliefs, reports, allegations governing the figure
    ("An estimated 3,000 people attended the rally, organizers said.", "3,000", H),
    ("The fire caused an estimated $2 million in damage, the fire chief said.", "$2 million", H),
    ("Police estimated the crowd at 5,000.", "5,000", H),
    ("Organizers estimate that 12,000 marchers took part.", "12,000", H),
    ("The gunman reportedly fired 30 rounds before fleeing.", "30", H),
    ("The senator reportedly raised $4 million in the last quarter.", "$4 million", H),
    ("The suspect is believed to have stolen $40,000 from the church.", "$40,000", H),
    ("Four people are believed to have been inside the house when it collapsed.", "Four", H),
    ("The man allegedly stole $12,000 from his employer.", "$12,000", H),
    ("The treasurer allegedly diverted $250,000 in campaign funds.", "$250,000", H),
    ("The damage could be as high as $10 million, the mayor said.", "$10 million", H),
    ("The death toll could be as high as 200, aid groups said.", "200", H),
    ("It appears two shots were fired, the sergeant said.", "two", H),
    ("The driver appears to have been going 90 miles an hour.", "90 miles an hour", H),
    ("About 40 people are feared dead after the ferry sank.", "About 40", H),
    ("Two hikers are presumed dead after the avalanche.", "Two", H),
    ("Officials think about 600 homes lost power.", "about 600", H),
    ("Investigators suspect that 3 people set the fires.", "3", H),
    ("The campaign claimed it had signed up 50,000 volunteers.", "50,000", H),
    ("The group claims 10,000 members nationwide.", "10,000", H),
    ("The company is thought to employ about 1,200 people in the state.", "about 1,200", H),
    ("Roughly 300 voters were said to have been turned away.", "Roughly 300", H),
    ("The gang is suspected of stealing 14 cars last month.", "14", H),
    ("She is accused of embezzling $85,000 from the school board.", "$85,000", H),
    ("Early returns suggest turnout fell by 10 percent.", "10 percent", H),
    ("The bill would reportedly cost $1.5 billion.", "$1.5 billion", H),
    ("Some 20 protesters were reportedly detained.", "20", H),
    ("Analysts estimated the deficit at $600 billion.", "$600 billion", H),
    ("The donor apparently gave $2 million to the super PAC.", "$2 million", H),
    ("The car was believed to be carrying five people.", "five", H),
    # not hedged: plans, forecasts, proposals, conditionals, ordinary modals, accused acts' victims
    ("The city plans to hire 40 new officers next year.", "40", NONE),
    ("The governor will sign the $3 billion budget on Friday.", "$3 billion", NONE),
    ("The proposal could cost taxpayers $2 billion over a decade.", "$2 billion", NONE),
    ("If elected, she would cut taxes by 10 percent.", "10 percent", NONE),
    ("The new plant is expected to employ 500 workers.", "500", NONE),
    ("The deficit is projected to reach $1 trillion by 2020.", "$1 trillion", NONE),
    ("The council may vote on the $5 million contract next month.", "$5 million", NONE),
    ("A man suspected of killing three people was arrested Tuesday.", "three", NONE),
    (
        "The poll found Clinton leading by 6 points, with a margin of error of 3 points.",
        "6 points",
        NONE,
    ),
    ("The poll of 800 likely voters has a margin of error of 3.5 percentage points.", "800", NONE),
    ("Two people were killed in the crash, police said.", "Two", NONE),
    ("The campaign said it raised $20 million in March.", "$20 million", NONE),
    ("The school board approved a $45 million budget on Monday.", "$45 million", NONE),
    ("He said he would bring back 25 million jobs.", "25 million", NONE),
    ("The measure would raise the minimum wage to $15 an hour.", "$15 an hour", NONE),
    ("Three officers appeared in court on Monday.", "Three", NONE),
    ("The fire destroyed 12 homes, the chief said.", "12", NONE),
    ("The state could lose 3,000 jobs if the plant closes.", "3,000", NONE),
    ("Trump won 45 percent of the vote in Nevada.", "45 percent", NONE),
    ("The county reported 14 new cases on Friday.", "14", NONE),
    # preliminary: the figure may change
    ("Preliminary results show the mayor winning 54 percent of the vote.", "54 percent", P),
    ("According to early counts, 1,200 ballots were rejected.", "1,200", P),
    ("The death toll rose to 17 and is expected to rise, officials said.", "17", P),
    ("At least 9 people died in the flooding, and the toll may rise.", "At least 9", P),
    ("Initial results gave the challenger 48 percent.", "48 percent", P),
    ("Sanders led by 12 points with 80 percent of precincts reporting.", "12 points", P),
    ("The preliminary damage estimate stands at $8 million.", "$8 million", P | H),
    ("Unofficial returns show the levy passing with 52 percent.", "52 percent", P),
    ("The county's initial count found 312 provisional ballots.", "312", P),
    ("The storm killed 6 people, a number officials said could climb.", "6", P),
    (
        "Officials said 23 people were missing, a figure that could change as searches continue.",
        "23",
        P,
    ),
    ("Early estimates put the turnout at 40 percent.", "40 percent", P | H),
    (
        "The unemployment rate fell to 4.9 percent, according to preliminary figures.",
        "4.9 percent",
        P,
    ),
    ("With most votes counted, Clinton had 52 percent.", "52 percent", P),
    ("The tally of 15 dead is provisional, the agency said.", "15", P),
    ("Results so far give the incumbent 61 percent.", "61 percent", P),
    # not preliminary
    ("The final count showed the measure passing with 58 percent.", "58 percent", NONE),
    ("Ten people have died so far this year in traffic crashes.", "Ten", NONE),
    ("The state has spent $2 million on the project as of June.", "$2 million", NONE),
    ("Certified results gave the senator 53 percent.", "53 percent", NONE),
    # disputed: someone contests the figure
    ("The union said 2,000 workers walked out, a figure the company disputed.", "2,000", D),
    ("Organizers said 50,000 people marched, but police put the crowd at 15,000.", "50,000", D),
    ("Organizers said 50,000 people marched, but police put the crowd at 15,000.", "15,000", D),
    ("The campaign says it has 10,000 volunteers, a number its rivals dispute.", "10,000", D),
    ("The company denied that 300 jobs would be cut.", "300", D),
    ("The mayor rejected the report's figure of $4 million in overtime.", "$4 million", D),
    ("Critics say the real number is closer to 500.", "500", D),
    ("The department says 40 officers were hired, but the union says only 25 were.", "40", D),
    ("The department says 40 officers were hired, but the union says only 25 were.", "25", D),
    (
        "The audit found $1.2 million in improper payments, which the agency contests.",
        "$1.2 million",
        D,
    ),
    ("Trump said 30,000 people attended, a figure fire officials disputed.", "30,000", D),
    ("The group claims 5,000 members, though critics dispute that number.", "5,000", D | H),
    ("The White House disputed the estimate of 22 million uninsured.", "22 million", D | H),
    (
        "The district said it had 40 vacancies; the teachers union called that figure misleading.",
        "40",
        D,
    ),
    ("The hospital's count of 12 patients was challenged by the nurses' union.", "12", D),
    ("Her campaign denied she had received $675,000 in speaking fees.", "$675,000", D),
    # not disputed
    ("The senator said 300 jobs were lost, and the governor agreed.", "300", NONE),
    ("The company confirmed that 300 jobs would be cut.", "300", NONE),
    ("He denied wrongdoing and said he had repaid the 2 loans.", "2", NONE),
    ("The campaign rejected the attack ad, which ran 40 times in Iowa.", "40", NONE),
]
