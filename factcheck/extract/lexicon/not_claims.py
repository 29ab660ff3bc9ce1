"""Rule data for what is not a claim: dates, names, idioms, local-news labels, spans that only
place an event (``extract/not_claims/``); ages and builds are ``lexicon.person_descriptors``'s.
"""

from factcheck.extract.lexicon.shared import LENGTH_UNITS, MEASURE_UNIT_LEMMAS, TIME_UNITS

# fmt: off
# Entity labels whose numbers place an event in time or rank; never claims.
NON_CLAIM_ENT_LABELS = frozenset({"DATE", "TIME", "ORDINAL"})
# "one of the largest", "no one", "one day": "one" as a pronoun or idiom, not a count.
ONE_IDIOM_NEXT = frozenset({
    "another", "day", "time", "way", "side", "hand", "point", "piece", "thing",
})
# "One woman knelt and prayed", "wondered one neighbor": one person doing something is no
# count; one killed, hurt, arrested or charged is ("one man was killed").
ONE_PERSON_EVENT_LEMMAS = frozenset({
    "kill", "die", "injure", "wound", "shoot", "hurt", "hospitalize", "arrest", "charge",
    "stab", "survive", "remain", "be", "flee", "escape",
})
# "In one day, we raised $18,000", "for one day": the prepositions that make "one day" a span
# (one_idioms.py), not the idiom "one day" (someday).
SPAN_PREPOSITIONS = frozenset({"in", "within", "over", "during", "for"})
ONE_IDIOM_PREV = frozenset({"no", "any", "every", "some", "each", "the", "this", "that", "which"})
# "a separate one", "the other one": the articles before the adjective of a pronoun "one", and
# the words after it that make "one" a number of its own ("an estimated one in five", "a mere
# one percent", "an extra one million"; one_idioms.py)
ONE_PRONOUN_ARTICLES = frozenset({"a", "an", "the"})
ONE_PRONOUN_BLOCKERS = frozenset({
    "in", "of", "out", "percent", "%", "per", "hundred", "thousand", "million", "billion",
    "trillion", "dozen", "or", "to",
})  # fmt: skip
# "the 1500 block of Main Street", "at 4 N. Third Ave.": a number that places a scene.
ADDRESS_FOLLOWERS = frozenset({"block"})
STREET_DIRECTIONS = frozenset({"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south",
                               "east", "west", "northeast", "northwest", "southeast",
                               "southwest"})
