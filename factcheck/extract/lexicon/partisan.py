"""Rule data for partisan sources: campaigns, candidates, their staff and organisers
(``extract/caveats/``; gold README, partisan_source).
"""

# fmt: off
# A person the article describes as working for a campaign ("Clinton campaign manager Robby
# Mook", "His campaign chairman Paul Manafort", "Brian Fallon, a spokesman for Mrs. Clinton")
# speaks for a party to the race: every figure of theirs is partisan.
CAMPAIGN_STAFF_NOUNS = frozenset(
    {
        "manager",
        "chairman",
        "chairwoman",
        "chair",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "adviser",
        "advisor",
        "strategist",
        "aide",
        "director",
        "pollster",
        "treasurer",
    }
)
# A speaker giving their own campaign's money: "we raised $18,000", "he's raised about
# $100,000", "his campaign's average donation", "his net worth" (a candidate's own figures).
OWN_MONEY_VERBS = frozenset({"raise"})
OWN_MONEY_NOUNS = frozenset({"campaign", "worth", "fundraising", "donation", "haul"})
SPEAKER_POSSESSIVES = frozenset({"his", "her", "our", "my"})
# A speaker counting their own results (gold README, partisan_source: "a campaign's ... own
# count"): "I have earned 9 million votes", "we won 17 states", "recorded her winning 48 percent
# against 45 percent" (dev d2; realgold14's "2.5 million more votes" from the campaign manager).
# The verbs by which a candidate holds a result, and what the figure must count.
OWN_COUNT_VERBS = frozenset({
    "have", "win", "earn", "get", "receive", "take", "capture", "carry", "secure", "gain", "lead",
})
OWN_COUNT_NOUNS = frozenset({
    "vote", "delegate", "state", "seat", "lead", "majority", "county", "precinct", "primary",
    "caucus", "contest", "superdelegate",
})
# a share or margin counts a result only after a verb of winning: "we have 3 percent" need not
OWN_SHARE_NOUNS = frozenset({"percent", "point", "%"})
# "her" is the subject of a gerund ("recorded her winning 48 percent")
OWN_COUNT_SUBJECTS = frozenset({"he", "she", "we", "i", "her", "his"})
# a result hoped for or supposed is no count: "we can win", "if he could earn 15 percent"
OWN_COUNT_UNREAL = frozenset({
    "can", "could", "would", "will", "'ll", "might", "may", "should", "must", "if", "unless",
})  # fmt: skip
# docs/gold-conventions.md "Candidates and campaigns as a partisan source": a candidate speaking
# on the race it runs in is a party to it. The article marks a person as a candidate by their
# campaign ("the Lopez campaign", "Lopez's campaign") or a contender's noun before or beside the
# name ("presidential candidate Ana Lopez", "Lopez, the Republican nominee").
CANDIDATE_NOUNS = frozenset({
    "candidate", "nominee", "hopeful", "contender", "front-runner", "frontrunner", "challenger",
    "rival", "runner",
})  # fmt: skip
# what only a contender owns: "Trump's campaign", "Clinton's rivals", "Sanders' supporters",
# "the Cruz rally", "Kasich's delegates", "her candidacy"
CANDIDATE_BELONGINGS = frozenset({
    "campaign", "candidacy", "rival", "opponent", "supporter", "rally", "delegate", "bid",
    "nomination", "running", "mate", "lead", "victory", "win", "loss", "vote",
})  # fmt: skip
# what a contender does: "Trump won Nevada", "Clinton leads in the polls", "Cruz campaigned in
# Iowa", "Kasich trails", "Sanders beat Clinton"
CANDIDATE_VERBS = frozenset({
    "campaign", "win", "lead", "trail", "beat", "defeat", "clinch", "concede", "outpoll",
})  # fmt: skip
# what only a contender holds: "Kasich (who has 25 delegates)", "Trump, with 329 delegates"
CANDIDATE_HOLDINGS = frozenset({"delegate", "superdelegate", "vote"})
# a source phrase that is itself the candidate ("The candidate said")
CANDIDATE_SOURCE_TEXTS = frozenset({"the candidate", "the nominee", "the front-runner"})
# what a figure of the race counts: its votes, delegates, polls and money (realgold5 a rival's
# "$100 million" spent, realgold8 the delegate arithmetic, realgold10 campaign spending,
# realgold19 "trailed ... by 50 points"; unannotated: states won, votes ahead, a poll lead). Not
# a crowd: "told a crowd of 1,300" is the reporter's count, not the candidate's (audit, 2 of 2)
RACE_NOUNS = frozenset({
    "vote", "delegate", "superdelegate", "poll", "lead", "fundraising", "donation", "donor",
    "contribution", "primary", "caucus", "campaign",
})  # fmt: skip
# verbs whose figure is a contender's standing or money: "trailed Clinton by 50 points", "has
# raised $20 million", "spent $100 million", "must win 58 percent", "was a million votes higher"
RACE_VERBS = frozenset({"trail", "lead", "raise", "spend", "win", "outraise", "outspend", "beat"})
# A campaign's crowd (docs/gold-conventions.md "Candidates and campaigns as a partisan source"
# (a): "crowds"; race_crowds.py): who came, as the verb's subject ("20,000 people attended",
# "turned out", "showed up", "came out") or what a rally drew, as its object ("drew 20,000")
CROWD_SUBJECT_VERBS = frozenset({"attend"})
CROWD_PARTICLE_VERBS = {"turn": "out", "show": "up", "come": "out"}
CROWD_OBJECT_VERBS = frozenset({"draw", "attract", "pack"})
# where a campaign's crowd comes, when the clause names it (not "attended the funeral")
CAMPAIGN_EVENT_NOUNS = frozenset({
    "rally", "event", "speech", "hall", "meeting", "fundraiser", "debate", "appearance",
    "caucus", "convention", "stop", "gathering", "forum", "campaign", "candidate",
})  # fmt: skip
# money verbs count the race's money only with an amount ("raise taxes", "win the nomination")
RACE_MONEY_VERBS = frozenset({"raise", "spend", "outraise", "outspend"})
# the delegate arithmetic says what a contender must win, a necessity, not a hope: "Reyes must
# win 61 percent of the rest" counts the race as "needs to win" does (docs/gold-conventions.md
# "Candidates and campaigns as a partisan source" (a), "the delegate arithmetic"; realgold8 gold:
# a candidate's arithmetic with "must win", partisan). Out of OWN_COUNT_UNREAL for race verbs.
RACE_NECESSITY_AUXES = frozenset({"must"})
# docs/gold-conventions.md "Candidates and campaigns as a partisan source" (b): a candidate
# reported telling what it did ("Lopez said she had released 20 years of tax returns") speaks
# on its own record. Not a proposal or a stand on a policy, which is a third matter ("she said
# she had proposed a $12 minimum wage"): the verbs of a stand taken, not an act done
OWN_ACT_STANCE_VERBS = frozenset({
    "propose", "support", "want", "call", "favor", "favour", "back", "push", "advocate", "plan",
    "promise", "pledge", "offer", "suggest", "endorse", "oppose", "urge", "believe", "think",
    "hope", "expect", "predict", "intend", "vow", "say", "argue", "estimate", "guess",
})  # fmt: skip
# a state, not an act: "she said she was 69", "he said he has 20 grandchildren"
OWN_ACT_STATE_VERBS = frozenset({"be", "have", "get"})
# docs/gold-conventions.md "Candidates and campaigns as a partisan source": contenders read from
# what they do in the race (contenders.py). The one a contender beats, trails or leads is a
# contender too ("Lopez leads Reyes by nine points").
CONTEST_OBJECT_VERBS = frozenset({"beat", "defeat", "trail", "lead", "outpoll"})
# what only a contender owns, through "his"/"her" under a named subject ("Reyes suspended his
# campaign", "Lopez mocked her rivals"); not a vote, a win or a lead, which voters and teams
# have too
CONTENDER_OWNINGS = frozenset({
    "campaign", "candidacy", "bid", "rival", "opponent", "nomination",
})  # fmt: skip
# a contender's noun that makes the clause's subject a contender too ("Lopez took swipes at
# fellow contender Reyes")
CONTENDER_PEER_WORDS = frozenset({"fellow"})
# the race's debates are counted like its votes and delegates: docs/gold-conventions.md names
# "the conduct of its debates" (realgold5 gold: Trump's "three debates" partisan; unannotated
# politico "I only lost one debate")
RACE_CONTEST_NOUNS = frozenset({"debate"})
# times voters voted for a candidate, told by the candidate ("voted for me three times": nyt,
# usa-today unannotated)
RACE_VOTE_VERBS = frozenset({"vote"})
# how far a campaign has come over a span of time is its standing in the race: "We have come a
# long way in the last nine months" (realgold19 gold, partisan), "how far his campaign had come
# in the last 10 months" (candidate_race.py)
RACE_PROGRESS_VERBS = frozenset({"come"})
PROGRESS_WORDS = frozenset({"way", "far"})
CAMPAIGN_SPAN_UNITS = frozenset({"day", "week", "month"})
# docs/gold-conventions.md "Candidates and campaigns as a partisan source" (a): a contender's
# poll standing said as where it stands ("we were at 6 and 7 percent", "I'm up 12 points", "she
# was ahead by nine points", "he polls at 31 percent"; realgold24 gold: Rubio's "20 or 25
# percent", "6", "7", "8", "9" partisan). The verbs of standing, the words of where, and the
# units a standing is in (a bare number too: "we were at 6").
STANDING_VERBS = frozenset({"be", "poll", "stand", "sit"})
STANDING_PREPS = frozenset({"at"})
STANDING_ADVERBS = frozenset({"up", "down", "ahead", "behind"})
STANDING_UNITS = frozenset({"percent", "%", "point", "percentage"})
# the speakers a standing is the contender's own by: "we were at 20 percent", "she was up"
STANDING_SUBJECTS = frozenset({"we", "i", "he", "she"})
# A campaign's people named by the candidate they work for, not by "campaign": "a senior adviser
# to Alvarez", "an aide to Mr. Rubio", "Pratt's spokeswoman, Jill Amos", "Alvarez spokesman Ben
# Ruiz", "Advisers to Mr. Rubio said" (realgold24 gold: partisan). The owner must be one of the
# article's candidates ("an aide to the mayor" is a government's). "secretary" only as "press
# secretary", "director" as any director of a candidate ("communications director").
CANDIDATE_STAFF_NOUNS = frozenset({
    "adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson", "strategist",
    "manager", "chairman", "chairwoman", "director", "secretary", "pollster", "surrogate",
})  # fmt: skip
CANDIDATE_STAFF_PREPS = frozenset({"to", "for"})
# A candidate saying what it is worth (own_worth.py; docs/gold-conventions.md "Candidates and
# campaigns as a partisan source" (b), own finances): "Lopez claims she's worth $10 billion".
OWN_WORTH_WORDS = frozenset({"worth"})
# The words of organising, and the actions whose organisers speak for a side
# (named_organizers.py; gold README partisan_source, "march organisers' own count"). Not a
# vigil, a funeral or a fundraiser, whose organisers take no side; not "community organizer".
ORGANIZER_LEMMAS = frozenset({"organizer", "organiser", "organize", "organise", "leader"})
ORGANIZED_ACTIONS = frozenset({
    "march", "rally", "protest", "demonstration", "boycott", "strike", "walkout", "petition",
    "sit-in", "blockade", "occupation", "counterprotest", "marches", "rallies",
    "protests", "demonstrations", "boycotts", "strikes", "walkouts", "petitions",
})  # fmt: skip
# Events whose organisers take no side (neutral_organizers.py): a festival's or a marathon's
# organisers counting who came are no party to anything, as named_organizers.py already reads
# "an organizer of the vigil". Not "conference" or "convention" (a party's convention, the
# conference calls of a delegates' revolt: politico, realgold30 gold partisan), nor "parade",
# "run", "walk" or "race", which name a side's march or a contest as often.
NEUTRAL_EVENTS = frozenset({
    "vigil", "vigils", "funeral", "funerals", "memorial", "festival", "festivals", "fest",
    "fair", "fairs", "concert", "concerts", "marathon", "marathons", "fundraiser",
    "fundraisers", "tournament", "tournaments", "expo", "exhibition", "gala", "ceremony",
    "carnival", "regatta", "triathlon",
})  # fmt: skip
# A candidate's regret of its own act is the act told (own_record.py): "I should have used two
# email addresses" (realgold33 gold: partisan), unlike a hope or a supposition ("I would cut").
OWN_ACT_REGRET_MODALS = frozenset({"should"})
# A candidate's people named as one body in a source phrase (candidate_staff.py): "Pratt's
# team said", "the Pratt camp says" (docs/gold-conventions.md "Candidates and campaigns as a
# partisan source": the campaign or its staff; realgold24 gold: "his team", partisan).
CANDIDATE_CAMP_NOUNS = frozenset({"team", "camp"})
# A labour union speaks for a side (labour_unions.py; gold README partisan_source, "the source
# is a party to the matter"): the word "union" in the source's own words ("the union", "the
# teachers union"), not a union of states or a bank ("credit union"); a capitalised "Union" only
# after a word of labour ("Service Employees International Union", not "European Union",
# "American Civil Liberties Union"); and the names unions go by ("Communications Workers of
# America", "the Teamsters", "AFL-CIO").
UNION_NOUNS = frozenset({"union", "unions"})
NOT_LABOUR_UNION_WORDS = frozenset({"credit", "european", "soviet", "african", "customs"})
LABOUR_WORDS = frozenset({
    "workers", "employees", "teachers", "nurses", "labor", "labour", "trade", "trades",
    "international", "steelworkers", "machinists", "electrical", "commercial", "drivers",
    "pilots", "officers", "firefighters", "miners", "writers",
})  # fmt: skip
UNION_NAME_WORDS = frozenset({"workers", "teamsters", "afl-cio", "seiu", "afscme", "uaw"})
# Unions known by their initials, read only as written in capitals ("The NEA estimates that close
# to 19,000 members have helped campaign", realgold33 gold: partisan; "the AFT said"): the
# National Education Association, American Federation of Teachers, electrical, food and
# communications workers, nurses. Lowercase "aft" (of a ship) is no union.
UNION_ACRONYMS = frozenset({"NEA", "AFT", "IBEW", "UFCW", "CWA", "NNU", "SEIU", "AFSCME", "UAW"})
# A race count that is no result given (race_unreal.py): one hoped for, said as what could be
# reached ("seven or eight thousand votes is very achievable"; realgold35 gold: not partisan).
RACE_HOPE_ADJECTIVES = frozenset({
    "achievable", "possible", "doable", "attainable", "feasible", "reachable", "winnable",
    "realistic", "likely",
})  # fmt: skip
# A speaker calling its own act a mistake tells the act (own_regret.py), as "I should have used"
# does (OWN_ACT_REGRET_MODALS): "using two email accounts was a mistake" (realgold16 gold:
# partisan), "it was a mistake to use only one account".
OWN_ACT_REGRET_NOUNS = frozenset({"mistake", "error"})
# An armed party to a war counting its dead and wounded (armed_parties.py; gold README
# partisan_source: "the Hamas-run health ministry", a belligerent): what Hamas, the Taliban or
# the rebels count of the war's harm is a side's own count, whether or not it reports its own
# action. Non-state armed groups only: a state's army or ministry is a party only for its own
# action (MILITARY_HEADS).
ARMED_PARTY_WORDS = frozenset({
    "hamas", "hezbollah", "houthi", "houthis", "taliban", "isis", "isil", "al-qaeda",
    "al-shabab", "rebel", "rebels", "separatist", "separatists", "insurgent", "insurgents",
    "militant", "militants", "guerrilla", "guerrillas",
})  # fmt: skip
# two-word names of such groups ("Islamic State", "Boko Haram")
ARMED_PARTY_NAMES = ("islamic state", "boko haram")
# the harm such a count counts: the dead and the wounded
WAR_HARM_WORDS = frozenset({
    "killed", "kill", "dead", "died", "die", "death", "deaths", "toll", "casualties",
    "casualty", "fatalities", "wounded", "wound", "injured", "injure", "injuries", "hurt",
})  # fmt: skip
# A natural hazard killing people is no war's harm (armed_parties.harm_of_a_hazard, wpart74): a
# government an armed group runs counting an earthquake's dead is no party to the quake
# ("Herat quake kills at least 1,140, Taliban say": tests/wiren n_5, tests/wire2y y_1 gold, not
# partisan). Words of the figure's sentence.
NATURAL_HAZARD_WORDS = frozenset({
    "earthquake", "earthquakes", "quake", "quakes", "aftershock", "aftershocks", "flood",
    "floods", "flooding", "landslide", "landslides", "mudslide", "mudslides", "avalanche",
    "cyclone", "hurricane", "typhoon", "tsunami", "storm", "eruption", "wildfire", "wildfires",
    "heatwave", "drought",
})  # fmt: skip
# The head word of a political party's name (contender_parties.py): "the Democratic Progressive
# Party", "the National Unity Front", "the Civic Alliance", "the Movement for Change". Not
# "Union" (a labour union or a union of states: labour_unions.py) nor "Congress" (a
# legislature's name as often as a party's).
PARTY_NAME_HEADS = frozenset({"party", "alliance", "front", "movement", "coalition", "league"})
# The states of an event's victims beside the harm words (labour_unions.counts_victims): a
# union reporting the missing is no side's count ("55 workers are still missing").
VICTIM_STATE_WORDS = frozenset({"missing", "unaccounted"})
# The verbs of a relative clause that name a body an action's organiser (named_organizers.py):
# "the CGT, which called the march", "the union, which organised the strike", "the alliance,
# which led the protests".
BODY_ORGANIZER_LEMMAS = frozenset({"call", "organize", "organise", "lead"})
# A strike's sides (strike_sides.py, session 65): the nouns of a strike; the role nouns that
# name the employer in a source phrase ("the company", "the terminal operator"); the verbs of a
# relative clause that make a named body the employer ("STI, which operates the terminal");
# the roles of a union's officials ("union president Ann Lee", "a CGT secretary").
STRIKE_NOUNS = frozenset({"strike", "walkout", "stoppage", "lockout"})
EMPLOYER_NOUNS = frozenset({"company", "operator", "employer", "carrier", "management"})
EMPLOYER_RELATIVE_VERBS = frozenset({"operate", "run", "own", "manage", "employ"})
UNION_ROLE_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "president", "secretary", "leader", "chairman",
    "chairwoman", "chief", "head", "negotiator", "official",
})
# An armed group's own acts (armed_acts.py, session 65): the nouns that name a group armed when
# marked so ("the M23 armed group", "a rebel militia"), the marks, the roles that speak for it
# ("M23 spokesman Innocent Bahati"), and the subjects that make an act the group's own ("the
# group would free 350").
ARMED_GROUP_NOUNS = frozenset({"group", "militia", "movement", "force", "forces", "faction"})
ARMED_GROUP_MARKS = frozenset({"armed", "paramilitary", "rebel", "militant", "jihadist"})
ARMED_ROLE_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "commander", "negotiator", "adviser", "advisor",
    "leader",
})
OWN_ACT_SUBJECTS = frozenset({"group", "movement", "militia", "it", "we", "they", "rebels"})
# the people a body "represents" that make it a union (strike_sides.py): "which represents the
# strikers"
REPRESENTED_WORKERS = frozenset({
    "worker", "striker", "employee", "member", "docker", "dockworker", "nurse", "teacher",
    "driver", "miner", "pilot",
})
# The roles by which a person speaks for the body the sentence before named, through "Its"
# (body_speakers.py): "The Taliban-run Ministry of Public Health gave far lower figures. Its
# spokesman, Abdul Wali Hakimi, told the BBC that 18,240 cases ...", "Its regional spokesman,
# Héctor Salinas" (tests/wire2a a_2, tests/wiref f_2 gold: partisan as the body is).
BODY_SPEAKER_ROLES = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "president",
    "leader", "head", "chief", "director", "secretary",
})  # fmt: skip
# The matters the opposition is a side of (opposition_sides.py, wpart71b): a vote and its tally,
# an election, its own people detained in a crackdown, its own crowd. Lemmas of the figure's
# sentence. Four writers mark the opposition's figures on them partisan (tests/wire2a a_4, wire2e
# e_4, wire2m m_4, wire2o o_4 gold), none on a third matter (tests/wirem m_2 a returns scheme,
# tests/wire2n n_1 heat deaths certified: not partisan).
OPPOSITION_MATTER_LEMMAS = frozenset({
    "vote", "ballot", "tally", "election", "poll", "referendum", "seat", "win",
    "detain", "arrest", "jail", "imprison", "activist", "supporter", "volunteer",
    "crowd", "rally", "protester", "march", "marcher", "demonstrator",
})  # fmt: skip
# A government's toll of its own crackdown (crackdown_tolls.py, wpart73): the bodies that answer
# for a crackdown at the political level, in a source phrase or just before a person's name
# ("Interior Minister Joseph Mutua", "the home ministry", "the junta"); not the police (their
# tolls: not partisan in the two sets that have one, tests/wire2m m_4, wire2x x_4), not a
# health ministry (no side by its name). The words of a death count, of a count of people held,
# and of a protest (docs/gold-conventions.md, "A government's toll of its own crackdown").
CRACKDOWN_GOVERNMENT_PATTERN = (
    r"\b(?:interior|home\s+(?:ministry|minister|office|affairs)|junta|regime|government"
    r"|ministry\s+of\s+(?:the\s+)?interior)\b"
)
CRACKDOWN_NOT_GOVERNMENT_PATTERN = r"\b(?:health|police|opposition|local|regional|provincial)\b"
DEATH_COUNT_WORDS = frozenset({
    "killed", "kill", "dead", "died", "die", "death", "deaths", "toll", "fatalities", "lives",
})  # fmt: skip
DETENTION_WORDS = frozenset({
    "arrested", "arrest", "arrests", "detained", "detain", "detention", "detentions",
    "detainees", "custody", "charged", "captured", "jailed",
})  # fmt: skip
PROTEST_PATTERN = r"\b(?:protest\w*|demonstrat\w+|unrest|riots?|rall(?:y|ies)|marche[sd])\b"
# A party counting the election it contests (election_parties.py, session 73): the words of the
# race's count in the figure's sentence ("at least 150 seats", "12 polling stations", "its own
# tally"), not the vote, the ballots or the turnout alone (a state party announces a caucus's
# count: docs/gold-conventions.md, "Candidates and campaigns"); the words that make a source
# phrase a party's ("party spokesman", "the opposition coalition"), and those that do when
# written as a name ("the Union Front", "the National League").
PARTY_RACE_LEMMAS = frozenset({"seat", "constituency", "polling", "tally"})
PARTY_SOURCE_WORDS = frozenset({"party", "coalition", "alliance"})
PARTY_NAME_WORDS = frozenset({"front", "league", "movement"})
# A fighting force's count of the other side's dead, wounded or captured (enemy_losses.py,
# wpart74; docs/gold-conventions.md "A fighting force's count of the other side's losses"). The
# nouns that name a source as a force in a fight beyond MILITARY_HEADS (a police force fighting
# bandits, a junta, a paramilitary, a unit of an army), and a staff that commands one ("Ukraine's
# General Staff").
FORCE_SOURCE_WORDS = frozenset({
    "paramilitary", "paramilitaries", "junta", "police", "brigade", "brigades", "battalion",
    "regiment", "gendarmerie",
})  # fmt: skip
FORCE_SOURCE_PATTERN = r"\bgeneral\s+staff\b"
# A police force is a party to a fight only where the text makes it the doer ("officers had
# killed 12 gang members"): a passive toll of attackers from the police ("six attackers were
# killed", tests/wire2d d_5 gold: not partisan, the army having fought) is no count of its own
POLICE_SOURCE_WORDS = frozenset({"police"})
# The people a fight's other side loses: fighters of any side ...
COMBATANT_NOUNS = frozenset({
    "fighter", "soldier", "serviceman", "servicemen", "troop", "combatant", "operative",
    "personnel",
})  # fmt: skip
# ... and those only the enemy is called: a force does not count its own this way, so a passive
# with no doer ("all four attackers had been killed") is the force's own act
ENEMY_NOUNS = frozenset({
    "militant", "terrorist", "bandit", "attacker", "assailant", "gunman", "gunmen",
    "insurgent", "rebel", "jihadist", "militiaman", "militiamen", "guerrilla", "extremist",
})  # fmt: skip
# "12 gang members": a member of a gang is the enemy as a bandit is
ENEMY_MEMBER_MARKS = frozenset({"gang", "enemy"})
# what a force does to the other side's people (not "die": a toll, whoever caused it)
LOSS_HARM_VERBS = frozenset({
    "kill", "wound", "injure", "capture", "neutralise", "neutralize", "eliminate", "hit",
    "shoot",
})  # fmt: skip
# the other side "lost 1,130 troops"
LOSS_VERBS = frozenset({"lose"})
# the doers of the harm that are the force's own: its officers, units, aircraft (the source
# phrase must name a force for these; "it", "we", "its fighters" name the source itself)
OWN_FORCE_DOERS = frozenset({
    "officer", "policeman", "police", "operator", "commando", "unit", "force", "forces", "troop",
    "soldier", "army", "military", "aircraft", "warplane", "jet", "drone", "artillery",
    "strike", "airstrike", "operation", "raid",
})  # fmt: skip
SELF_DOERS = frozenset({"it", "we", "they"})
SELF_POSSESSIVES = frozenset({"its", "our", "their"})
# A fighting force's count of its own dead or wounded (enemy_losses.counts_own_losses, wpart74b;
# docs/gold-conventions.md "A fighting force's count of its own losses"): what its own people
# suffer ("four of its soldiers were killed", "only three of its fighters died"), the people a
# force calls its own beyond COMBATANT_NOUNS ("seven of its own men"), the noun of a death
# ("the deaths of three fighters") and of a loss ("army losses were fewer than 20"), and the
# possessors that name the force itself ("the group's fighters") beyond SELF_POSSESSIVES.
OWN_LOSS_VERBS = frozenset({"kill", "wound", "injure", "die", "martyr"})
OWN_MEMBER_NOUNS = frozenset({"man", "men", "member"})
DEATH_NOUNS = frozenset({"death", "deaths"})
LOSS_NOUNS = frozenset({"loss", "losses", "casualty", "casualties"})
OWN_SIDE_POSSESSORS = frozenset({"group"})
