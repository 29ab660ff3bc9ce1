"""Invented challenge sentences for figures we miss in political news (session 38, branch
pmiss46). Written for this set, never taken from an article: spans of time that assert
("has served for 22 years", "in the past 18 months"), word forms ("a handful", "a couple of",
"a fraction", "half a"), money written with scale words, coins and cents, bare counts and vote
tallies, number words with a unit, and negatives (names, ordinals, dates, idioms, titles,
compound descriptors, spans that only place an event in time, vague amounts).

Decided by the gold README ("Vague amounts", "Multipliers and spans of time"),
docs/gold-conventions.md and the tuning golds: "a couple"/"hundreds"/"tens of thousands" are
vague (realgold16 "a couple" idiom, realgold3 "hundreds of thousands"), and so are "a handful"
and "a fraction" (no single value); "-year"/"-term"
compounds are descriptors (realgold "two-year", realgold3 "six-term"); "N years ago" places an
event; "No. 2" is a rank (realgold20); a span a figure asserts is a claim (realgold20 "past 18
months", realgold16 "17 months"); "a penny" is a claim (realgold3).

Each row of ``CHALLENGE``: the sentence, the figure's span, its value.
``NEGATIVES``: the sentence and a number-like text in it that is no claim.
"""

from __future__ import annotations

CHALLENGE: list[tuple[str, str, float]] = [
    # spans of time that assert something checkable
    ("The congressman has represented the district for 30 years.", "30 years", 30),
    ("Wages have stagnated in the past 18 months, the report found.", "18 months", 18),
    ("The strike by state workers lasted six weeks.", "six weeks", 6),
    ("The senator served two terms as governor before running.", "two terms", 2),
    ("The seat has been held by a Democrat for nearly four decades.", "nearly four decades", 4),
    ("The budget standoff dragged on for 21 days.", "21 days", 21),
    ("Negotiators met for 14 hours before reaching a deal.", "14 hours", 14),
    ("The state has not executed anyone in more than a decade.", "more than a decade", 10),
    ("He spent 11 years on the city council.", "11 years", 11),
    ("The hearing lasted almost five hours.", "almost five hours", 5),
    ("The unemployment rate is the lowest in seven years.", "seven years", 7),
    ("She has led the party's caucus for the past nine years.", "nine years", 9),
    ("Turnout has fallen in each of the last three elections.", "three", 3),
    ("The investigation took 18 months to complete.", "18 months", 18),
    ("The governor vetoed the bill after just two days.", "two days", 2),
    ("Lawmakers have debated the measure for a year and a half.", "a year and a half", 1.5),
    ("The House was in session for only 111 days last year.", "111 days", 111),
    ("He has been out of office for eight months.", "eight months", 8),
    ("The filibuster ran for more than 20 hours.", "more than 20 hours", 20),
    ("It was the longest shutdown in 35 years.", "35 years", 35),
    # word forms
    ("Half the delegates are bound on the first ballot.", "Half", 0.5),
    ("Nearly half of independents disapprove of the deal.", "Nearly half", 0.5),
    ("A third of the state's counties have no hospital.", "A third", 0.333),
    ("Roughly one in four voters is still undecided.", "one in four", 0.25),
    ("A dozen senators signed the letter on Monday.", "A dozen", 12),
    ("Two dozen protesters were arrested outside the hall.", "Two dozen", 24),
    ("Three of the five commissioners voted to approve the plan.", "Three of the five", 0.6),
    ("Nine of 10 Republicans backed the tax cut in the poll.", "Nine of 10", 0.9),
    ("Two-thirds of the House must approve an amendment.", "Two-thirds", 0.667),
    ("A quarter of the budget goes to Medicaid.", "A quarter", 0.25),
    ("He won a majority of 54 seats in the chamber.", "54", 54),
    ("The mayor won by a single vote after the recount.", "a single vote", 1),
    ("A trio of senators introduced the bill.", "A trio", 3),
    # money
    ("The campaign raised $2.7 million in February.", "$2.7 million", 2.7e6),
    ("The state will spend $1.3 billion on roads next year.", "$1.3 billion", 1.3e9),
    ("The tax would rise by a penny a gallon.", "a penny", 0.01),
    ("Stamps will cost 3 cents more next month.", "3 cents", 0.03),
    ("The super PAC spent $750,000 on ads in Iowa.", "$750,000", 750000),
    ("The council approved a $45 million stadium deal.", "$45 million", 4.5e7),
    ("The candidate loaned his campaign $10 million.", "$10 million", 1e7),
    ("Donors may give no more than $2,700 per election.", "$2,700", 2700),
    ("The fine was $500 for each violation.", "$500", 500),
    ("The program costs roughly $40 billion a year.", "roughly $40 billion", 4e10),
    ("The agency's budget was cut by $80 million.", "$80 million", 8e7),
    ("Gas averaged $2.15 a gallon last week.", "$2.15", 2.15),
    ("She reported $1.5 million in speaking fees.", "$1.5 million", 1.5e6),
    ("Each ticket to the dinner cost $33,400.", "$33,400", 33400),
    ("The deficit will top $1 trillion next year.", "$1 trillion", 1e12),
    # bare counts, tallies, digits with a unit
    ("The Senate voted 52 to 47 to confirm the nominee.", "52", 52),
    ("The Senate voted 52 to 47 to confirm the nominee.", "47", 47),
    ("The bill passed the House 234-193.", "234", 234),
    ("The measure failed on a 49-51 vote.", "51", 51),
    ("The court ruled 6-3 against the state.", "6", 6),
    ("Trump won 49 delegates in the state.", "49", 49),
    ("The governor signed 312 bills this session.", "312", 312),
    ("Police arrested 14 protesters outside the convention.", "14", 14),
    ("The caucus has 38 members.", "38", 38),
    ("The wall would stretch 1,000 miles.", "1,000 miles", 1000),
    ("Sanders drew 20,000 people to the rally in Portland.", "20,000", 20000),
    ("The report runs to 800 pages.", "800 pages", 800),
    ("The state lost 12,000 manufacturing jobs last year.", "12,000", 12000),
    ("The city has 1,200 police officers.", "1,200", 1200),
    ("The nominee needs 270 electoral votes.", "270", 270),
    ("About 3,000 people attended the town hall.", "About 3,000", 3000),
    # counts whose verb the sentence already gave (gapping)
    ("Republicans hold 54 seats in the Senate, Democrats 44.", "44", 44),
    ("Trump has won 20 states, Cruz seven and Kasich one.", "seven", 7),
    ("The tally stood at Trump 1,089, Cruz 557 and Kasich 161.", "557", 557),
    ("The governor vetoed 14 bills last year, his predecessor 31.", "31", 31),
    # number words
    ("Seven candidates will take the stage on Thursday.", "Seven", 7),
    ("The governor fired three aides over the scandal.", "three", 3),
    ("Four states hold primaries on Tuesday.", "Four", 4),
    ("Twelve Republicans broke with their party on the vote.", "Twelve", 12),
    ("The committee issued five subpoenas on Friday.", "five", 5),
    ("Eleven senators are up for re-election in swing states.", "Eleven", 11),
    ("The state has lost two congressional seats since 1990.", "two", 2),
    ("Thirty-one governors oppose the plan.", "Thirty-one", 31),
    ("Forty-two percent of voters approve of the governor.", "Forty-two percent", 42),
    ("The president has vetoed nine bills.", "nine", 9),
    # percents, points and multipliers
    ("Her lead shrank to 3 points in the latest poll.", "3 points", 3),
    ("Clinton leads by 6 percentage points nationally.", "6 percentage points", 6),
    ("Turnout was up 12 percent over 2012.", "12 percent", 12),
    ("The challenger has raised three times as much money.", "three times", 3),
    ("Premiums rose 25% this year.", "25%", 25),
    ("The measure needs 60 votes to clear the Senate.", "60", 60),
    ("Trump's support dropped 8 points among women.", "8 points", 8),
    ("The minimum wage would double by 2022.", "double", 2),
]

