"""Rule data for attribution: reporting verbs and what they do not report, quotations, documents
and polls as sources (``extract/sources/``).
"""

# fmt: off
# "Wealth-X has it at $4.5 billion", "the survey had him at 4 percent", "the ministry has the
# toll at 53": what "have" puts at a figure when it reports an estimate (has_at_reports.py).
HAS_AT_PRONOUNS = frozenset({"it", "him", "her", "them", "us", "me"})
HAS_AT_AMOUNT_NOUNS = frozenset({
    "toll", "count", "figure", "number", "total", "tally", "fortune", "worth", "wealth", "value",
    "cost", "price", "support", "share", "lead", "rating", "rate", "approval", "estimate",
    "deficit", "debt", "loss", "turnout",
})
# Reporting verbs that report only a clause: with a direct object they mean something else
# ("employers added 187,000 jobs", "she noted a rise of 5 percent").
CLAUSE_ONLY_REPORTING_VERBS = frozenset({"add", "note", "admit"})  # "admitted 1,200 refugees"
# Reporting verbs that, with this particle or preposition and no clause, name an act and report
# nothing: "he showed up at the bar and shot two men", "the suspect had been arguing with a
# neighbor" (a quarrel), not "the poll showed 40 percent", "Lee argued that ..." (gvasrc).
ACT_VERB_PARTICLES = frozenset({
    ("show", "up"), ("argue", "with"),
    # phrasal idioms of acts (actverbs): "the agency counted on $5 million in grants", "he
    # pointed a gun at two officers", "she counts three senators among her friends"
    ("count", "on"), ("count", "among"), ("point", "at"),
})
# What a verb of saying or counting acts on when it is its object, so the figure counts what
# the act won or dealt with, not what the subject says (acting_verbs.py; gold README: the
# source is whoever gives the figure): "claiming 41 percent of the vote", "claimed nearly 400
# delegates", "the officer cited 12 drivers for speeding", "told three jokes", "the Senate
# confirmed 12 judges". Not "cited 12 deaths", "confirmed three deaths": what is reported.
ACT_VERB_OBJECTS = {
    "claim": frozenset({
        "vote", "delegate", "seat", "medal", "prize", "title", "award", "trophy", "victory",
        "win", "jackpot", "crown", "championship",
        # "Gunfire claimed the lives of a father and his two daughters": a killing, told
        "life",
    }),
    "cite": frozenset({"driver", "motorist", "people", "person", "man", "woman", "business"}),
    "tell": frozenset({"joke", "lie"}),  # not "told the story of three women": theirs
    "confirm": frozenset({"judge", "nominee", "appointee", "ambassador", "justice"}),
}
# Reporting verbs that report only with what they report (a clause or an object): "the study
# found that ...", "the survey found 40 cases", not "a victim also found outside with one wound".
COMPLEMENT_REPORTING_VERBS = frozenset({"find"})
# Verbs that name the speaker of a direct quotation only: `“Is it five? Six?” Ortiz asks.`
# (outside a quotation, "asked for $5 million" is a request, not a report).
QUOTE_ONLY_REPORTING_VERBS = frozenset({
    "ask", "wonder", "joke", "quip", "exclaim", "shout",
    # an interviewer's follow-up and a rejoinder: `"... the 11 million?" Hannity pressed.`,
    # `"...," Thor countered.` (src46); outside a quotation "pressed for $5 million" asks
    "press", "counter", "interject",
})
# Adjectives after a copula whose infinitive tells an act its subject did: "Aides were quick to
# point out that ...", "the mayor was careful to note that ...": the copula's subject speaks
# (speaker_adjectives.py; realgold24 gold "Advisers to Mr. Rubio"). Not "willing", "ready",
# "unwilling" or "reluctant", which tell no act done ("was unwilling to say how many ...").
SPEAKING_ADJECTIVES = frozenset({
    "quick", "quicker", "swift", "fast", "careful", "keen", "eager", "happy", "glad", "proud",
    "pleased",
})
# "Read" reports a quotation when a written thing is its subject: `“...,” the statement read`,
# `"...," the email read` (quotes.py; realgold48 gold: the statement is the source; two more
# allowed articles, session 64). Not a person reading aloud or "read the statement".
READ_VERBS = frozenset({"read"})
WRITTEN_SUBJECTS = frozenset({
    "statement", "email", "e-mail", "letter", "memo", "message", "note", "post", "tweet",
    "release", "sign", "caption", "headline", "text", "notice", "announcement",
})  # fmt: skip
# Objects that make any verb introduce a quotation: `Lee issued a statement, “...”`, `Cruz
# tweeted a warning. “...”` (the object names the quotation, not content of its own).
SPEECH_NOUNS = frozenset({
    "statement", "warning", "message", "reminder", "tweet", "response", "reply", "remark",
    "comment", "speech", "plea", "appeal",
})
# Subjects of a reporting verb that are a share of those counted, not a source: "most of
# them said they had paid", "many told reporters". "same" is what was said, read as a second
# subject ("Last month, 26 percent said the same": the share is the poll's, not "the same"'s).
NON_SOURCE_SUBJECTS = frozenset({
    "most", "many", "some", "all", "none", "few", "several", "both", "each", "same",
})
# "according to X" (the seed's "according to the Hamas-run Gaza health ministry").
ACCORDING_TO = ("according", "to")
# "The program cost $3 billion, per the Congressional Budget Office": "per" set off by a comma
# or opening the sentence reads as "according to" (per_sources.py).
ATTRIBUTING_PER = "per"
# A role held by one person identifies them ("Libya's ambassador to the UN", "the head of the
# rescue services"): named_person when the role is definite or possessed.
UNIQUE_ROLE_HEADS = frozenset({
    "ambassador", "head", "chief", "director", "minister", "president", "secretary", "chairman",
    "chairwoman", "chair", "governor", "mayor", "commander", "leader", "premier", "chancellor",
    "king", "queen", "prince", "pope", "envoy", "ceo", "founder", "coordinator", "commissioner",
    "prosecutor-general", "attorney-general", "general", "speaker", "editor", "author",
    # a county has one sheriff (realgold3, realgold12 golds: "the sheriff", "Sheriff" said)
    "sheriff",
    # and one coroner or medical examiner: docs/gold-conventions.md, "'X officials' as a
    # source", rules "the county coroner" a unique role (realgold4 gold: "The Scott County
    # coroner", named_person)
    "coroner", "examiner",
    # and one of each local office a figure comes from: a district's superintendent, a school's
    # principal, a prison's warden, a state's auditor or treasurer (gold README, "Source kinds":
    # a unique role -> named_person; "The superintendent said 300 students were sent home")
    "superintendent", "principal", "warden", "auditor", "comptroller", "treasurer", "marshal",
    "assessor", "ombudsman", "registrar",
})
# Openers that frame a sentence by a nominal source: "In a new poll, ...", "By the AP's
# tally, ...", "Under the governor's plan, ...".
FRAMING_PREPS = frozenset({"in", "by", "under"})
# Verbs of belief, expectation and proposal: their subject holds the figures of what they
# expect or propose (issue 11, PolNeAR): "the campaign believes it could win 90%", "The
# companies expect to save $2 billion", "Mr. Lee has proposed a 10 percent tax".
STANCE_VERBS = frozenset({
    "believe", "expect", "think", "hope", "fear", "propose", "seek", "urge", "want", "plan",
    "list", "peg", "rank", "assume", "anticipate", "envision", "advocate", "demand",
})
# Who denies or disputes a figure is not its source (issue 11): "The accused denied taking
# $5,000" gives $5,000 to whoever charged it, not to the accused.
DENIAL_VERBS = frozenset({"deny", "dispute", "reject", "refute", "contest"})
# Revising a count reports it: "the agency raised the death toll to 267" (objects: FIGURE_NOUNS).
COUNT_REVISION_VERBS = frozenset({"raise", "revise", "increase", "lower", "update", "put"})
# Revising one's own forecast reports it: "The Treasury cut its growth estimate to 1.1% from
# 1.6%", "the consultancy cut its export forecast to 40.5 million tons" (tests/wirex, wire2j,
# wire2k, corpus golds: the forecaster). Only with a forecast noun as the object that the
# subject owns ("its", "their"): "cut the number of flights to 200" is an act.
FORECAST_REVISION_VERBS = COUNT_REVISION_VERBS | frozenset({
    "cut", "trim", "slash", "reduce", "lift", "boost", "upgrade", "downgrade", "hike", "keep",
    "maintain",
})  # fmt: skip
FORECAST_NOUNS = frozenset({"forecast", "estimate", "projection", "outlook", "guidance"})
OWN_DETERMINERS = frozenset({"its", "their"})
# Who offers a reward sets its sum (real gold: "Crime Stoppers will pay up to $5,000 for
# information", "Police have upped the reward ... by $20,000"): the offer attributes the figure.
REWARD_VERBS = frozenset({"offer", "pay", "up", "raise", "increase", "double", "post", "boost"})
REWARD_NOUNS = frozenset({"reward", "bounty"})
# ... also without the noun, when the sum is "for information" or "for tips".
REWARD_FOR_NOUNS = frozenset({"information", "tip", "tips"})
# A subject that is itself a share of those counted is no source: "54 percent of voters said".
SHARE_HEADS = frozenset({
    "percent", "%", "majority", "share", "proportion", "half", "third", "quarter", "plurality",
    "minority", "fraction",
})
# Verbs by which a speaker goes on: the person named as their subject in the next sentence is
# the unnamed role just quoted ("A Red Cross official estimated ... Anna Weber ... added").
CONTINUATION_VERBS = frozenset({"add", "continue", "elaborate"})
# A picture that shows something depicts it; it is no source of the figures in what it shows
# ("This undated photo provided by the state police shows Lee, sought in the shooting of six").
PICTURE_HEADS = frozenset({
    "photo", "photograph", "picture", "image", "video", "footage", "still", "screenshot", "clip",
})
DEPICTION_VERBS = frozenset({"show", "depict", "capture", "record"})
# Verbs by which a thing shows what it holds: their subject is a source only when it carries
# information (a document, a poll, records, evidence, "court records show"); an outcome, a
# number or a map that shows a figure is the writer's ("The outcome showed that Hayes took 48.2
# percent", "The top number on the chart shows a lead of 3 points", "Red dots show the 14
# closed sites": 6 records of realgold19, realgold24, realgold36, no source). Only "show": people
# "suggest", "indicate" and "reveal" as often as things do ("Critics suggest ...").
SHOWING_VERBS = frozenset({"show"})
INFORMATION_HEADS = frozenset({
    "information", "evidence", "research", "record", "statistic", "return", "filing",
    "disclosure", "email", "e-mail", "transcript", "log", "receipt", "test", "autopsy",
    "investigation", "inquiry", "review", "audit", "finding", "search", "exam", "examination",
    "calculation", "model",
})
# Verbs of asking: the one asked, not the asker, answers in the next words ("he said").
QUESTION_VERBS = frozenset({"ask", "question", "quiz", "press"})
# Verbs of a relative clause on a figure that say who expected it ("the $8.04 a share that
# analysts expected", "the $2.2 billion Wall Street had forecast"); "look" only with "for".
EXPECTATION_VERBS = frozenset({
    "expect", "forecast", "predict", "estimate", "anticipate", "project", "look",
})
# What a person is "found" to be, not a finding they report ("Mother, child found dead").
FOUND_STATES = frozenset({
    "dead", "alive", "unresponsive", "unconscious", "guilty", "injured", "wounded", "shot",
    "slain", "missing", "safe", "responsive", "deceased", "lifeless",
})
# Conjunctions of a time clause that sets the scene before a reporting verb ("As the court
# stayed closed, two days after a gunman killed two, his daughter told a paper ...").
SCENE_MARKS = frozenset({"as", "when", "while", "after", "before", "since", "once"})
# Prepositions that open a sentence with the writer's frame before a speaker's words ("With 3
# days left, Lee said she was confident", "Despite 2 losses, Ruiz said ..."; writer_asides.py).
SCENE_PREPS = frozenset({"with", "without", "amid", "despite", "during"})
# Named-entity types of a subject that can assert a figure (a person or a body).
ASSERTING_ENTITY_TYPES = frozenset({"PERSON", "ORG"})
# "Police responded to two shootings": where a reporting verb goes is the writer's scene, not
# its content (realgold8/10 and realgold golds: no source; police only acting give none).
# Reporting verbs whose "to" is where one went or what one added to, not an audience or a
# citation ("said to a crowd of 500", "pointed to his 22 percent" stay the speaker's).
TOPIC_TO_VERBS = frozenset({"respond", "add"})
# "Trump said in February, when the company balked at unlocking a phone of one of the two
# attackers", "the ministry said on Wednesday, after a storm burst two dams": a clause after the
# reporting verb that only places it in time (real gold: no source). Not "while", "as" or
# "since", which also join what is said ("while African-Americans were concerned about the two").
TIME_MARKS = frozenset({"when", "after", "before", "once"})
# "..., officials said on Monday, as a heatwave pushed temperatures close to 46 degrees": an
# "as" clause after a reporting verb, with a subject of its own, is what went on while it was
# said (writer_asides.py; tests/wiren, tests/wirev golds: the figure has no source).
CIRCUMSTANCE_MARKS = frozenset({"as"})
# "police can't find evidence ... in the past two years, Blaise said", "bank records showed she
# had repaid less than $90,000" told to a court, "volunteers had recorded her winning 48
# percent" told to supporters, "we've now confirmed that three were deceased," said the chief:
# what a finding verb found, inside a speaker's words, is the speaker's (real and dev gold).
FINDING_VERBS = frozenset({"find", "show", "record", "confirm", "suggest", "reveal", "indicate"})
# "The department released more than 1,100 pages", "posted just two words", "71% of stories
# were written by men": a figure counting what these verbs put out is the act's, not a report
# (realgold12, realgold6, tuning 22 golds: no source; published_counts.py).
PUBLISHING_VERBS = frozenset({"release", "post", "publish", "tweet", "write"})
# Naming who the dead or hurt are is a report by whoever names them ("The coroner's office
# identified the woman and children as ...", "identified by county police as ..."; realgold5,
# realgold14, realgold16 golds).
IDENTIFYING_VERBS = frozenset({"identify"})
# Abbreviations the parser takes for a sentence end ("at Third Ave. and 73rd St. in Bay Ridge,
# ..., cops said", "spokesman Sgt. Kevin Lee said"), written without their period: a sentence
# cut after one goes on in the next (realgold3, realgold8 golds).
CUT_ABBREVIATIONS = frozenset({
    "ave", "st", "rd", "blvd", "dr", "ln", "ct", "hwy", "pkwy", "mt", "ft",
    "sgt", "lt", "capt", "cpl", "det", "gov", "sen", "rep", "gen", "col", "maj",
    "jr", "sr", "co", "corp", "inc", "a.m", "p.m", "u.s", "dept",
})
# What a poll "has" or "carries" that states its own precision, not a finding: "The poll has a
# margin of error of 3 points", "a credibility interval of 5 points" (realgold8, realgold12,
# realgold19 golds: no source; the writer describes the poll).
MARGIN_HEADS = frozenset({"margin", "interval"})
# Words that open a clause set off after a comma to say more about a name the report mentions:
# "New York, which she represented for eight years", "Donald Trump, who is joined on the
# ballot with four rivals", "the Kentucky primary, where he trailed by less than 1 percent";
# not "when" ("Monday, when her father-in-law opened fire ..., police said": the event itself)
# nor "whose" ("a man from Sindangan, whose death was the first in a decade, it said": dev).
ASIDE_RELATIVIZERS = frozenset({"which", "who", "whom", "where"})
# Verbs of intention: what someone hopes, plans or wants to do is an aim, not a figure they
# report ("Lee hopes that winning the state's 80 delegates will ...", "He plans to back at least
# 50 candidates", "hoping to score upsets in the three states": realgold10, realgold12,
# realgold5 golds give these no source). Beliefs and forecasts
# ("expect", "believe") still attribute; pledges and promises are reported (REPORTING_VERBS).
INTENTION_VERBS = frozenset({"hope", "plan", "want", "intend"})
# ... as the tagger may lemmatise them ("hopes" -> "hop").
INTENTION_FORMS = frozenset({"hopes", "hoped", "hoping"})
# What someone demands or advocates is an aim, not a figure they report ("workers who demanded
# a $15 minimum wage", "protesters who are advocating for a $15 wage": realgold14 golds give
# no source); with INTENTION_VERBS.
DEMAND_VERBS = frozenset({"demand", "advocate"})
# What someone proposes or seeks is an aim too ("Clinton seeks an additional $1 trillion in
# revenue", "she is proposing $275 billion in infrastructure investment": realgold6, realgold24
# golds give no source; PolNeAR gives the proposer, src55).
PROPOSAL_VERBS = frozenset({"propose", "seek"})
# Pledging, promising or vowing to do something is an aim too ("He pledged that he would get
# the unemployment rate down to 6 percent", "pledged to ban all Muslims - 1.6 billion":
# realgold5, realgold10, realgold20 golds give no source); what is pledged as a gift is still
# reported ("Britain pledged 1 million pounds": dev gold).
PLEDGE_VERBS = frozenset({"pledge", "promise", "vow"})
# Words by which a headline says who gives its figures (with a label "Police:" or a poll or
# report that shows them): "..., police say", "Toll rises to 40, officials confirm",
# "according to". Any other verb's subject is the headline's news (headline_verbs.py).
HEADLINE_SAYING_WORDS = frozenset({
    "say", "says", "said", "tell", "report", "confirm", "announce", "according", "estimate",
    "claim", "allege", "count", "put",
})  # fmt: skip
# "3 People Found Shot To Death", "30 officers responded to the scene": reporting verbs that
# without a clause name an act, not a report (``reported_acts.py``).
ACT_OR_REPORT_VERBS = frozenset({"find", "respond"})
# Reporting verbs that report only speech: a quotation they close (``"...," he continued``,
# found by quotes.py) or a clause of their own; without either they go on with an act ("Lee
# continued his run, winning 14 delegates", "the drinking continued, and four years later").
SPEECH_ONLY_VERBS = frozenset({"continue", "remind"})
# Prepositions after which a reporting gerund speaks with its head verb's subject: "erred in
# saying that", "responded by noting that", "after arguing that" (src46); not "for": "scolded
# Romney for suggesting" is Romney's word.
GERUND_SPEECH_PREPS = frozenset({"by", "in", "after", "while", "before", "upon"})
# "Lee was quoted as saying that 14 died", "was cited as saying": the one quoted speaks
# (gerund_speakers.py); "as saying" after another verb is left alone.
QUOTED_AS_VERBS = frozenset({"quote", "cite"})
# people "at"/"of"/"from" a named body author its document ("a study by economists at Duke
# University")
AUTHOR_AFFILIATION_PREPS = frozenset({"at", "of", "from", "with"})
# What opens a clause of time, cause or condition, whose reporting verb is part of the event,
# not a report of the figure beside it (event_clauses.py): "received five months' probation
# after she had posted comments"; not "as" (", as police reported") nor "while". "since" is
# of time or cause both ("It has been two months since senators confirmed a judge": realgold
# gold none).
EVENT_CLAUSE_MARKS = frozenset({
    "after", "before", "when", "once", "until", "because", "if", "unless", "although", "though",
    "since",
})  # fmt: skip
# "The ministry placed the death toll at 120", "pegged the cost at $3 billion", "gave the
# figure as 120": a reckoning placed at a figure is reported as "put ... at" is
# (put_reports.py). Not "set": "set the number of seats at 12" decides, it does not count.
PLACING_VERBS = frozenset({"place", "peg"})
GIVING_AS_VERBS = frozenset({"give"})
# "The commissioner gave a toll of 11 dead", "gave a higher figure of 36": a reckoning given
# "of" a figure is its giver's, as one given "as" it is (put_reports.py; tests/wirev,
# tests/wirew golds: the giver named_person). Only nouns of a reckoning: not "gave a total of
# $5 million" (a gift) nor "gave a number of reasons".
RECKONINGS_GIVEN_OF = frozenset({"toll", "figure", "count", "tally", "estimate"})
RECKONED_OBJECTS = frozenset(
    {
        "toll",
        "number",
        "figure",
        "count",
        "total",
        "tally",
        "estimate",
        "cost",
        "crowd",
        "damage",
        "loss",
        "losses",
        "turnout",
        "attendance",
    }
)
# Verbs of praising a figure as one's own news: their subject gives the figures of what they
# tout ("Obama hailed the record streak 71 months of job growth": realgold5 gold; "he touted how
# far his campaign had come in the last 10 months", "Clinton touted ... $275 billion": breitbart,
# huff-post unannotated)
TOUTING_VERBS = frozenset({"tout", "hail"})
# Verbs of grudging speech: they report only a clause of their own ("a caller complained that
# 80 percent of his friends ...": realgold20 gold; "concedes that ... Bill's two terms":
# wash-post unannotated); with an object they are acts ("Clinton conceded the race")
GRUDGING_VERBS = frozenset({"concede", "complain"})
# Verbs and speech nouns whose "to" names who hears the speaker: a figure there counts the
# audience ("Canova wrote to his 20,000 Twitter followers", "Lopez spoke to 2,000 supporters",
# "in a speech to 300 donors"), the writer's count, not the speaker's words. Not verbs whose
# "to" is what is given, owned up to or pointed at ("pledged $5 million to 3 charities",
# "admitted to two affairs", "pointed to 22 percent").
AUDIENCE_TO_VERBS = frozenset({
    "say", "speak", "talk", "write", "tweet", "explain", "announce", "declare", "boast",
    "brag", "complain", "joke", "preach", "lecture",
})  # fmt: skip
AUDIENCE_TO_NOUNS = frozenset({"speech", "remarks", "address", "letter", "message"})
# Verbs whose object is who hears: "Clinton told a crowd of 1,300", "Addressing about 100
# committee members", "briefed 40 lawmakers"
AUDIENCE_OBJECT_VERBS = frozenset({"tell", "address", "brief", "assure", "remind", "inform"})
# ... and the words before who hears them: "said in front of a crowd of about 1,000" (nyt), "spoke
# before 2,000 supporters"; "in front of" is read from the parse
AUDIENCE_PREPS = frozenset({"to", "before"})
# Entity labels of a clause's subject that may speak a quotation set inside its sentence, where
# the tagger reads the name as a common noun ("Sanders used this question to demand wealthy
# Americans "pay ... over $250,000"": "Sanders" tagged the plural noun "sander", labelled
# PERSON) (embedded_quotes.py)
QUOTING_SUBJECT_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Who releases or reveals the names or details of people acts on them, and does not report the
# count inside ("Authorities have released the names of three men slain", "released new details
# about a father who shot his twin daughters", "revealed more about what drove a gunman to shoot
# four": tests/realgold, realgold8, realgold19 golds, source none; released_particulars.py).
# "Announced details about a shooting that left seven dead" stays the announcer's (realgold12).
RELEASING_VERBS = frozenset({"release", "reveal"})
# Setting people free is an act, not a report: "the rebels would release 316 people",
# "freed 40 prisoners" (tests/wirea a_5 gold: the figures are the sources' who tell of the deal).
FREEING_VERBS = frozenset({"release", "free"})
# Whom one frees, beyond people and persons (reporting_verbs._people_found).
CAPTIVE_NOUNS = frozenset({
    "prisoner", "detainee", "hostage", "captive", "inmate", "fighter", "soldier", "migrant",
})  # fmt: skip
# What is released about the people: their names, details of what happened. Not "identities":
# realgold3's gold keeps "The Bastrop Police Department has released the identities of the four
# people found dead" the department's (the one tuning case against the ruling).
PARTICULARS_NOUNS = frozenset({"name", "detail", "more", "information"})
# The prepositions that join the particulars to the people or event they are about.
PARTICULARS_PREPS = frozenset({"of", "about", "on"})
# Reporting verbs whose third-person form the parse may read as a plural noun after a name:
# "Trump estimates that he spent $45 million", "Wealth-X tallies 585 in the United States",
# "which the Tax Foundation estimates would cost $170 billion" (misread_verbs.py; realgold10,
# PolNeAR). The name is the source.
MISREAD_VERB_LEMMAS = frozenset({
    "estimate", "tally", "calculate", "project", "predict", "count", "claim", "report", "say",
})  # fmt: skip
# Forecasting verbs whose third-person form the parse may read as a noun compounded on the
# noun after it: "The IMF projects growth of 6.5%", "The central bank forecasts inflation will
# fall to 21%" (misread_verbs.py, figure_after_misread_compound; tests/wire2t, wire2v golds).
MISREAD_COMPOUND_LEMMAS = frozenset({
    "project", "forecast", "predict", "estimate", "calculate", "tally",
})  # fmt: skip
# "a poll by the Ledger and Channel Nine": the entity kinds of a second author joined to a
# credited document's first (joined_authors.py).
JOINED_AUTHOR_ENTS = frozenset({"ORG", "PERSON", "NORP", "GPE"})
# "He said, twice, that ...": words that count the times a speaker spoke, the writer's count.
SPEECH_COUNT_WORDS = frozenset({"once", "twice", "thrice"})
# "Supporters say by 55%-41% that ...", "he said of the plan to hire 800": prepositions on "say"
# that frame the saying, not its content; "in" only opening the sentence before the verb ("in a
# shift from 150 years of law, Lee said that ..."), not after it ("said in addition to ...").
SPEECH_FRAME_VERBS = frozenset({"say"})
SPEECH_FRAME_PREPS = frozenset({"by", "of"})
SPEECH_FRONT_PREPS = frozenset({"in"})
# Objects by which "claim" takes rather than asserts: "Gunfire claimed the lives of three",
# "the flu has claimed 40 lives" (realgold7 gold: no source; sources/taken_lives.py).
TAKEN_OBJECTS = frozenset({"life", "lives"})
# "a margin that no poll had predicted", "which none of the forecasters anticipated", "no
# injuries reported": a source phrase opening with one of these words says no one reported
# the figure (sources/denied_sources.py).
DENYING_WORDS = frozenset({"no", "none", "nobody", "neither", "nor", "not"})
# "The governor said nothing about the 300 layoffs", "said little about the $2 billion gap": the
# object of a reporting verb that says the figure went unsaid (sources/negated_reports.py).
UNSAID_OBJECTS = frozenset({"nothing", "little"})

# "Karachi recorded 49 C", "Nigeria has registered 3,400 cases": a place that records or
# registers a figure is where it happened, not who gives it (sources/place_records.py).
PLACE_RECORD_VERBS = frozenset({"record", "register", "log"})
