"""Invented challenge sentences for numbers that are not claims, and look-alikes that are
(session 37, branch fp45). Written for this set in the way local crime reporters and political
writers phrase things, not taken from any article. Gold README ("Dates, times, ages used as
descriptors, ordinals, and numbers that are part of a name are not claims") and
docs/gold-conventions.md (distances, time spans, re-mentions, hypotheticals).

Each row: the sentence and the claim texts the gold would annotate in it (an empty tuple when
every number in it is a not-claim). ``kind`` names the construction for the report.
"""

from __future__ import annotations

from collections.abc import Callable

CHALLENGE: list[tuple[str, str, tuple[str, ...]]] = [
    # addresses, blocks and house numbers
    ("address", "Officers found the victim in the 2400 block of Elm Street around midnight.", ()),
    ("address", "The shooting happened outside a home at 417 Maple Avenue, police said.", ()),
    ("address", "Two men were shot near 1800 W. Lincoln Blvd. on Friday night.", ("Two",)),
    ("address", "Deputies were called to a duplex at 93 Cedar Court shortly after dawn.", ()),
    # phone, tip lines, case and badge numbers
    ("phone", "Anyone with information is asked to call Crime Stoppers at 713-222-8477.", ()),
    ("phone", "Tips can be left anonymously at 1-800-555-0199, the sheriff said.", ()),
    ("phone", "A neighbor called 911 after hearing three shots, police said.", ("three",)),
    ("case", "The charges were filed under case number 2016-CR-4471 on Monday.", ()),
    # roads, routes, highways
    ("road", "The crash closed Interstate 70 near the county line for hours.", ()),
    ("road", "Troopers stopped the car on Route 33 just after 9 p.m.", ()),
    ("road", "The gunman fled north on Highway 59 in a gray pickup truck.", ()),
    ("road", "A driver was shot on the entrance ramp of Loop 610 on Sunday.", ()),
    ("road", "The body was found in a ditch off State Road 44 near Deland.", ()),
    # bills, rules, titles and programmes
    ("bill", "House Bill 2 drew protests at the capitol for a third straight day.", ()),
    ("bill", "The delegates argued for hours over Rule 40 and what it requires.", ()),
    ("title", "The senator appeared on ''60 Minutes'' to defend the deal.", ()),
    ("title", "The film ''12 Strong'' opened in theaters across the state.", ()),
    ("title", "She is the author of ''Four Seasons of Politics,'' a memoir.", ()),
    ("title", "The rapper's song ''3 Shots in the Dark'' was played at the vigil.", ()),
    # television stations
    ("station", "A witness told News 4 she heard at least six shots.", ("at least six",)),
    ("station", "The victim's mother spoke to Channel 8 on Tuesday evening.", ()),
    ("station", "Police told 13 News the suspect had been arrested.", ()),
    ("station", "The family told Action News 5 the boy was 12.", ()),
    # times, dates, ages
    ("time", "The shots rang out at about 2:15 a.m. Saturday, police said.", ()),
    ("date", "The rally was held on July 4, 2016, in front of the courthouse.", ()),
    ("age", "The victim, 23, was taken to a hospital in critical condition.", ()),
    ("age", "A 17-year-old boy was arrested Thursday in connection with the shooting.", ()),
    ("ordinal", "It was the third shooting in the neighborhood this month.", ()),
    # idioms and "one" forms
    ("idiom", "The mayor said public safety is one of her top priorities.", ()),
    ("idiom", "One day, he said, the neighborhood will be safe again.", ()),
    ("idiom", "The governor has a couple of options left, aides said.", ()),
    ("idiom", "Ground zero for the fight over the budget is the state senate.", ()),
    ("idiom", "Winning Ohio is job one for the campaign this fall.", ()),
    (
        "idiom",
        "The senator said the bill is a step in the right direction, one step at a time.",
        (),
    ),
    ("idiom", "That is the $64,000 question for the party's leaders.", ()),
    ("idiom", "The candidates exchanged barbs from one end of the stage to the other.", ()),
    ("pronoun", "Two people were shot; one of them died at the scene.", ("Two",)),
    ("pronoun", "One of the neighbors said she heard an argument before the shots.", ()),
    # hypotheticals and rhetoric
    ("hypothetical", "Who would not want to see 3 percent unemployment?", ()),
    (
        "hypothetical",
        "Imagine a city where you could walk 10 blocks without fear, the mayor said.",
        (),
    ),
    (
        "hypothetical",
        "If he won 60 percent of the vote, he would be unbeatable, the aide said.",
        (),
    ),
    ("rhetoric", '"I am 100 percent behind the sheriff," the councilman said.', ()),
    # re-mentions of a set already counted
    (
        "re-mention",
        "Two men were shot outside the bar. The two men were taken to a hospital.",
        ("Two",),
    ),
    (
        "re-mention",
        "Police arrested Dana Cole and Ray Burke. The two were charged with robbery.",
        (),
    ),
    ("re-mention", "Senators Ames and Ruiz wrote a letter to the agency, the two said.", ()),
    ("re-mention", "The mayor and the sheriff met Tuesday. The two agreed to add patrols.", ()),
    ("re-mention", "Smith and Jones lead the field, and the two will debate on Friday.", ()),
    # distances that only place the scene, travel
    ("distance", "The suspect drove about 20 miles to his mother's house, police said.", ()),
    ("distance", "She walked two blocks to a gas station and called for help.", ()),
    ("distance", "The wounded man drove himself about a mile to a fire station.", ()),
    ("distance", "The victim ran about 100 yards before collapsing on the sidewalk.", ()),
    ("distance", "He then traveled 30 miles to Dayton, where he was arrested.", ()),
    ("distance", "The farm is about 40 miles south of the city.", ()),
    ("distance", "The store is two blocks away from the elementary school.", ()),
    ("distance", "The shooter fled on foot and ran several blocks before officers caught him.", ()),
    # spans of time that only place an event
    ("time span", "Two weeks ago, the council voted to hire more officers.", ()),
    ("time span", "Three days after the shooting, the family held a vigil at the park.", ()),
    ("time span", "Within minutes, officers had the block surrounded.", ()),
    ("time span", "Nothing has happened in the last 48 hours to change our plans, he said.", ()),
    # denominations and labels
    ("denomination", "The robber demanded cash and left with a stack of $20 bills.", ()),
    ("denomination", "The mural shows the candidate's face on a giant $100 bill.", ()),
    ("label", "The gunshots can be heard at the :32 mark of the video.", ()),
    ("label", "The victim wore a No. 23 jersey, his family said.", ()),
    ("label", "The officer, badge number 4412, was placed on leave.", ()),
    ("label", "The attack happened at Gate 12 of the stadium.", ()),
    # look-alikes that ARE claims: counts, money, shares, measured distances, spans that count
    ("claim", "Police said three people were shot and one was killed.", ("three", "one")),
    (
        "claim",
        "The city will spend $4.2 million on new patrol cars, the mayor said.",
        ("$4.2 million",),
    ),
    (
        "claim",
        "About 37 percent of voters backed the measure, the poll found.",
        ("About 37 percent",),
    ),
    ("claim", "The governor signed 14 bills on Tuesday, his office said.", ("14",)),
    ("claim", "The new border wall will be 30 feet high, the contractor said.", ("30 feet",)),
    ("claim", "The parade route stretches 3 miles through downtown.", ("3 miles",)),
    ("claim", "The missiles are based only 90 miles from the coast, he warned.", ("90 miles",)),
    ("claim", "Six of the 10 council members voted against the plan.", ("Six of the 10",)),
    ("claim", "Police recovered two handguns and a rifle from the car.", ("two",)),
    ("claim", "The suspect faces four counts of attempted murder.", ("four",)),
    ("claim", "More than 200 people attended the vigil on Sunday night.", ("More than 200",)),
    ("claim", "The campaign raised $12 million in June, aides said.", ("$12 million",)),
    (
        "claim",
        "Unemployment fell to 4.9 percent in May, the lowest in eight years.",
        ("4.9 percent", "eight years"),
    ),
    ("claim", "The senator has served in Congress for 22 years.", ("22 years",)),
    ("claim", "The two candidates combined raised $80 million last quarter.", ("$80 million",)),
    ("claim", "Trump won seven of the 11 states that voted on Tuesday.", ("seven of the 11",)),
    ("claim", "Clinton leads by 6 points in the latest poll of likely voters.", ("6 points",)),
    ("claim", "A 2-year-old boy was shot in the leg, police said.", ()),
    ("claim", "The shooting left five people wounded, two of them critically.", ("five", "two")),
    ("claim", "Officers fired 23 rounds at the car, the report shows.", ("23",)),
    ("claim", "The county has recorded 41 homicides so far this year.", ("41",)),
    ("claim", "Police said the victim was shot nine times.", ("nine times",)),
    ("claim", "The bill would raise the minimum wage to $15 an hour by 2022.", ("$15",)),
    ("claim", "Nearly half of Republicans said they would back him.", ("Nearly half",)),
    ("claim", "The state lost 12,000 manufacturing jobs last year.", ("12,000",)),
]


Row = tuple[str, str, tuple[str, ...]]


def score(
    figures_of: Callable[[str], list[str]], challenge: list[Row] | None = None
) -> tuple[float, float]:
    """(precision, recall) of ``figures_of`` over a challenge set (this file's by default;
    challenge_fp46.py's too): a given figure counts once against one expected claim text."""
    hits = predicted = expected = 0
    for _kind, text, claims in CHALLENGE if challenge is None else challenge:
        wanted = list(claims)
        got = figures_of(text)
        predicted += len(got)
        expected += len(wanted)
        for figure in got:
            if figure in wanted:
                wanted.remove(figure)
                hits += 1
    return hits / predicted, hits / expected
