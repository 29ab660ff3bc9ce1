"""Invented challenge sentences for anonymous sources: the cue and the kind (session 37, branch
anon45). Each sentence gives a figure a source the way political, world or local news writes an
unnamed one (a senior administration official; people familiar with the talks; aides and
advisers; a person close to the campaign; officials; reports; witnesses, neighbours and
residents; a law enforcement source; someone who spoke on condition of anonymity or asked not to
be named), in several constructions (", X said"; "X said that"; "according to X"; "X told";
"X say"; a fronted quote). Written for this set, not taken from any article. Gold README
"Source kinds" and the `anonymous_source` caveat; docs/gold-conventions.md '"X officials" as a
source'.

Each row: the sentence, the figure's text, the source kind expected, and whether the figure
carries `anonymous_source`. ``NEGATIVES`` name their source: a named person, a unique role, an
institution ("police said", "the ministry said"): no anonymous kind, no caveat.
"""

from __future__ import annotations

ANON = "anonymous"
PERSON = "named_person"
ORG = "named_org"

CHALLENGE: list[tuple[str, str, str, bool]] = [
    # officials, in the several ways they are written
    ("The administration plans to send 1,500 more troops, a senior administration official said.", "1,500", ANON, True),
    ("A senior administration official said the package would cost $4 billion.", "$4 billion", ANON, True),
    ("According to a senior State Department official, 30 diplomats were expelled.", "30", ANON, True),
    ("Two U.S. officials said the strike killed 14 fighters.", "14", ANON, True),
    ("The airstrike killed at least 12 civilians, local officials said.", "at least 12", ANON, True),
    ("Pentagon officials said about 200 Marines would deploy next week.", "about 200", ANON, True),
    ("White House officials estimate the plan would save $300 million a year.", "$300 million", ANON, True),
    ("Election officials said turnout reached 62 percent by late afternoon.", "62 percent", ANON, True),
    ("Officials said the fire destroyed 40 homes.", "40", ANON, True),
    ("Three people were hurt, county officials said Monday.", "Three", ANON, True),
    ("School officials said 14 students were sent home early.", "14", ANON, True),
    ("City officials said the repairs would cost $2.3 million.", "$2.3 million", ANON, True),
    ("According to officials, the storm knocked out power to 80,000 homes.", "80,000", ANON, True),
    ("A Western diplomat said 300 observers would monitor the vote.", "300", ANON, True),
    ("One European official said the fund would total 5 billion euros.", "5 billion euros", ANON, True),
    ("An administration official told reporters that 25 states had signed on.", "25", ANON, True),
    ("A congressional aide said the bill would cost $12 billion over a decade.", "$12 billion", ANON, True),
    ("A Defense Department official said about 4,000 troops remain in the country.", "about 4,000", ANON, True),
    ("Health officials reported 37 new cases on Friday.", "37", ANON, True),
    ("Military officials said 9 soldiers were wounded in the attack.", "9", ANON, True),
    # people familiar with, close to, briefed on
    ("The deal is worth about $2 billion, according to two people familiar with the talks.", "about $2 billion", ANON, True),
    ("People familiar with the matter said the company would cut 3,000 jobs.", "3,000", ANON, True),
    ("A person familiar with the negotiations said the fee was $15 million.", "$15 million", ANON, True),
    ("The campaign raised $6 million in April, a person close to the campaign said.", "$6 million", ANON, True),
    ("Sources close to the senator said she had raised $2 million.", "$2 million", ANON, True),
    ("A source briefed on the plan said it would cost $900 million.", "$900 million", ANON, True),
    ("Three people briefed on the investigation said 11 suspects had been identified.", "11", ANON, True),
    ("According to sources familiar with the deliberations, the panel voted 7 to 2.", "7", ANON, True),
    ("Someone with knowledge of the budget said it had grown by 8 percent.", "8 percent", ANON, True),
    ("A person with direct knowledge of the deal said it was valued at $450 million.", "$450 million", ANON, True),
    # aides, advisers, strategists, allies, donors
    ("Aides said the senator would visit 12 states before the primary.", "12", ANON, True),
    ("Campaign aides said the rally drew 8,000 people.", "8,000", ANON, True),
    ("Advisers to the governor said the cut would save $50 million.", "$50 million", ANON, True),
    ("One adviser said the campaign had spent $3 million on television ads.", "$3 million", ANON, True),
    ("Republican strategists said as many as 40 House seats were in play.", "as many as 40", ANON, True),
    ("Allies of the mayor said she had won 55 percent of the vote.", "55 percent", ANON, True),
    ("Several donors said they had given more than $100,000 each.", "more than $100,000", ANON, True),
    ("A top aide said the president would sign 4 executive orders this week.", "4", ANON, True),
    ("Democratic operatives said the party had registered 20,000 new voters.", "20,000", ANON, True),
    ("Party insiders said about 30 delegates were still undecided.", "about 30", ANON, True),
    # anonymity, named not to be, not authorised
    ("The official, who spoke on condition of anonymity, said 18 people had been detained.", "18", ANON, True),
    ("An official who asked not to be named said 6 ships had been seized.", "6", ANON, True),
    ("The official, speaking on condition of anonymity because the plan is not final, said 2,000 troops would go.", "2,000", ANON, True),
    ("A police source who asked not to be identified said 3 suspects were in custody.", "3", ANON, True),
    ("A law enforcement source said the gunman fired 30 rounds.", "30", ANON, True),
    ("A law enforcement official said 4 people were arrested.", "4", ANON, True),
    ("A hospital employee, who declined to be named, said 9 patients were in critical condition.", "9", ANON, True),
    ("An aide, who was not authorized to speak publicly, said the bill had 51 votes.", "51", ANON, True),
    ("One senator, speaking anonymously, said 20 Republicans would vote no.", "20", ANON, True),
    ("A federal official who requested anonymity said $8 million was missing.", "$8 million", ANON, True),
    # reports, sources
    ("According to reports, 200 people were evacuated from the building.", "200", ANON, True),
    ("Local media reported that 7 people died in the crash.", "7", ANON, True),
    ("Sources said the team would pay $20 million for the land.", "$20 million", ANON, True),
    ("Sources told the station that 5 officers were placed on leave.", "5", ANON, True),
    ("According to sources, the company lost $40 million last year.", "$40 million", ANON, True),
    ("Media reports said 15 people had been killed.", "15", ANON, True),
    # witnesses, neighbours, residents, bystanders, relatives
    ("Witnesses said they heard at least 10 shots.", "at least 10", ANON, True),
    ("Witnesses told police the gunman fired 6 times.", "6", ANON, True),
    ("Neighbors said they heard 4 gunshots around midnight.", "4", ANON, True),
    ("Residents said the flooding had cut off 3 roads.", "3", ANON, True),
    ("One neighbor said 2 men ran from the house.", "2", ANON, True),
    ("A witness said 3 men fled in a gray sedan.", "3", ANON, True),
    ("Bystanders said about 20 people were inside the bar when the shooting began.", "about 20", ANON, True),
    ("Relatives said the victim had 3 children.", "3", ANON, True),
    ("Family members said he had worked at the plant for 22 years.", "22 years", ANON, True),
    ("Protesters said 5,000 people marched through downtown.", "5,000", ANON, True),
    ("Shoppers said 2 men with guns walked into the store.", "2", ANON, True),
    ("Students said the fight involved 6 people.", "6", ANON, True),
    ("Several people who were at the party said 3 shots were fired.", "3", ANON, True),
    ("Some Democrats said 10 senators could break with the party.", "10", ANON, True),
    # harder cues: anonymity said other ways, inverted "said X", told, fronted quotes
    ("\"We counted 14 bodies,\" said one rescue worker.", "14", ANON, True),
    ("The death toll rose to 23, according to a hospital source.", "23", ANON, True),
    ("Two officials with knowledge of the investigation said 8 people were arrested.", "8", ANON, True),
    ("A Trump campaign aide said the rally drew 12,000 people.", "12,000", ANON, True),
    ("A senior Democratic aide said 180 House Democrats back the bill.", "180", ANON, True),
    ("Some residents said the power had been out for 3 days.", "3 days", ANON, True),
    ("An eyewitness said she heard 5 shots.", "5", ANON, True),
    ("The caller told dispatchers that 2 people had been shot.", "2", ANON, True),
    ("Diplomats said 40 nations had signed the statement.", "40", ANON, True),
    ("Two sources told the newspaper that 9 agents were fired.", "9", ANON, True),
    ("One person who attended the meeting said 60 people were there.", "60", ANON, True),
    ("A congressional source said 30 members would vote against it.", "30", ANON, True),
    ("Workers at the plant said 200 jobs would be lost.", "200", ANON, True),
    ("A union official said 1,200 nurses would strike.", "1,200", ANON, True),
    ("An intelligence official said the group has about 3,000 fighters.", "about 3,000", ANON, True),
    ("The gunman fired 15 rounds, said a senior police official.", "15", ANON, True),
    ("A witness, who did not want to be identified, said 4 men were fighting.", "4", ANON, True),
    ("The official, who was not authorized to discuss the matter publicly, said 7 ships were involved.", "7", ANON, True),
    ("One aide, who would not be named because the talks are private, said 3 options remain.", "3", ANON, True),
    ("A person who would speak only on background said the budget would rise 6 percent.", "6 percent", ANON, True),
    ("A senator who spoke on the condition that she not be named said 12 colleagues were wavering.", "12", ANON, True),
    ("The lawmaker, who insisted on anonymity, said 25 Republicans opposed the plan.", "25", ANON, True),
    ("A resident who gave only her first name said 3 cars were hit.", "3", ANON, True),
    ("Analysts estimate the deal is worth $7 billion.", "$7 billion", ANON, True),
    ("Experts say the virus has infected 2,000 people.", "2,000", ANON, True),
]  # fmt: skip

