"""Invented challenge sentences for numbers that are not claims, and look-alikes that are
(session 38, branch fp46). Written for this set in the way local crime reporters and political
writers phrase things, not taken from any article, and holding shapes that
``challenge_fp45.py`` does not: number idioms ("think twice", "six figures", "one shot at"),
names built on a number ("the Gang of Eight", "Part 2", "Fortune 500"), codes and channels,
ages set off after a name at the end of a sentence or line, and look-alikes that are claims.
Gold README ("Dates, times, ages used as descriptors, ordinals, and numbers that are part of a
name are not claims"; "Neither are idioms") and docs/gold-conventions.md decide.

Each row: the kind of construction, the sentence, and the claim texts the gold would annotate in
it (an empty tuple when every number in it is a not-claim).
"""

from __future__ import annotations

CHALLENGE: list[tuple[str, str, tuple[str, ...]]] = [
    # idioms with "twice": a warning, not a count of acts
    ("think twice", "Voters may want to think twice before backing a tax on groceries.", ()),
    ("think twice", "The fine would make landlords think twice about evicting tenants.", ()),
    ("think twice", "Donors thought twice about writing checks after the scandal broke.", ()),
    ("think twice", "A higher tariff will make companies think twice before moving south.", ()),
    ("think twice", "Without thinking twice, the clerk handed over the cash, police said.", ()),
    ("think twice", "Anyone who breaks into a home here should think twice, the sheriff said.", ()),
    # vague amounts in "figures" and "digits"
    ("figures", "His speaking fees often ran into six figures, aides conceded.", ()),
    ("figures", "The settlement was said to be in the seven figures.", ()),
    ("figures", "Her legal bills have climbed into five figures, she said.", ()),
    ("figures", "Lobbyists for the firm earn salaries well into six figures.", ()),
    ("figures", "The governor's approval rating has fallen into single digits.", ()),
    # "one" in fixed phrases
    ("one shot", "You only get one shot at a first impression, the candidate told donors.", ()),
    ("one shot", "This is our one shot to fix the pension system, the treasurer said.", ()),
    ("one away", "Many families are just one paycheck away from losing their homes.", ()),
    ("one away", "Millions of workers are one illness away from bankruptcy, she argued.", ()),
    ("one way", "The race could go one way or the other in the final week.", ()),
    ("one way", "The council will settle the question one way or another by June.", ()),
    ("one and only", "The mayor's one and only priority is the new stadium, critics say.", ()),
    ("one example", "The closed clinic is just one example of the cuts, she said.", ()),
    ("one example", "Trade is only one factor among many in the election, he argued.", ()),
    ("one example", "The ad is but one illustration of how the race has changed.", ()),
    ("one example", "The vote was one facet of a wider fight over the budget.", ()),
    # hyperbole
    ("hyperbole", "I have said it a million times: we will not raise taxes, he said.", ()),
    ("hyperbole", "The ad has been repeated a thousand times on cable news.", ()),
    # names built on a number
    ("name", "He helped write the Gang of Eight bill on immigration in 2013.", ()),
    ("name", "Critics of the Gang of Eight plan rallied outside his office.", ()),
    ("name", "The Gang of Six never produced a budget deal.", ()),
    ("name", "The company cracked the Fortune 500 list for the first time.", ()),
    ("name", "Read Part 2 of our series on the county jail on Sunday.", ()),
    ("name", "This is part 3 of a five-part series on the opioid crisis.", ()),
    ("name", "The senator backs changes to Title IX and to Section 8 housing.", ()),
    ("name", "The shooting happened in the parking lot of a Motel 6 off the interstate.", ()),
    ("name", "Two men robbed a 7-Eleven on Main Street late Sunday.", ("Two",)),
    ("name", "The program funds K-12 schools in every county.", ()),
    ("name", "The show airs on SiriusXM Patriot 125 weekdays at 6 a.m.", ()),
    ("name", "His new book, Hard Truths: 12 Lessons for the Right, is out now.", ()),
    ("name", "The 49ers beat the Rams on Sunday in front of a home crowd.", ()),
    ("name", "Apollo 11 landed on the moon in July 1969.", ()),
    ("name", "He quoted the 9/11 commission report at length.", ()),
    ("name", "The pollster's site, [538], gave her a 70 percent chance.", ("70 percent",)),
    # codes, channels and error messages
    ("code", "This video is restricted from playing in your location. Error code: 17.", ()),
    ("code", "The page showed only an error, Ecode: 11, and no video.", ()),
    ("code", "Use promo code 25 at checkout, the campaign email said.", ()),
    ("channel", "The debate will air on Channel 4 at 8 p.m. Thursday.", ()),
    ("channel", "The mayor told KSL 5 that the budget is balanced.", ()),
    # ages set off after a name
    ("age", "The neighbors are scared, said Maria Lopez, 24.", ()),
    ("age", "Among the dead was Pierre Martin, 74\nMartin was a retired teacher.", ()),
    ("age", "James Hall (center), 40, waved to the crowd.", ()),
    ("age", "Volunteers as young as 17 knocked on doors, the campaign said.", ()),
    ("age", "Dana Price, 31, and her son, 9, were treated at the scene.", ()),
    ("age", "The victim's uncle, who is 56, said he was shocked.", ()),
    # serials, grades, ranks
    ("grade", "Students take the test in grades three through eight.", ()),
    ("rank", "The senator is the No. 2 Democrat in the chamber.", ()),
    ("rank", "The school ranked No. 1 in the state for the third year.", ()),
    ("time", "The call came in at 11:06 a.m., the dispatcher said.", ()),
    ("time", "Doors open at 6 p.m. and the speech starts at 7.", ()),
    ("date", "The primary is on March 15, and early voting starts March 1.", ()),
    ("year", "The 2016 race has been unlike any other, he said.", ()),
    # compound descriptors
    ("compound", "The two-hour hearing ended without a vote.", ()),
    ("compound", "The one-on-one interview aired on Sunday night.", ()),
    ("compound", "She won a six-figure settlement from the city.", ()),
    # look-alikes that ARE claims
    ("claim", "The victim was shot twice in the chest, police said.", ("twice",)),
    ("claim", "Voters in the county backed Obama twice, in 2008 and 2012.", ("twice",)),
    ("claim", "The senator has run for governor twice and lost both times.", ("twice",)),
    ("claim", "Crime Stoppers will pay up to $5,000 for information.", ("up to $5,000",)),
    (
        "claim",
        "The Gang of Eight bill would have legalized 11 million immigrants.",
        ("11 million",),
    ),
    ("claim", "He raised $600,000 in six weeks, his campaign said.", ("$600,000", "six weeks")),
    ("claim", "Only one candidate has filed paperwork so far, the clerk said.", ("one",)),
    ("claim", "The audit found one instance of fraud and two errors.", ("one", "two")),
    ("claim", "The shooter fired one shot into the air, witnesses said.", ("one",)),
    ("claim", "The video has been viewed 3 million times on Facebook.", ("3 million times",)),
    ("claim", "The ad aired 1,200 times in the Des Moines market.", ("1,200 times",)),
    ("claim", "Part-time workers make up 18 percent of the city's staff.", ("18 percent",)),
    ("claim", "Maria Lopez, 24, said 30 families live on the block.", ("30",)),
    ("claim", "Channel 4 reported that 12 people were hurt in the crash.", ("12",)),
    ("claim", "The campaign opened 10 new offices in Florida last week.", ("10",)),
    ("claim", "Police found 19 shell casings in the street.", ("19",)),
    ("claim", "The measure failed by 126 votes, county officials said.", ("126",)),
    ("claim", "Two people were killed and four were wounded, police said.", ("Two", "four")),
    ("claim", "The state has 99 counties, and he visited every one of them.", ("99",)),
    ("claim", "She has worked at the plant for 13 years.", ("13 years",)),
    ("claim", "Turnout was about 41 percent, officials said.", ("about 41 percent",)),
    ("claim", "The city spent $2 million on overtime in 2015.", ("$2 million",)),
    ("claim", "Trump spoke for 77 minutes, the longest speech of the night.", ("77 minutes",)),
    ("claim", "The Gang of Six met 40 times in two years.", ("40 times", "two years")),
    (
        "claim",
        "More than 20,000 people signed the petition in two days.",
        ("More than 20,000", "two days"),
    ),
]
