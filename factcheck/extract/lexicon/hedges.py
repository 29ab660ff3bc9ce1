"""Rule data for hedge words and the clauses a hedge does not reach (``extract/caveats/``; gold
README, "hedged").
"""

from factcheck.extract.lexicon.shared import BELIEF_VERBS, CHANGE_VERBS

# fmt: off
# Change verbs whose "from" phrase gives the level a forecast change starts from, known as it
# stands: "projected to swell to 9 million in 2030, from 6 million in 2020" (realgold5 gold: the
# starting level not hedged; hedge_clause_reach.starting_level).
STARTING_LEVEL_VERBS = CHANGE_VERBS | frozenset({"swell", "double", "triple"})
# Words that open an embedded question, whose content a belief or forecast over it does not
# assert: "thought the party would ask why it had lost twice" (realgold33's shape: not hedged).
EMBEDDED_QUESTION_WORDS = frozenset({"why", "how", "whether"})
# "believed to", "reportedly", "allegedly", "claimed", "estimated" -> hedged
# forecasts are estimates too: "economists had expected 3.4 percent"
# Not "maybe", "perhaps" (session 46, cav3): as hedge lemmas they changed 4 figures on 4
# allowed articles, 2 right (the shape "there could be maybe 20 percent who ...") and 2 wrong
# (the shape "Most striking, perhaps, is that she led by 12 points": the adverb weighs the
# writer's judgment, not the figure); realgold35 and realgold36 fell. Right before the
# figure's own words they occur on 2 allowed articles only, short of a rule.
HEDGE_LEMMAS = frozenset({
    "believe", "reportedly", "allegedly", "purportedly", "supposedly", "apparently", "claim",
    "allege", "estimate", "estimated", "think", "suspect", "presume", "assume", "rumor", "rumour",
    "purported", "alleged", "reported", "possibly", "probably", "likely", "may", "might", "expect",
    "forecast", "project", "predict", "fear",
    # a calculation of a size is an estimate of it: "the Labor Department calculates that 4.2
    # million workers will become eligible" (realgold33 gold: hedged), an economist "calculates
    # that" a count of jobs (session 63, cav63: 3 allowed articles, pool63 judged)
    "calculate",
    # a warning of a size is a forecast of it (warnings.py; tests/wired d_2, tests/wireg g_1
    # golds, session 65); a warning of what happened is not
    "warn",
})
WARNING_LEMMAS = frozenset({"warn"})
# A speaker's guess at a size, the adverb right before the figure's own words: "maybe 200 in
# our coach", "perhaps four out of five deaths" (guess_adverbs.py; five wire writers' gold)
GUESS_ADVERBS = frozenset({"maybe", "perhaps"})
# the words inside a figure's phrase between such an adverb and the figure's last number word:
# "maybe five or six", "perhaps four out of five", "maybe $10 to $15"
GUESS_FIGURE_JOINERS = frozenset({"to", "or", "and", "out", "of", "in", "-", "–", "a"})
# modals that look ahead: a clause a warning governs with one forecasts ("could be lost")
FORWARD_MODALS = frozenset({"could", "would", "will", "may", "might", "can", "'ll", "wo"})
# prepositions that set a warning in time or give its cause, not what it warns of ("warned
# residents after 12 homes were burgled", "warned on Tuesday, during a visit to 3 shelters")
WARNING_SETTING_PREPOSITIONS = frozenset({
    "after", "before", "since", "during", "following", "despite", "amid", "because", "on", "at",
    "in", "with", "to", "for", "by", "from",
})
# "is said to be worth $2 billion", "are said to have died": hearsay, as "reportedly" (gold
# README, hedged); only passive with a "to" infinitive (said_to_hedges.py), never "said that".
HEARSAY_PASSIVE_VERBS = frozenset({"say", "rumor", "rumour"})
# A speaker's "could" on a verb that sizes the figure projects a size (speaker_projections.py;
# docs/gold-conventions.md "Forecasts and beliefs" (b): a person's or officials' prediction of
# a size): "researchers said the real number could exceed 30 million", "an airline official
# said the number could reach as many as 80", "told reporters that the site could hold between
# 40 and 60 people", "analysts said prices could touch $3,600" (tests/wiree, wirep, wirew,
# wire2f, wire2i, wire2j, wire2k, corpus golds: hedged; realgold6 "A source said that Tenney
# could end up winning by more than ten points": hedged). Not "take" or "last" (a span the act
# takes: tests/wirea, wiref, wirej, wiren golds not hedged), nor "be" (modal_hedges.py).
PROJECTION_SIZE_VERBS = frozenset({
    "reach", "exceed", "top", "surpass", "total", "hit", "touch", "hold", "cost", "fetch",
    "outstrip", "account", "number", "climb", "rise", "fall", "drop", "grow", "win",
})
# How the figure hangs below such a verb: its object, a measure ("by as much as 3 gigawatts"),
# a target ("to 80", "for as much as half"), an attribute
PROJECTION_FIGURE_DEPS = frozenset({"dobj", "prep", "npadvmod", "attr", "advmod", "pcomp"})
# the prepositions such a verb's figure stands in: "rise to 80", "outstrip by 3 GW", "account
# for half", "win by more than ten points"; not a time or place ("by the end of June", "in
# Achaia")
PROJECTION_SIZE_PREPOSITIONS = frozenset({
    "to", "by", "for", "of", "at", "about", "around", "between",
})
# Hedge adjectives that name a category when they modify a noun: "996 likely voters" is a poll's
# sample, not a guess (issue 11, polls); "276 suspected cases", "eight reported incidents"
# count cases of that class (session 14: gold never hedges a figure on "reported").
CATEGORY_HEDGES = frozenset({"likely", "suspected", "reported"})
# "could" hedges a figure only as a guess at its size: "the number trapped could be as high
# as 150", "could exceed 1,000"; not "could give Hamas a better account of 240 hostages".
# Not "would": a conditional or a plan's terms ("would be the first in more than 20 years",
# "would climb over six years"; 3 PolNeAR articles, no gold hedge from it, session 14).
SPECULATIVE_MODALS = frozenset({"could"})
SIZE_VERBS = frozenset({
    "be", "reach", "exceed", "top", "surpass", "number", "total", "rise", "climb",
})
# Lemmas that are hedges only in certain uses: "claim" as a noun ("his claim of 50") is hedged,
# "may" as a month is not; these are checked against the part of speech.
HEDGE_POS = frozenset({"VERB", "ADV", "ADJ", "AUX", "NOUN"})
# "The toll could be between 100 and 200", "could be around 300": a preposition that sizes what
# "be" says; not "33% would be scared, including 8% of Democrats".
SIZE_PREPOSITIONS = frozenset({
    "between", "around", "about", "over", "under", "above", "below", "near", "at", "in",
})
# Clauses whose figures a hedge on the main clause does not reach: "If you ask one more question,
# I may leave", "the toll may rise because teams have yet to reach 30 villages"; a "while"
# clause shares the hedged act ("allegedly sat ... while holding a rifle and firing on two
# houses").
# A "rather than" clause is the alternative set aside ("Rather than pay a 40 percent tax,
# employers will likely cut back"; session 35, cavp43): its figure is no forecast either.
CLAUSE_MARKS_OUTSIDE_HEDGE = frozenset({
    "if", "unless", "because", "since", "although", "though", "whether", "once", "as", "than",
})
# Marks of a contrasting clause: with a subject of its own it states another side's figure
# outside the hedge ("claimed 25,000, while police put the crowd at 8,000";
# hedge_clause_reach.contrasting_clause) and gives that figure its own source ("X said 36,500
# tickets were sold, while the fans' group estimated the crowd at 50,000";
# sources/contrast_clauses.py)
CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})
# A participle that opens a supposition, like "if" ("- assuming a two-way race", "assuming that
# what won 13 million votes wins five times that number"; 2 PolNeAR articles, realgold10 gold:
# not hedged): supposed, no one's belief or estimate (suppositions.py). With a subject ("the
# campaign is assuming 40 percent") it is a belief and hedges.
SUPPOSITION_PARTICIPLES = frozenset({"assuming", "supposing", "presuming"})
# "claim" meaning win or take, no hedge: "claiming 41 percent of the vote", "claimed 12 lives".
CLAIM_WIN_OBJECTS = frozenset({
    "life", "vote", "seat", "delegate", "title", "prize", "victory", "win", "medal", "spot",
})
# Verbs of saying coordinated with the hedge verb or set off after it ("estimated losses at $4m
# and said prices had fallen 15%", "estimated damage at €400m, saying 9,000 hectares were
# flooded"): what they say is a statement of its own, not what is estimated
# (hedge_clause_reach.said_beside; tests/wirey, tests/wirem golds, session 71). Not after a
# claim or an allegation ("claimed responsibility, saying it killed 40": tests/wired, hedged).
SAYING_BESIDE_VERBS = frozenset({"say", "add", "tell"})
# A dash or semicolon ends the clause a hedge governs: "bail set at $50,000 — Lee is expected
# to be arraigned Monday" (a parse may join the two).
CLAUSE_BREAKS = frozenset({"—", "–", ";", "--"})
# "he allegedly killed his wife and wounded two officers": the harm is established, only who
# did it is alleged (realgold3/8 READMEs), so the victims are no hedged figure; "allegedly
# shooting at 5 people" (an act aimed at them) and "allegedly kidnapped" stay hedged.
ALLEGATION_ADVERBS = frozenset({"allegedly"})
# Marks of a time clause, whose event a hedge on the main clause does not reach: "believe the
# suspect fled after shooting three people" (session 36, cav44; hedge_clause_reach.py).
TIME_CLAUSE_MARKS = frozenset({"after", "before", "when", "until", "till", "whenever"})
# Dependents of a passive "reported" that state what is reported of the figure ("were reported
# killed", "reported dead", "reported to have died"): only these make it a hedge.
REPORTED_STATE_DEPS = frozenset({"xcomp", "oprd", "acomp", "ccomp"})
# ... except a state that a report itself makes: "reported missing" records a missing-person
# report, it does not say that someone is believed missing ("400 people had been reported
# missing by relatives", "put the number of people reported missing at 23"; tests/wirel,
# tests/wire2o golds: not hedged; session 71).
REPORT_MADE_STATES = frozenset({"missing"})
# "may" / "might" hedge a figure only as a guess at it: the figure is what may be ("as many as
# 20 people may have died", "17 percent may still be undecided"), the size a sizing verb
# gives ("might be 40 to 50 feet high"), or a count of a harm that may have been done ("may
# have shot four people"). Not a figure that only places or prices a possible act ("no one may
# solicit within 150 feet", "delegates might make the threshold 15 states", "you may lose
# voters on one end", "might meet him for $35,000"; 7 PolNeAR articles, 1 GVA headline).
GUESSING_MODALS = frozenset({"may", "might"})
# A "may" whose clause a "but" clause answers concedes it ("may only be a venue for some
# 250,000 Iowans, but the decisions matter", "may be job one, but ..."; 3 PolNeAR articles,
# session 35, cavp43): concessive_modals.py.
CONCESSIVE_CONJUNCTIONS = frozenset({"but", "yet"})
# the verbs whose figure a "may" guesses at: a harm's count, or who an event involved ("the
# shooting might have involved more than one gunman", GVA)
MODAL_COUNT_VERBS = frozenset(
    {"kill", "die", "shoot", "wound", "injure", "hurt", "murder", "stab", "drown", "steal"}
    | {"involve", "include"}
)
BELIEF_OWN_MODIFIER_DEPS = frozenset({"advmod", "npadvmod", "prep"})
# Words after a figure that already state the harm it counts: "4 killed on the South Side may
# have died in a home invasion", "Four people killed in a shooting that may have been a
# robbery" (realgold10, tune22 golds; realgold14 the same with "are believed to"): the count
# stands on the participle, a hedge on the main verb is about something else said of them.
HARM_STATED_WORDS = frozenset({"kill", "shoot", "wound", "injure", "stab", "slay", "dead"})
# docs/gold-conventions.md "'Appears', 'apparently', 'suggest' as hedges": "it appears (that) ...",
# "appears to ...", "suggest(ed) (that) ..." over the figure's clause make it an inference
# (realgold8 "exit polls suggested that turnout ... dropped roughly 40 percent", realgold12 "It
# appears they were both shot", realgold16 "it appears the father killed himself"); not
# "appeared in 12 films", "suggested three names" (no clause), nor "indicates"/"shows".
INFERENCE_VERBS = frozenset({"appear", "suggest"})
# what the inference verb governs: a clause ("it appears [that] ...") or an infinitive
INFERENCE_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
# A witness's impression is an inference too: "It sounded like it was from just one gun"
# (realgold4 gold: hedged), "it looked like three men ran out": the verb with a clause that
# "like" (or "as if", "as though") opens, or "like" + the figure's own phrase ("what sounded like
# five gunshots"); not a figure in an adjunct ("looked like a war zone with 30 casings").
PERCEPTION_VERBS = frozenset({"sound", "look", "seem", "feel"})
PERCEPTION_CLAUSE_MARKS = frozenset({"like", "if", "though"})
# A speaker's own guess set in a clause as an aside: "they shot, I would say, six shots"
# (realgold6 gold: hedged); "say" with "I"/"we" and "would" (or "'d"), hung on the clause.
GUESS_ASIDE_VERBS = frozenset({"say", "guess", "estimate"})
GUESS_ASIDE_SUBJECTS = frozenset({"i", "we"})
GUESS_ASIDE_MODALS = frozenset({"would", "'d", "’d"})
# A count forecast to change with no new size ("the toll of 23 is expected to rise"): the
# figure may change, the gold README's `preliminary` (forecast_hedges.forecasts_a_change_of).
PRELIMINARY_CHANGE_VERBS = frozenset({"rise", "climb", "increase", "grow", "mount", "change"})
# A forecast of more of what is counted, with no size: "we are expecting more deaths", "officials
# fear further casualties" (forecast_hedges.forecasts_a_rise): the count may rise, no figure is
# estimated.
RISE_COUNT_WORDS = frozenset({"more", "further", "additional"})
# How a forecast change's own figure hangs from its verb: "grow 2 percent", "rise by $300", "to
# 3,000", "increase pay for 30 million workers" (a forecast of a size, not a count that may
# change; caveat_attach._sizes_the_change); not a clause of its own ("because ... 30 villages").
CHANGE_SIZE_DEPS = frozenset({"dobj", "npadvmod", "prep", "dative", "attr", "oprd", "advmod"})
# How the hurt are forecast to fare: "expected to survive / recover / live / be OK"; the count
# of them is known, not forecast (forecast_hedges.forecasts_recovery).
HURT_OUTCOME_VERBS = frozenset({"survive", "recover", "live", "pull"})
HURT_OUTCOME_STATES = frozenset({"ok", "okay", "fine", "alright", "stable"})
# Words that forecast an act (``forecast_hedges.py``): over an act whose object holds the figure
# ("will most likely vote on four measures", "is expected to cut 277 jobs") they hedge the act,
# not the figure (realgold3, realgold5, realgold14, realgold20 golds; unannotated PolNeAR).
FORECAST_HEDGE_LEMMAS = frozenset({"expect", "expected", "likely", "probably", "possibly"})
# how the figure hangs below the act verb: its object, or a phrase of it
FORECAST_ACT_DEPS = frozenset({"dobj", "prep", "dative", "npadvmod", "advmod", "ccomp"})
# Verbs that size a span of time: "the repairs will probably take six weeks", "the strike is
# expected to last three days". With a duration as their figure they give its size, as "cost"
# gives an amount's (docs/gold-conventions.md "Forecasts and beliefs" (c): "likely" or
# "probably" on the verb that sizes the figure), not an act the figure is the setting of.
DURATION_SIZE_VERBS = frozenset({"take", "last"})
# figures that measure (money, shares, quantities): a forecast act's object of these kinds is the
# forecast amount ("is expected to cost $2 billion"), not a count the act merely involves
MEASURE_ENTITY_TYPES = frozenset({"MONEY", "PERCENT", "QUANTITY"})
# Belief verbs whose subject side counts believers: "63 percent still believe ...", "two-thirds
# ... predict they will ..." (believers.py; PolNeAR nyt, usa-today).
BELIEVER_VERBS = frozenset({"think", "believe", "predict", "expect", "fear", "suspect"})
# How a parse hangs a figure before the verb on it, on the subject side: as the subject, or by
# a comma, a preposition or an appositive it misattaches ("most Americans - 63 percent ...").
BELIEVER_SIDE_DEPS = frozenset({"nsubj", "punct", "prep", "dep", "appos", "npadvmod"})
# "claim" as a statement of the figure (claim_hedges.py): "Trump claims he's worth $10 billion"
# (tagged a noun), "his claims that his net worth exceeds $10 billion", "organizers claimed
# nearly 400 delegates participated" (PolNeAR usa-today, nyt, politico).
CLAIM_LEMMAS = frozenset({"claim"})
# nouns of claiming whose "that" clause states the figure as the speaker's claim: "Clinton's
# assertion that 90 to 95 percent of the e-mails were in the system" (realgold32 gold: hedged),
# "his contention that 40 jobs were lost", "her boast that she won 30 states"
CLAIM_NOUNS = CLAIM_LEMMAS | frozenset({"assertion", "contention", "insistence", "boast"})
# the clause a claim holds: a content clause of the noun or the verb's complement clause
CLAIM_CLAUSE_DEPS = frozenset({"acl", "ccomp"})
# gold README, "hedged" ("estimated", "claimed"): a clause on the figure's own noun whose object
# the figure is ("the 50,000 a day city officials estimated", "$27, which he claimed as his
# average donation", "the $36.5 billion estimated by Forbes"; usa-today, breitbart, west-journal).
# Not forecasts (the golds split on them), nor "suspected" ("two men suspected in the robbery":
# the men are suspected, not their number), nor belief verbs that need a clause.
RELATIVE_HEDGE_LEMMAS = frozenset({"estimate", "claim", "allege", "assume", "presume", "reckon"})
# a participle on the noun hedges only as an estimate or a claim: "the $5 million estimated by"
RELATIVE_HEDGE_PARTICIPLES = frozenset({"estimate", "claim"})
# a clause that says something of its own: "believed to be with the tribe", "claimed that ..."
RELATIVE_HEDGE_CONTENT_DEPS = frozenset({"ccomp", "xcomp"})
# Belief verbs over a harm whose doer the believed clause names: "Investigators believe Ruiz
# and his son were gunned down by several men" (realgold6 gold: not hedged): the doer is the
# belief, the victims a known toll (known_tolls.victims_of_believed_doer).
DOER_BELIEF_VERBS = frozenset({"believe", "think", "suspect"})
# harm verbs beyond VICTIM_VERBS a believed doer's clause uses: "gunned down"
BELIEVED_DOER_HARM_LEMMAS = frozenset({"gun"})
# "suspected of killing three people", "the man suspected in the shooting deaths": an accusation
# frame (known_tolls.py), as "accused of" is; the victims of the harm are a known toll
SUSPECTED_OF_PREPS = frozenset({"of", "in"})
# "a massacre that left nine dead", "the incident that left one person dead and dozens injured":
# the toll an event left, known however the doer is alleged
KNOWN_TOLL_LEAVE_VERBS = frozenset({"leave"})
KNOWN_TOLL_STATES = frozenset({
    "dead", "injured", "injure", "wounded", "wound", "hurt", "kill", "killed", "hospitalize",
    "hospitalized",
})  # fmt: skip
# Verbs of supposing whose own modifiers are no supposition (caveat_hedges._modifies_belief):
# "the Russians gradually assumed control of the company in three separate transactions" (the
# three transactions place the act of assuming; realgold gold: not hedged), "until the voters
# get their say in at least one or two states, I think we are going to ..." (the figure is in a
# clause on the thinking, not in what is thought). What is supposed is the verb's clause:
# "Officials assume 12 people drowned", "he is presumed to have killed three".
SUPPOSING_VERBS = BELIEF_VERBS | frozenset({"assume", "presume", "suppose"})
# ... and the links that hang such a modifier on the verb: an adverb, a phrase, an adverbial
# clause ("until ...", "when ...", "because ...").
SUPPOSING_OWN_MODIFIER_DEPS = BELIEF_OWN_MODIFIER_DEPS | frozenset({"advcl"})
# "believe in" is trust, not a belief that a figure holds: "so clearly believed in her
# judgment", "Everyone believes in the rule of law" (trust_beliefs.py; realgold48 gold
# and PolNeAR: the figure beside it is not hedged). "in" with a time ("believe in ten years we
# will ...") still opens the belief's clause.
TRUST_PREPS = frozenset({"in"})
# A figure noun forecast to change, said of a figure given before it: "The number may go up",
# "We expect that number to go up", "a figure that could double", "that amount is expected to
# grow" (tests/wired d_1, wiref f_3 f_4, wireg g_1 golds: `preliminary` on the figure the noun
# stands for; figure_changes.py). The nouns that stand for a figure given before ...
CHANGING_FIGURE_NOUNS = frozenset({
    "number", "figure", "toll", "count", "tally", "total", "amount", "sum", "estimate",
})
# ... the verbs of its change (with "go up") ...
FIGURE_CHANGE_VERBS = frozenset({"rise", "climb", "increase", "grow", "mount", "double", "go"})
# ... the modals and the frames ("expected to", "likely to") that make the change a forecast.
CHANGE_FORECAST_MODALS = frozenset({"could", "may", "might", "will", "would", "'ll"})
CHANGE_FORECAST_FRAMES = frozenset({"expect", "likely", "set", "fear", "bound", "poise"})
# A change said to follow from a count before it: "Nine are critical, so the number will go
# up", "..., meaning the official toll could rise" (figure_changes.consequence_mark).
CONSEQUENCE_ADVERBS = frozenset({"so"})
CONSEQUENCE_PARTICIPLES = frozenset({"meaning"})
# "likely" compared, with the figure as the comparison's measure: "2.4 times as likely to die",
# "11 times more likely", "half as likely" (likelihood_ratios.py; tests/wiree e_4, tests/wirek
# k_3 golds: a measured ratio of risks, not hedged)
LIKELIHOOD_WORDS = frozenset({"likely", "likelier"})
LIKELIHOOD_COMPARATIVES = frozenset({"as", "more", "less"})
# A multiple set off after an estimated figure restates it ("about 9,800 hectares, roughly twice
# the area mapped a day earlier"; restated_multiples.py): the words of a multiple besides the
# verbs and fold words of mentions.MULTIPLE_WORDS / FOLD_WORDS.
RESTATED_MULTIPLE_WORDS = frozenset({"times", "twice", "thrice", "half", "double", "triple"})
# The words of a weather forecaster source (forecaster_hedges.py): "Forecasters", "the weather
# office", "the meteorological department", "meteorologists"; its look-ahead clause forecasts.
FORECASTER_SOURCE_WORDS = frozenset({"forecaster", "meteorologist", "weather", "meteorological"})
# A count of estimates or of the people who make them is no estimate (estimate_counts.py):
# "the median of 14 estimates", "the median forecast of 15 economists", "a Reuters poll of 31
# economists" (tests/wirex, wire2f, wirek, wire2l golds: never hedged; session 71). The makers,
# and the polls whose "of" names them.
ESTIMATE_MAKER_NOUNS = frozenset({
    "economist", "analyst", "forecaster", "strategist", "expert", "trader", "respondent",
})
ESTIMATE_SURVEY_NOUNS = frozenset({"poll", "survey", "median", "average", "consensus"})
# An attribution to an estimate ("according to estimates by a consultancy", "according to an
# estimate by parliament's energy committee"): the figure is the estimate (estimate_attributions.py;
# tests/wire2b b_3 and tests/wire2c c_5 golds, session 69). Not "calculations" or "figures":
# a count or a sum says nothing of a guess.
ATTRIBUTED_ESTIMATE_NOUNS = frozenset({"estimate", "projection", "forecast"})
# The words that hang a part on a whole's noun phrase: "8,000 Ukrainians, including about 1,800
# civilians", "41 people, among them 12 children" (estimated_wholes.py, session 69)
PART_PREPOSITIONS = frozenset({"including", "among"})
# Verbs of a delivery under a passive "expected" whose subject the figure counts: "Two are
# expected to arrive on Thursday", "a further 8,000 doses were expected next week" (no verb):
# a shipment scheduled, not a size forecast (expected_arrivals.py; session 75, wcav75: tests/
# wired d_3, wirez z_5, wire2f f_3, wire2h h_2, wire2u u_1 golds, not hedged).
DELIVERY_VERBS = frozenset({"arrive", "land", "dock", "come"})