# Named sources: a person, a unique role, an institution; and the press's own reports by name.
NEGATIVES: list[tuple[str, str, str]] = [
    ("Police said 3 people were shot outside the club.", "3", ORG),
    ("The ministry said 45 people had died.", "45", ORG),
    ("The health ministry reported 120 new cases on Tuesday.", "120", ORG),
    ("The Pentagon said 2,500 troops would deploy.", "2,500", ORG),
    ("The sheriff's office said 2 deputies were injured.", "2", ORG),
    ("The fire department said 30 firefighters battled the blaze.", "30", ORG),
    ("The county said the project would cost $4 million.", "$4 million", ORG),
    ("Prosecutors said the scheme cost investors $20 million.", "$20 million", ORG),
    ("According to Reuters, 14 people were killed.", "14", ORG),
    ("The campaign said it raised $11 million in March.", "$11 million", ORG),
    ("The White House said 40 countries had joined the coalition.", "40", ORG),
    ("Police spokeswoman Maria Lopez said 4 people were arrested.", "4", PERSON),
    ("Sgt. Tom Reyes said 2 officers were hurt.", "2", PERSON),
    ("Senator Amy Carter said the bill would cost $3 billion.", "$3 billion", PERSON),
    ("Governor Dan Webb said 500 National Guard troops would help.", "500", PERSON),
    ("The county coroner said 2 victims died at the scene.", "2", PERSON),
    ("The police chief said 6 officers responded.", "6", PERSON),
    ("The mayor said the city would hire 100 officers.", "100", PERSON),
    ("Secretary of State Ellen Park said 12 nations had agreed.", "12", PERSON),
    ("The company's chief executive said it would cut 500 jobs.", "500", PERSON),
    ("Campaign manager Rob Hale said the campaign had 300 staff.", "300", PERSON),
    ("\"We have 40 field offices,\" said Karen Doyle, a spokeswoman for the campaign.", "40", PERSON),
    ("The hospital said 5 patients were in stable condition.", "5", ORG),
    ("The school district said 9 schools would close.", "9", ORG),
    ("The United Nations said 2 million people had fled.", "2 million", ORG),
]  # fmt: skip
