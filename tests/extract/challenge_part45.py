"""Invented challenge sentences for partisan_source: the ways news marks a figure's source as a
party to the matter (session 37, branch part45). Written for this set from how political and
world news is phrased, not taken from any article.

Gold README, partisan_source: "the source is a party to the matter ('the Hamas-run health
ministry', 'state media', 'the campaign said')"; "a campaign's or march organisers' own count,
or a belligerent reports the results of its own military action". docs/gold-conventions.md
"Candidates and campaigns as a partisan source": a candidate, its campaign or its staff on the
race (money, votes, delegates, states, polls, crowds) or on its own record is partisan; the same
source on the economy or a policy, a neutral election official, a pollster or a filing is not.

Each row: the sentence and the figure's text; ``POSITIVES`` carry partisan_source,
``NEGATIVES`` do not. Each sentence is read after ``LEAD``, the lead of an article on the race
that names its candidates once, as an article does before quoting them.
"""

from __future__ import annotations

LEAD = (
    "Maria Alvarez campaigned in Ohio on Monday. Tom Pratt campaigned in Iowa. Ken Okafor "
    "campaigned in Nevada. Dana Whitfield campaigned in Texas.\n\n"
)

POSITIVES: list[tuple[str, str]] = [
    # a candidate on delegates
    ("Senator Alvarez said she had won 412 delegates so far.", "412"),
    ("\"We have 300 delegates and we are just getting started,\" Alvarez told reporters.", "300"),
    ("Governor Pratt, a Republican presidential candidate, said he needs 60 percent of the remaining delegates.", "60 percent"),
    ("Pratt insisted that he would arrive at the convention with more than 1,000 delegates.", "more than 1,000"),
    ("The candidate said he was only 200 delegates short of a majority.", "200"),
    ("Mr. Okafor, who is running for the Democratic nomination, claimed 45 delegates in Nevada.", "45"),
    # a candidate on polls
    ("\"Three months ago we were at 4 percent,\" the candidate said at a rally in Ohio.", "4 percent"),
    ("Alvarez, the Democratic front-runner, said she was up 12 points in her own internal polls.", "12 points"),
    ("\"I'm leading in every poll by 20 points,\" Pratt told the crowd.", "20 points"),
    ("Pratt said he was ahead by nine points in New Hampshire.", "nine points"),
    ("Okafor, the challenger, boasted that he now polls at 31 percent in Iowa.", "31 percent"),
    ("Senate candidate Dana Whitfield said her lead had grown to 8 points.", "8 points"),
    ("\"We were at 2 percent in March,\" said Whitfield, who is challenging the incumbent.", "2 percent"),
    ("His campaign's internal polling shows him ahead by 6 points, the campaign said.", "6 points"),
    # a candidate on money raised
    ("Alvarez said her campaign raised $14 million in the last quarter.", "$14 million"),
    ("\"We raised $2.5 million in 24 hours,\" Pratt said on Tuesday.", "$2.5 million"),
    ("Okafor, the Republican nominee, said he had raised more than $30 million from small donors.", "more than $30 million"),
    ("Whitfield said the average donation to her campaign was $38.", "$38"),
    ("The candidate said he had spent $5 million of his own money on the race.", "$5 million"),
    ("Pratt told donors that his campaign had $22 million in the bank.", "$22 million"),
    # a candidate on crowds
    ("Pratt said more than 20,000 people came to his rally in Tampa.", "more than 20,000"),
    ("\"We had 15,000 people here tonight,\" the candidate told supporters in Reno.", "15,000"),
    ("Alvarez claimed a crowd of 30,000 at her rally in Denver.", "30,000"),
    ("Okafor, who is seeking the nomination, said 8,000 people had turned out to hear him.", "8,000"),
    # a candidate on states and votes won
    ("\"I have won 14 states,\" Pratt said in his victory speech.", "14"),
    ("Alvarez said she had won three million more votes than her rival.", "three million"),
    ("The front-runner said he had carried 22 of the 30 states that have voted.", "22"),
    ("Okafor said he beat his opponent by 11 points in the primary.", "11 points"),
    ("\"We won 62 percent of the vote,\" Whitfield said at her victory party.", "62 percent"),
    # campaign staff by role
    ("Campaign manager Luis Ortega said the campaign had raised $9 million in March.", "$9 million"),
    ("Ortega, Alvarez's campaign manager, said they expect to win 40 delegates on Tuesday.", "40"),
    ("\"We have 500 volunteers in Iowa,\" said Meg Tran, a spokeswoman for the Pratt campaign.", "500"),
    ("Meg Tran, the campaign's spokeswoman, said Pratt had drawn 12,000 people in Mesa.", "12,000"),
    ("Paul Reiner, a senior adviser to Alvarez, said she would win at least 300 delegates.", "300"),
    ("Reiner, a senior adviser to Senator Alvarez, said the campaign raised $4 million online.", "$4 million"),
    ("An aide to Pratt said the campaign had opened 40 field offices in Ohio.", "40"),
    ("Sam Koh, an aide to Okafor, said 5,000 people attended the town hall.", "5,000"),
    ("Pratt's communications director, Jill Amos, said the campaign had knocked on 100,000 doors.", "100,000"),
    ("Jill Amos, Pratt's spokeswoman, said he was up 7 points in the state.", "7 points"),
    ("Alvarez spokesman Ben Ruiz said the campaign had raised $6 million since Monday.", "$6 million"),
    ("Ben Ruiz, press secretary for the Alvarez campaign, said 9,000 people attended.", "9,000"),
    ("Advisers to Okafor said he would win at least two of the four contests.", "two"),
    ("Pratt's deputy campaign manager said they had 1,200 precinct captains in Iowa.", "1,200"),
    # the campaign speaking
    ("The Pratt campaign said it raised $11 million in January.", "$11 million"),
    ("The Alvarez campaign said more than 25,000 people attended the rally.", "more than 25,000"),
    ("Okafor's campaign said he had collected 40,000 signatures to get on the ballot.", "40,000"),
    ("The campaign said it had 70 paid staff members in New Hampshire.", "70"),
    ("According to the Whitfield campaign, 3,000 volunteers knocked on doors over the weekend.", "3,000"),
    ("A memo from Pratt's campaign said the senator would win 55 percent of the delegates.", "55 percent"),
    # a candidate's own record
    ("Pratt said he had released 10 years of tax returns.", "10 years"),
    ("Alvarez said she had testified for nine hours before the committee.", "nine hours"),
    ("As governor, I balanced eight budgets, Pratt said.", "eight"),
    # state-run and party-run media, governments and sides on their own war
    ("State-run television said 40 rebels had been killed in the offensive.", "40"),
    ("The state news agency reported that 1,500 people had joined the pro-government march.", "1,500"),
    ("The rebel-held health ministry said 62 civilians died in the airstrikes.", "62"),
    ("The Hamas-run health ministry in Gaza said 14 people were killed.", "14"),
    ("The army said it killed 30 militants in a raid on Sunday.", "30"),
    ("The military said its jets destroyed 12 weapons depots overnight.", "12"),
    ("The Defense Ministry said its forces shot down 18 drones.", "18"),
    ("The Kremlin-backed news agency said 200 soldiers had surrendered.", "200"),
    ("A rebel spokesman said their fighters had captured 45 government soldiers.", "45"),
    ("The Islamist-run radio station said 3,000 people attended the funeral.", "3,000"),
    ("The militia said its fighters killed 25 soldiers in the ambush.", "25"),
    # organisers, unions and companies on their own count
    ("Organizers said 250,000 people joined the march.", "250,000"),
    ("March organisers put the crowd at 80,000.", "80,000"),
    ("According to the organizers, more than 10,000 people attended.", "more than 10,000"),
    ("The union said 30,000 of its members walked off the job.", "30,000"),
    ("The union said 95 percent of its members voted to strike.", "95 percent"),
    ("Rally organizer Tom Berry said 5,000 people came.", "5,000"),
]  # fmt: skip