NEGATIVES: list[tuple[str, str]] = [
    ("She was elected to a two-year term in 2014.", "two"),
    ("He is a six-term congressman from Ohio.", "six"),
    ("The senator's 10-year plan would cut spending.", "10"),
    ("Four years ago, the party lost the state by a wide margin.", "Four years"),
    ("The two men met in Des Moines on Friday.", "two"),
    ("He is one of the most conservative members of the Senate.", "one"),
    ("She finished second in New Hampshire.", "second"),
    ("The debate will be held on Jan. 14 in Charleston.", "14"),
    ("The 2016 race has upended every forecast.", "2016"),
    ("He took office in 2009.", "2009"),
    ("One day, he said, the party will thank him.", "One"),
    ("The polls close at 11 in the eastern counties.", "11"),
    ("He is the No. 2 Democrat in the Senate.", "2"),
    ("The Fight for 15 movement backed the measure.", "15"),
    ("Article 2 of the Constitution sets out the powers of the president.", "2"),
    ("The Gang of Eight drafted the immigration bill.", "Eight"),
    ("Hundreds of supporters lined the street.", "Hundreds"),
    ("Tens of thousands of people marched in Washington.", "Tens of thousands"),
    ("A couple of aides left the campaign.", "A couple"),
    ("The candidate spent millions on television ads.", "millions"),
    ("Dozens of lawmakers signed the letter.", "Dozens"),
    ("Only a handful of Republicans voted against the bill.", "a handful"),
    ("The plan would cost taxpayers a fraction of the original estimate.", "a fraction"),
    ("The 22nd Amendment limits a president to two terms.", "22nd"),
    ("He lives at 1600 Pennsylvania Avenue, for now.", "1600"),
    ("She flew to the rally on a Boeing 757.", "757"),
    ("The senator, 72, said he would not run again.", "72"),
    ("He handed out 9/11 commemorative pins.", "9/11"),
    ("It is a two-way street, the senator said of the feud.", "two"),
    ("The 45-minute speech drew loud cheers.", "45"),
    ("On the one hand, the bill helps farmers.", "one"),
    ("Interstate 80 runs through the county.", "80"),
    ("Two weeks from now, voters go to the polls.", "Two weeks"),
    ("The 50-state strategy paid off in the midterms.", "50"),
]