# "the top two", "a top-10 finish": a rank, not a count.
RANK_PRECEDERS = frozenset({"top"})
# "(Previous ranking: 4)", "Last week's ranking: 2", "Rank: 2": the label of a place in a
# ranking (rank_labels.py; README: ordinals are not claims).
RANK_LABEL_LEMMAS = frozenset({"rank", "ranking"})
# "(Last week: 4)", "This week: 2": a ranking's labels by period, read only in an article that
# speaks of a ranking (rank_labels.py).
RANK_PERIOD_OPENERS = frozenset({"last", "this", "previous", "next"})
RANK_PERIOD_NOUNS = frozenset({"week", "month", "time"})
# "its lowest level since X eight years ago", "the first time since the strike 20 years ago":
# words before "since" that make the span a gap, as "the slowest rate in 13 years"
# (since_gaps.py; README "Multipliers and spans of time").
RECORD_SINCE_WORDS = frozenset({"first", "only", "most", "least"})
# "No Republican has carried the state since 1988, 28 years ago": a negated "since".
SINCE_NEGATIONS = frozenset({"no", "not", "n't", "never", "none", "nobody"})
# "© 2016 WTOP": a copyright year.
COPYRIGHT_WORDS = frozenset({"©", "copyright", "(c)"})
# "a ten year veteran", "his 25 year-old son": a singular time unit after a number above one
# opens a compound written without its hyphen (spaced_compounds.py); not "second", an ordinal
# as often ("four second-degree counts").
SPACED_COMPOUND_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "decade"})
# "six minutes into the event", "nine months into her term" (fppn41) place an event as "after"
# does (docs/gold-conventions.md "Spans of time before or after an event"); so do "the two
# votes came a century apart", "born five months apart", the gap that places two events
# against each other (realgold31, realgold33 golds: not claims), as "three blocks apart" places
# a scene (PLACING_WORDS). Not "arrive two weeks beforehand": realgold30 gold has it as a
# placing, but PolNeAR counts it a sourced figure (tspan47: 1 tuning false positive against 1
# PolNeAR time-span figure lost).
# "prior" and "following" as "before" and "after": "10 days prior to the vote", "died two days
# following the crash" (notclaim55; docs/gold-conventions.md "Spans of time before or after").
TIME_PLACING_NEXT = frozenset({
    "ago", "earlier", "later", "before", "after", "since", "old", "into", "apart", "prior",
    "following",
})  # fmt: skip
# "Seven decades on, the town still mourns", "About five years back, the rules changed": words
# that place a span of time when they close its phrase (not_claims/placing_spans.py).
SPAN_CLOSING_PLACERS = frozenset({"on", "back"})
# Entity labels of names: a number inside one is part of the name ("F-16", "Group of 20").
NAME_LABELS = frozenset({
    "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW", "PERSON", "LANGUAGE", "LOC", "NORP",
})
# The same when capitalised only (lower case they may end a phrase before an amount: "the new
# rule 10 years ago"): a party's "Rule 40", a city's "Police Zone 1" (fp4, session 46:
# realgold19, realgold7 golds: part of a name).
TITLED_NAME_PRECEDERS = frozenset({"rule", "zone"})
# Words after a number that make it a label: "the 218 TV channel", "the 112 emergency line".
NAME_FOLLOWERS = frozenset({"tv", "channel", "television", "radio", "fm", "emergency", "hotline"})
# "Group of 20", "Group of Seven", "the Gang of Eight": names built as "<Name> of <number>".
NAME_OF_HEADS = frozenset({"group", "club", "gang"})
# "the Fight for 15 movement", "Fight for $15": campaigns named "<Name> for <figure>"
# (``cause_names.py``).
NAME_FOR_HEADS = frozenset({"fight"})
# Words between "the" and a period: "the previous two months", "the past 24 hours".
PERIOD_MODIFIERS = frozenset({"previous", "past", "last", "next", "first", "final", "coming"})
# "14 straight years", "six consecutive months": a duration with a word before its unit.
DURATION_MODIFIERS = frozenset({"straight", "consecutive", "successive", "full", "solid"})
# Times of day: "at 10 a.m.", "3 pm", "10:30 GMT".
CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "bst", "est", "edt", "o'clock"})
# "22.55 CET", "09.05 JST": a clock time before a time zone written in capitals, as a live
# page stamps its posts (tests/wiref: ten such stamps; "GMT", "BST" are clock words above).
TIME_ZONES = frozenset({
    "cet", "cest", "eet", "eest", "wib", "jst", "kst", "hkt", "sgt", "aest", "aedt", "pst", "pdt",
    "cst", "cdt", "mst", "mdt", "msk", "ist", "pkt", "sast",
})  # fmt: skip
# "10 Things to Know for Today", "five key trends to watch": the size of a list the article
# is, not a claim; the noun, then "to" and one of the verbs.
LISTICLE_NOUNS = frozenset(
    "things trends takeaways ways reasons lessons questions facts tips moments storylines "
    "races states numbers charts stories".split()
)
LISTICLE_VERBS = frozenset("know watch remember expect consider learn read see follow".split())
# "the S.&P. 500", "the Russell 2000", "the FTSE 100": a number in a market index's name.
INDEX_NAMES = frozenset({"s&p", "s.&p.", "russell", "ftse", "nikkei", "fortune", "wilshire"})
# "men in their 20's", "a woman in her early 30's", "highs in the low 80's": words right before
# a decade written with an apostrophe (``decade_apostrophes``).
DECADE_OPENERS = frozenset({
    "his", "her", "their", "its", "the", "early", "mid", "late", "upper", "lower", "low", "high",
})  # fmt: skip
# "Mass Shooting, One Dead", "leaving one dead": "one" before a casualty word counts a person.
ONE_CASUALTY_NEXT = frozenset({"dead", "killed", "injured", "wounded", "hurt"})
# "One of the victims was discharged from a hospital", "was treated at Mercy Medical Center":
# verbs of care that count "one of the <people>" as hurt where a hospital is named (num54).
ONE_CARE_VERBS = frozenset({"discharge", "release", "treat"})
# "Two people died and one was hurt", "One was stabbed and two were beaten": "one" the passive
# subject of these verbs of harm is a person harmed, as of CASUALTY_VERBS and "was shot"
# (README implied counts; branch num54) ...
ONE_PASSIVE_HARMS = frozenset({"hurt", "stab"})
# "killing one and wounding two", "the gunman shot one": "one" the object of these verbs is a
# person harmed (session 56); not "hit one" (a target, a record) nor "hurt one" (feelings).
ONE_OBJECT_HARMS = frozenset({"kill", "shoot", "wound", "injure", "stab"})
# ... and the harm that "one" counts there, its subject (``subjects.one_casualties``)
ONE_HARM_PARTICIPLES = {
    "kill": "killed", "shoot": "shot", "wound": "injured", "injure": "injured", "stab": "stabbed",
}  # fmt: skip
# "One suffered a gunshot wound", "one sustained serious injuries": "one" the subject of these
# verbs with a wound or an injury as object is a person hurt (session 56) ...
ONE_SUFFER_VERBS = frozenset({"suffer", "sustain"})
ONE_SUFFERED_HARMS = frozenset({"wound", "injury"})
# ... and "One remains hospitalized": still in care (``subjects.one_casualties``).
ONE_STILL_IN_CARE = frozenset({"hospitalized", "hospitalised"})
# ... not "one was hurt by the remark": what hurts feelings after "by".
HURT_FEELINGS = frozenset({
    "remark", "comment", "criticism", "decision", "ruling", "news", "word", "report", "rumor",
    "loss",
})  # fmt: skip
# "four requests in the past 12 years", "over the last eight years": the stretch a count covers
# is a claim (realgold5 README); "in the previous two months" dates another figure.
SPAN_OF_COUNT_MODIFIERS = frozenset({"past", "last", "next"})
SPAN_OF_COUNT_PREPOSITIONS = frozenset({"in", "over", "during", "for", "within", "throughout"})
# "a three-way race", "a four-way contest": the number of contenders is a figure (real gold).
CONTEST_SIZE_WORDS = frozenset({"way"})
CONTEST_NOUNS = frozenset({"race", "contest", "fight", "battle", "primary", "tie", "split"})
# "beat undefeated Clemson 45-40", "leads Bernie Sanders 1,428 to 1,153": verbs of a contest
# whose object's name is followed by the score or tally (score_sides.py; realgold golds: the
# first side is a claim, not part of the name) and the words that join a score's two sides.
CONTEST_VERBS = frozenset({
    "beat", "defeat", "lead", "trail", "top", "edge", "handle", "best", "rout", "crush",
    "outscore", "outpoll", "down",
})  # fmt: skip
TALLY_JOINERS = frozenset({"to", "-", "–"})
# "All four were expected to survive", "all three were found in a bedroom", "All four were
# treated at hospitals": "all N" named again with a verb of casualty, finding or care is a count
# of the casualties (realgold8 and realgold10 golds), not the re-mention "All three lived on the
# block". Lemmas of the clause's verb or of its complement ("expected to survive").
RE_MENTION_CASUALTY_VERBS = frozenset({
    "kill", "die", "wound", "injure", "hospitalize", "survive", "shoot", "find", "discover",
    "locate", "treat", "take", "transport", "rush", "airlift", "fly", "pronounce",
})  # fmt: skip
# "began shooting, hitting all five": verbs of harm whose object "all N" is the casualties
# counted again (with RE_MENTION_CASUALTY_VERBS; realgold12 gold; branch num54).
RE_MENTION_OBJECT_HARMS = frozenset({"hit", "strike"})
# "the past two elections", "the previous two Super Bowls": words between "the" and a number
# that name a set of things by their place in a series (realgold3, realgold5, realgold10 golds:
# not claims). Not "last": "won the last five straight contests", "led each of the last 10
# polls" are the golds' claims; not "first": PolNeAR's gold counts "split the first two
# contests", "The first four states that vote" (3 figures of its even half).
SERIES_PLACE_MODIFIERS = frozenset({"past", "previous"})
SERIES_DETERMINERS = frozenset({"the", "these", "those"})
# "One such politician was ...", "one or more journalists", "if even one load gets through":
# "one" that picks out an example or a bare minimum counts nothing (realgold5, realgold10,
# realgold12 golds: not claims).
# "just one example", "only one factor among many", "one facet of his campaign": one picked
# out of many, not a count (realgold24 not-claims "one reason", determiner; fp46: 4 allowed
# articles).
ONE_EXAMPLE_NEXT = frozenset({
    "such", "example", "factor", "illustration", "facet", "aspect", "extension",
    "symptom",
})  # fmt: skip
ONE_EXAMPLE_PREV = frozenset({"even"})
# "Two men shot, one fatally", "two women on the porch - one dead, the other hurt", "four taken
# to hospitals, one in critical and three in stable condition": "one" after a comma or dash
# with what happened to it counts one of the people counted before (realgold8, realgold12).
ONE_PART_BREAKS = frozenset({",", "—", "–", "-", ";", ":"})
ONE_PART_NEXT = frozenset({
    "dead", "fatally", "critically", "seriously", "killed", "injured", "wounded", "hurt",
})  # fmt: skip
# "One tunnel was dug under ...", "One woman knelt and sobbed": a sentence's opening "One" with
# its subject picks out an example (realgold5, realgold10, realgold12 golds: not claims), unless
# the clause says what happened to people: a casualty, arrest or charge, a state of care or
# custody ("One man was killed", "One suspect is in custody", "One victim is critical").
ONE_KEPT_NOUNS = frozenset({"victim", "suspect", "person", "gunman", "shooter", "casualty"})
ONE_KEPT_VERBS = frozenset({
    "arrest", "charge", "hurt", "stab", "hit", "strike", "shoot", "kill", "wound", "injure",
    "die", "survive", "hospitalize", "treat", "detain", "book", "jail",
    "fire",  # "One round was fired, hitting both people": shots fired are counted (realgold7)
})  # fmt: skip
ONE_KEPT_STATES = frozenset({
    "dead", "critical", "stable", "serious", "injured", "wounded", "custody", "large",
    "hospital", "condition",
})  # fmt: skip
# "the seven-member panel", "the 22-member committee": a body's size is a claim (realgold8,
# realgold10, realgold14 golds), not a descriptor as "five-story" is.
BODY_SIZE_WORDS = frozenset({"member", "strong"})  # "a 100,000-strong force"
# "a three-judge panel", "a 12-employee business": people fused with the number, before a noun
# for the body they make up, give its size as "the five-member board" does (gold-conventions,
# "Compound descriptors", exception 2); not "a two-person bed".
BODY_SIZE_PEOPLE = frozenset(
    {"judge", "justice", "person", "employee", "officer", "worker", "soldier", "man", "woman"}
)
BODY_NOUNS = frozenset({
    "panel", "board", "court", "jury", "staff", "team", "crew", "force", "business", "company",
    "firm", "unit", "delegation", "commission", "committee", "council", "squad", "workforce",
})  # fmt: skip
# "the two had a history", "the five were at the club", "between the two.": a small spelled
# number after one of these, with no noun of its own, names again what was named before
# (realgold5, realgold12, realgold14, realgold16 golds: not claims).
BARE_RE_MENTION_DETERMINERS = frozenset({"the", "these", "those"})
BARE_RE_MENTION_NUMBERS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
})  # fmt: skip
# fp51 (session 51): "the four children came to her house" after four children were counted: nouns
# that name people and no role in what happened (plain_re_mentions.py; realgold12, realgold14
# golds: "anaphoric count"), and the words that give the phrase or its clause a role or status
# all the same ("the two wounded men", "the three men involved in the shooting", "arrested").
PLAIN_PEOPLE_NOUNS = frozenset({
    "man", "woman", "person", "people", "child", "kid", "girl", "boy", "teen", "teenager",
    "adult", "male", "female", "youth", "juvenile", "brother", "sister", "son", "daughter",
    "sibling", "cousin", "friend", "student",
})  # fmt: skip
RE_MENTION_ROLE_WORDS = frozenset({
    "victim", "suspect", "gunman", "shooter", "dead", "deceased", "wounded", "injured", "injury",
    "killed", "shooting", "involve", "arrest", "charge", "custody", "hospital", "survivor",
    "casualty", "fatality", "patient", "hostage", "accuse", "wanted", "flee", "large", "murder",
    "convict", "sentence", "condition", "surgery", "identify", "emergency", "ambulance",
})  # fmt: skip
# "Yeah, 100 percent.", "supports the nominee 100 percent", "100 percent committed", "would not
# give us 100 percent (certainty)": a whole hundred percent that only says "fully" (realgold3,
# realgold8, realgold12, realgold14 golds: not claims); words it can lean on to say so. Not "with
# 100 percent of precincts reporting", "rose 100 percent", "owns 100 percent".
EMPHATIC_PERCENT_HEADS = frozenset({
    "support", "back", "agree", "believe", "trust", "give", "commit", "committed", "sure",
    "certain", "confident", "behind", "yeah", "yes", "absolutely", "right", "correct",
    "convinced", "positive",
})  # fmt: skip
# "with 100 percent certainty", "100 percent sure": words right after a bare "100 percent" that
# make it a degree of conviction, not a share (realgold8, realgold24 golds: rhetorical).
EMPHATIC_PERCENT_NEXT = frozenset({
    "certainty", "certainly", "certain", "sure", "confidence", "convinced", "positive",
})  # fmt: skip
# "Forbes' Under 30 Summit", "Under 70 Auto Sales": a capital preposition mid-sentence that
# opens a name with a number in it (realgold3, realgold12 golds: not claims)
NAME_OPENING_PREPOSITIONS = frozenset({"Under"})
# The place words before a part of a calendar period: "the last three months of 2015", "the
# first half of 2015", "the second half of the year" (realgold3, realgold12, realgold19 golds:
# a part of a year only places another figure in time).
CALENDAR_PART_PLACES = frozenset({"first", "second", "third", "fourth", "last", "final"})
# Determiners and words of the whole after "of": "of this year", "of the fiscal year".
CALENDAR_WHOLE_DETERMINERS = frozenset({
    "the", "this", "that", "last", "next", "its", "their", "fiscal", "calendar", "each", "every",
    # "in the first half of the following year" (tests/wire2d gold: a period placing an event)
    "following", "previous", "coming", "current", "same",
})  # fmt: skip
# "He scored twice during the first half", "in the second half": a half of a match or period
# the sentence has in view, placing an event, with no "of" after (realgold5 gold: "part of a
# time expression (first half)"); the prepositions that place it.
CALENDAR_HALF_PLACERS = frozenset({"in", "during", "by", "before", "after", "since", "until"})
CALENDAR_WHOLES = frozenset({"year", "decade", "century", "season", "quarter", "month"})
# Parts of a period that are read as a fraction word ("half") rather than a number + unit.
CALENDAR_PART_FRACTIONS = frozenset({"half", "quarter"})
# "the caucuses are more than two months away", "two or three months from now", "with the
# election seven months away": a span of time that only places an event before it comes
# (docs/gold-conventions.md "Spans of time before or after an event", as "ago" and "later" do).
TIME_AHEAD_WORDS = frozenset({"away"})
TIME_AHEAD_PAIRS = frozenset({("from", "now")})
# "With just one day until the primary", "with more than a week until the caucuses": "until"
# after a span that "with" opens looks forward to the event as "away" does (realgold36 2,
# realgold50 1 golds: not claims; no tuning gold claims the shape). Not "lasted six weeks until
# the court ruled", "for two hours until": there the span is how long something went on.
TIME_AHEAD_UNTIL = frozenset({"until", "till"})
# an apostrophe or single quote written before a two-digit year ("in ’08", "in ‘16", "'90")
SHORT_YEAR_MARKS = frozenset({"'", "’", "‘"})
# words a short year follows: "in ’08", "since ’12", "the ’16 race", "’08 and ’12", "class of ’90"
SHORT_YEAR_BEFORE = frozenset({
    "in", "since", "of", "from", "by", "until", "till", "through", "during", "before", "after",
    "and", "or", "to", "the", "'s", "’s",
})  # fmt: skip
# "the three years when he ran the agency", "the 64 years that pollsters have been measuring":
# words that may open a relative clause on a span of time before its subject (relative_spans.py)
RELATIVE_SPAN_OPENERS = frozenset({"that", "when"})
# Words right before (or on) "one" that make it a count: "only one poll", "just one leak",
# "at least one town hall", "more than one", "not one Republican", "exactly one", "almost one".
INDEFINITE_ONE_LIMITERS = frozenset({
    "only", "just", "exactly", "least", "most", "than", "not", "n't", "never", "nearly",
    "almost", "merely", "solely", "single", "lone",
})  # fmt: skip
# "eyeing 2020 campaigns", "93 percent of 2012 voters": a year dates the plural noun after it
# (year_modifiers.py); after these nouns a year-shaped number may still measure or count
# ("2000 miles", "1950 votes"), so it is left to the other rules.
YEAR_NOUN_MEASURES = (
    MEASURE_UNIT_LEMMAS
    | LENGTH_UNITS
    | TIME_UNITS
    | frozenset({"vote", "ballot", "calorie", "round", "point", "hour"})
)
# "Jeb Bush has zero communication skills" (realgold5 gold: idiom): plurals that a bare "zero"
# only denies, as it does a singular noun ("zero knowledge", "zero experience")
EMPHATIC_ZERO_PLURALS = frozenset({"skill", "idea", "clue"})
# "the contests begin in three weeks", "will hit the airwaves in the next two months": the
# prepositions whose span of time places a future event (future_spans.py; realgold12 "in two
# years", realgold19 "over the next six weeks" not-claims).
FUTURE_SPAN_PREPOSITIONS = frozenset({"in", "over"})
# A plain present tense looks forward with a span after it ("the primary comes in two weeks").
PRESENT_TENSE_TAGS = frozenset({"VBZ", "VBP"})
# Words inside "in the last seven years", "in just five minutes": the span looks back or says
# how brief something is, so a present verb before it does not look forward (future_spans.py).
SPAN_LOOKING_BACK_OR_BRIEF = frozenset({"last", "past", "previous", "recent", "just", "only"})
# Quotation marks: a span of time inside a quotation is what its speaker claims, a deadline
# promised or forecast (future_spans.py).
QUOTE_MARKS = ('"', "“", "”", "''")
# Set phrases whose number counts nothing (gold README: idioms, vague amounts;
# ``number_idioms.py``): "think twice" (the verbs before "twice"), "six figures", "into the
# seven figures", "single digits" (the number words and the nouns after them).
THINK_TWICE_VERBS = frozenset({"think"})
VAGUE_FIGURE_NUMBERS = frozenset({
    "five", "six", "seven", "eight", "nine", "ten", "single", "double", "triple",
})  # fmt: skip
VAGUE_FIGURE_NOUNS = frozenset({"figures", "digits"})
# Set phrases whose number counts nothing (gold README: idioms are not claims;
# ``number_idioms.py``), matched on the words with any spacing or hyphen between them; a
# number inside one is no claim.
# "That's the $64,000 question" (realgold10 gold: idiom), "a one-two punch", "the lesser of two
# evils", "at sixes and sevens", "a picture is worth a thousand words", "my two cents".
NUMBER_IDIOM_PHRASES = (
    "$64,000 question", "64,000-dollar question", "sixty-four-thousand-dollar question",
    "one-two punch", "one-two punches", "lesser of two evils", "sixes and sevens",
    "worth a thousand words", "two sides of the same coin", "two birds with one stone",
    "my two cents", "his two cents", "her two cents", "their two cents", "our two cents",
    # "a tale of two parties", "the group divided in two": a contrast and a halving, no count
    "tale of two", "divided in two", "split in two", "cut in two", "torn in two",
    "broke in two", "broken in two", "snapped in two",
    # "seemed to be of two minds" (undecided), "writes it seven days a week" (every day; fp52:
    # realgold4 gold "idiom ('of two minds')", realgold33 gold "idiom (daily frequency)")
    "of two minds", "in two minds", "seven days a week", "7 days a week",
    # proverbs and set phrases a quoted speaker uses (num54): no count in them
    "two wrongs don", "two wrongs do not", "two wrongs make", "one man's trash", "one man’s trash", "one man's meat", "one man’s meat",
    "takes two to tango", "two heads are better than one",
    "two and two together", "one step at a time", "one day at a time", "on cloud nine",
    "the whole nine yards", "six feet under",
    # hyperbole and set phrases (nc63b; clm63 pool: "let a thousand flowers bloom", "the two
    # people are one and the same"): "a million things to do", "nine times out of ten"
    "one and the same", "times out of ten", "times out of a hundred", "a million things",
    "a thousand things", "a hundred things", "a million pieces", "a thousand pieces",
    "a thousand flowers", "a hundred flowers", "a million miles", "a million questions",
)  # fmt: skip
# "She has told him a hundred times", "we have been over this a thousand times": a hyperbolic
# "a hundred/thousand/million times" (number_idioms.py); a multiplier ("a thousand times more
# likely", "a hundred times the rate") stays a claim.
HYPERBOLE_NUMBERS = frozenset({"hundred", "thousand", "million", "billion", "zillion"})
HYPERBOLE_MULTIPLIER_NEXT = frozenset({
    "more", "less", "fewer", "as", "the", "that", "than", "greater", "higher", "larger", "bigger",
    "faster", "smaller", "lower", "over",
})
# "she is at minus 72": the words of a sign, which the tagger may call a proper noun (not a
# name before its number; realgold golds: a net rating, a claim).
SIGN_WORDS = frozenset({"minus", "plus"})
# A bound that makes a lone "one" a count, pronoun or not (not_claims/bounded_ones.py): the
# word before "one" with the word that must precede it ("at least one of the victims") ...
ONE_BOUND_PAIRS = {"least": "at", "most": "at"}
# ... and the words that bound it alone ("only one of the 168 members", "exactly one").
ONE_BOUND_WORDS = frozenset({"only", "exactly"})
# ... but not before a vague whole: "only one of many voices", "one of several problems".
ONE_BOUND_VAGUE_WHOLES = frozenset({
    "many", "several", "numerous", "countless", "few", "dozens", "hundreds", "thousands",
    "millions",
})  # fmt: skip
# "Six stops later, ...", "two elections ago.": a count of events that places another along a
# sequence (sequence_spans.py; realgold24 gold: "span that only places an event").
SEQUENCE_PLACING_NEXT = frozenset({"later", "earlier", "ago"})
# fmt: off
# "Can you name one accomplishment of the party?", "Name one governor who ...": a challenge
# to the listener, not a count (rhetorical_challenges.py).
CHALLENGE_VERBS = frozenset({"name", "cite"})
# The listener a challenge is put to: "can you name", "can anyone cite".
CHALLENGED_LISTENERS = frozenset({"you", "anyone", "anybody", "someone", "somebody"})
# fmt: on
# fmt: off
# "When two firms sign a supply deal, ...", "If one candidate drops out, the other
# gains": the words that open a clause of a generic case (generic_cases.py).
GENERIC_CASE_MARKS = frozenset({"when", "whenever", "if", "once"})
# The small spelled numbers that there stand for "a" or "any" (generic_cases.py).
GENERIC_CASE_NUMBERS = frozenset({"one", "two"})
# "For a vessel worth $40 million, that means ...": the sentence openers and the words of value
# that give an invented case its value (worked_examples.py; tests/wirep, wire2c, wire2e golds).
WORKED_EXAMPLE_OPENERS = frozenset({"for", "on"})
WORKED_EXAMPLE_VALUE_WORDS = frozenset({"worth", "valued", "costing", "priced"})
# "two marine insurance brokers said", "according to two London brokers": people of a market
# the wire quotes unnamed for its prices and premiums; their number counts the sources
# (source_counts.py; tests/wirep, wire2c, wire2e golds: three writers, three not-claims).
MARKET_SOURCE_HEADS = frozenset({"broker", "trader", "dealer"})
# "had handed over 190 soldiers", "turned over 45 hostages": verbs whose "over" is their
# particle, not "more than" (mentions/handed_over.py; tests/wirez, wiree golds).
HANDING_OVER_VERBS = frozenset({"hand", "turn"})
# "Why the two death tolls differ", "could not reconcile the three tallies": a definite small
# number on a noun for reported figures names them again (figure_re_mentions.py; tests/wirem,
# wire2c, wire2d golds).
FIGURE_RE_MENTION_NUMBERS = frozenset({"two", "three", "four", "five"})
FIGURE_RE_MENTION_DETERMINERS = frozenset({"the", "these", "those"})
FIGURE_RE_MENTION_NOUNS = frozenset({"toll", "tally", "count", "figure", "estimate"})
# One word that may stand between the number and the noun: "the two death tolls".
FIGURE_RE_MENTION_QUALIFIERS = frozenset({
    "death", "casualty", "official", "different", "conflicting", "competing", "rival",
})  # fmt: skip
# fmt: on
# "was sentenced to 30 months after cooperating": verbs whose "to" span is a sentence's length,
# not placed by the "after" phrase that follows it (``for_spans.py``).
SENTENCING_VERBS = frozenset({"sentence", "condemn"})
# "a 50kg bag of rice": a weight or length glued to its number before the noun it describes
# (tests/wiren, wireo golds: compound descriptor; ``glued_descriptors``). Not "m" (million).
GLUED_DESCRIPTOR_UNITS = frozenset({"kg", "g", "km", "cm", "mm", "lb", "lbs", "ft", "t"})
# Verbs of counting whose "twice" says a tally went wrong: "had been counted twice"
# (not_claims/double_counts.py; tests/wirep, wirex golds).
DOUBLE_COUNT_VERBS = frozenset({"count", "tally", "record", "list", "register"})

# A share that "at least one" in its clause defines: "one in five parents had delayed at least
# one vaccine", "a substantial majority are to and from at least one address", "the 5% a party
# needs in at least one province" (threshold_ones.py; realgold32, wiref, wire2c, wire2v golds).
# Not "third", "quarter", "fifth": ordinals as often ("A fifth victim ... with at least one
# gunshot wound", realgold: a claim).
SHARE_SUBJECT_WORDS = frozenset({"%", "percent", "majority", "minority"})