NEGATIVES: list[tuple[str, str]] = [
    # a candidate on the economy or a policy
    ("Pratt said his tax plan would save families $3,000 a year.", "$3,000"),
    ("Alvarez said the unemployment rate had risen to 6 percent.", "6 percent"),
    ("Okafor, the Republican nominee, said the wall would cost $12 billion.", "$12 billion"),
    ("The candidate said 11 million people are in the country illegally.", "11 million"),
    ("Alvarez proposed a $15 minimum wage at a rally in Detroit.", "$15"),
    ("Pratt said he would send 20,000 troops to the region.", "20,000"),
    ("Whitfield said the state had lost 40,000 factory jobs in a decade.", "40,000"),
    ("Alvarez said 2 million children lack health insurance.", "2 million"),
    ("Okafor said the deficit had reached $600 billion.", "$600 billion"),
    ("Campaign manager Luis Ortega said the senator's plan would cut taxes by 10 percent.", "10 percent"),
    # neutral officials, pollsters, filings, independent counts
    ("The secretary of state said turnout reached 61 percent.", "61 percent"),
    ("Election officials said 1.2 million ballots were cast.", "1.2 million"),
    ("A Quinnipiac poll found Pratt leading by 5 points.", "5 points"),
    ("The survey of 900 likely voters found Alvarez ahead.", "900"),
    ("According to Federal Election Commission filings, Okafor raised $8 million in March.", "$8 million"),
    ("Pollster Ann Greer said 38 percent of voters were undecided.", "38 percent"),
    ("Police estimated the crowd at 3,000.", "3,000"),
    ("The United Nations said 400 civilians had been killed since January.", "400"),
    ("Doctors at the hospital said 12 of the wounded were children.", "12"),
    ("The state election board said 14 counties had finished counting.", "14"),
    ("A spokesman for the sheriff's office said two deputies were injured.", "two"),
    ("The Associated Press count shows Alvarez with 412 delegates.", "412"),
    ("The Red Cross said it had delivered aid to 20,000 families.", "20,000"),
    ("The census bureau said the population grew by 2 percent.", "2 percent"),
    ("Analysts at the think tank estimated the plan would cost $1 trillion.", "$1 trillion"),
    ("Independent monitors said 35 people were killed in the clashes.", "35"),
    ("The county clerk said 8,000 absentee ballots were returned.", "8,000"),
    ("An aide to the mayor said the city would hire 200 teachers.", "200"),
    ("The weather service said 4 inches of rain fell overnight.", "4 inches"),
    ("The company said its profits rose 12 percent in the quarter.", "12 percent"),
]  # fmt: skip
