"""Rule data for subjects: noun phrases, clause subjects, money, spans of time
(``extract/subjects/``; gold README, "subject").
"""

from factcheck.extract.lexicon.quantities import LOWER_BOUND_VERBS
from factcheck.extract.lexicon.shared import GAP_WORDS

# fmt: off
# A candidate's percentage in a poll is their support ("Clinton leads Sanders 46 percent to 44
# percent"): words that make a sentence a poll result (issue 11, poll reports).
POLL_WORDS = frozenset({
    "poll", "polls", "survey", "voters", "lead", "leads", "leading", "ahead", "trails", "trailing",
    "support", "backing",
})
# Counted nouns that say nothing of what happened to those counted: "57 people" gets the
# predicate added ("people killed"), as gold subjects name it (seed: "people", "dead").
GENERIC_COUNT_NOUNS = frozenset({"people", "person", "other", "individual"})
# Words right after a figure with no noun that say what it counts: headlines' "1 dead, 4
# injured", "the four dead", "Four found shot to death".
STATE_WORDS = frozenset({
    "dead", "killed", "died", "dies", "injured", "wounded", "hurt", "hospitalized",
    "hospitalised", "missing", "arrested", "shot", "stabbed", "displaced", "rescued", "detained",
    "evacuated", "trapped", "infected",
})
# "210 of them", "half of those": the noun is left out, as in the figure before.
ELLIPSIS_PRONOUNS = frozenset({"them", "those", "these", "us", "which", "whom"})
# "nine of whom had died", "a third of them in Turkey": the pronoun of a part whose own predicate
# names it (subjects/part_predicates.py; tests/wirea, wiree, wirej, wirek, wirel golds); also the
# part of a count just given that "the number" does not mean (caveats/main_counts.py).
PART_PRONOUNS = frozenset({"them", "whom", "which"})
# "versus 900 the year before", "up from 170", "than 40", "well above the $1.11 expected":
# compared with the figure before.
COMPARISON_PREPS = frozenset({"versus", "vs", "vs.", "from", "than", "against", "above", "below"})
# "a lead of 48 percent to 41 percent": a poll's percentages are support, not the lead.
LEAD_WORDS = frozenset({"lead", "leads", "leading", "edge", "advantage"})
# Past participles of the verbs that count people or money, as subjects name them ("the quake
# killed 57" -> "killed"); other verbs give their lemma ("fined HK$400 million" -> "fine").
PARTICIPLES = {
    "kill": "killed", "die": "died", "injure": "injured", "wound": "wounded", "hurt": "hurt",
    "displace": "displaced", "evacuate": "evacuated", "arrest": "arrested", "detain": "detained",
    "rescue": "rescued", "miss": "missing", "trap": "trapped", "infect": "infected",
    "hospitalize": "hospitalized", "hospitalise": "hospitalised",
}
# Verbs whose subject is what their object figure measures: "the death count crossed 9,000",
# "sales reached $4 billion". With any other verb the subject is an agent ("Clinton spent $77
# million"), and a money figure is named by what the verb does with it.
MEASURE_VERBS = frozenset({
    "reach", "hit", "total", "near", "approach", "equal", "amount", "stand", "rise", "fall",
    "climb", "drop", "jump", "grow", "increase", "decrease", "decline", "double", "triple",
    "number",
}) | LOWER_BOUND_VERBS
# Verbs, beside MEASURE_VERBS, whose subject is what a unit figure after "at" measures: "the
# concentration peaked at 424 parts per million" (subjects/measured_levels.py; tests/corpus).
LEVEL_REACHING_VERBS = frozenset({"peak", "settle", "stand"})
# Verbs that put a reckoning of a thing at a unit figure: "put the area of farmland at 223,000
# hectares", "estimated the spill at 8,000 barrels" (subjects/measured_levels.py; tests/wired).
RECKONING_VERBS = frozenset({"put", "place", "estimate", "peg"})
# Verbs that put a thing a pronoun stands for at a figure, the pronoun's thing being what the
# figure before it measured: "the centre said it had a magnitude of 6.4; the USGS measured it at
# 5.7", "Kpler estimated loadings at 3.3 million, while Vortexa put them at 3.5 million"
# (subjects/put_pronouns.py; tests/wirea, tests/wire2d, tests/wirey).
PRONOUN_RECKONING_VERBS = RECKONING_VERBS | {"measure"}
# The pronouns such a verb puts at a figure (lower-case words).
RECKONED_PRONOUNS = frozenset({"it", "them"})
# Verbs whose money object is named by a noun of their own ("fined the bank HK$400 million"
# -> "fine"; spaCy lemmatises "fined" as "fin"); other verbs give "money" and their participle
# ("raised $3 million" -> "money raised").
MONEY_VERB_NOUNS = {
    "fine": "fine", "fin": "fine", "save": "savings", "spend": "spending", "pay": "payment",
    "donate": "donation", "contribute": "contribution", "earn": "earnings", "charge": "charge",
    "borrow": "loan", "lend": "loan", "invest": "investment", "award": "award", "pledge": "pledge",
    "fetch": "sale price",
}
# "pushed annual inflation above 30%", "a heat wave pushed temperatures above 40 degrees",
# "drove prices past $90": a level the verb's object is moved across; the object is what the
# figure measures, as with "raised the toll to 267" (VALUATION_PREPS; tests/corpus and
# tests/wireb golds name the object: "temperature", "inflation"). Not "over" (also "more than").
LEVEL_CROSSING_PREPS = frozenset({"above", "below", "past", "beyond"})
# Money verbs whose "for" phrase says why the money is owed, not what it bought: "fined the
# firm $2 million for the spill", "charged passengers 3,000 dinars each for a seat" name the
# money by the verb (fine, charge), as the development gold does ("fee", "charge"), before a
# "for" phrase (``figure_clauses.py``; lemma "fin" is spaCy's for "fined").
MONEY_REASON_VERBS = frozenset({"fine", "fin", "charge"})
# Prepositions after a money verb that say what the money went to: "spent $77 million on
# advertising", "returned $43,100 in donations", "$5,000 for the campaign", "put £30m into".
MONEY_PURPOSE_PREPS = frozenset({"on", "in", "for", "into"})
# The appeal that money after "for" is asked in: "appealed for $48 million", "an emergency
# appeal for 6 million Swiss francs" (money_subjects.appealed_for; tests/wirew, wire2c,
# wire2g, wire2i golds name the appeal, not the agency that appeals). Lemmas.
APPEAL_WORDS = frozenset({"appeal"})
# Verbs whose money object with "on ..." is money spent on it: "spent $890,000 on costs
# related to digital advertising", "dropping $2.5 million on such ads" (realgold19 golds list
# "spent" beside what it went to; the thing alone may be a container noun, "costs").
MONEY_SPENDING_VERBS = frozenset({
    "spend", "drop", "pour", "sink", "shell", "plow", "plough", "funnel",
})
# Verbs that say nothing of what a span of time measures: "It has been five years", "gets 14
# years", "needs 24 months" (the span is named by its unit alone).
DURATION_LIGHT_VERBS = frozenset({"be", "have", "get", "take", "need", "give", "spend"})
# "held for 11 months", "lasted six hours": a span of time that says how long something went on.
DURATION_PREPS = frozenset({"for", "during"})
DURATION_VERBS = frozenset({"last", "continue", "run", "stretch"})
# "five years in a row", "three weeks in total": an "in" after a span of time that names no
# place it was spent in (spent_in.py).
SPAN_IN_IDIOMS = frozenset({"row", "total", "advance", "all", "making", "time", "succession"})
# "waiting as long as five hours", "lasted longer than 12 hours": the word a span of time is
# bounded by, on which the parse hangs it instead of its verb (long_spans.py).
LONG_BOUNDS = frozenset({"long", "longer"})
# Verbs of doing that take the time they went on as their object: "waited another 25 minutes",
# "work more than 40 hours", "travel nearly three hours", "has flown about 333 hours" (the gold
# names the doing: "wait", "work", "travel"; realgold24, realgold33). Not "serve": "serving five
# months in jail" is named by the jail or the sentence (realgold5).
TIMED_DOING_VERBS = frozenset({
    "wait", "work", "travel", "drive", "walk", "fly", "ride", "stay", "live", "sleep", "march",
    "stand", "queue", "fast", "pray", "campaign", "train", "study", "teach",
})
# "was stabbed four times", "was shot twice": how often it happened ("times stabbed").
MULTIPLIER_ADVERBS = frozenset({"times", "twice", "thrice"})
# "$41.60 a barrel", "$1.28 per gallon": words that make a money figure a price per unit.
PER_UNIT_WORDS = frozenset({"a", "an", "per"})
# Heads that are only containers for what is counted: "a population of 2.3 million people".
PARTITIVE_HEADS = frozenset({
    "number", "total", "percent", "%", "share", "proportion", "majority", "rate", "figure",
})
# "all manner of knickknacks", "all kinds of ads": heads that only sort what their "of" names
# (realgold19 gold: "knickknacks"); they join COUNT_HEADS in ``noun_phrases.py``.
KIND_HEADS = frozenset({"manner", "kind", "kinds", "sort", "sorts", "type", "types", "variety"})
# A plural whose singular is not the plural less "s"/"es": the subject names both ("men (man)"),
# as the gold README's subject is any word that names what is counted.
IRREGULAR_PLURALS = {
    "men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth",
    "mice": "mouse", "geese": "goose", "oxen": "ox", "lives": "life", "wives": "wife",
    "knives": "knife", "wolves": "wolf", "halves": "half", "thieves": "thief",
    "shelves": "shelf", "loaves": "loaf", "calves": "calf",
    "criteria": "criterion", "phenomena": "phenomenon", "analyses": "analysis",
    "crises": "crisis", "theses": "thesis", "diagnoses": "diagnosis", "indices": "index",
}  # fmt: skip
# "gunmen", "policemen", "congresswomen": compounds of "men"/"women" are plural too; these
# words ending in "men" are singular.
SINGULAR_MEN_WORDS = frozenset({
    "abdomen", "acumen", "albumen", "amen", "bitumen", "bremen", "carmen", "cyclamen", "dolmen",
    "foramen", "germen", "gravamen", "hymen", "lumen", "omen", "regimen", "rumen", "semen",
    "specimen", "stamen", "yemen",
})  # fmt: skip
# "20 to 30 feet high", "a wall 12 metres long": the adjective after a length names the dimension.
DIMENSION_ADJECTIVES = {
    "high": "height", "tall": "height", "long": "length", "wide": "width", "deep": "depth",
    "thick": "thickness",
}  # fmt: skip
# "sold the warehouse for $340,000", "bought the firm for $2 billion": money is the sale price.
SALE_VERBS = frozenset({"sell", "buy", "purchase", "acquire", "auction"})
# Their forms, for capitals the tagger misreads ("ACME BUYS GLOBEX FOR $2.5 BILLION").
SALE_VERB_FORMS = SALE_VERBS | frozenset({
    "buys", "bought", "sells", "sold", "purchases", "purchased", "acquires", "acquired",
    "auctions", "auctioned",
})  # fmt: skip
# "plans to spend upward of $4 million on ads": a qualifier whose "of" holds the verb's object.
UPWARD_WORDS = frozenset({"upward", "upwards"})
# "set aside $1 billion to compensate clients": money a verb of purpose says what it is for.
PURPOSE_VERB_NOUNS = {
    "compensate": "compensation", "fund": "funding", "finance": "financing",
    "settle": "settlement", "build": "construction", "rebuild": "reconstruction",
    "repair": "repairs",
}  # fmt: skip
# "90 mph", "140 km/h", "70 miles an hour": a speed; the words after a length that make it one.
SPEED_UNITS = frozenset({"mph", "kph", "kmh", "km/h", "knots", "knot"})
SPEED_TAILS = ("/h", "/hr", "per hour", "an hour", "a hour", "per second", "a second")
# "he now has 739 to Walker's 465", "Obama won with 332, 62 more than needed": a number whose
# clause names only a person or place holding it, or a possessive with its noun left out,
# counts what the figure before it counts.
HOLDER_LABELS = frozenset({"PERSON", "GPE", "NORP"})
# Words that alone name only a unit: "5 percent" with "percent" for its subject says nothing.
UNIT_ONLY_WORDS = frozenset("percent per cent % percentage pct cubic square km kms".split())
# Entity labels of who or where: never what a span of time or a distance measures ("Harlan was
# arrested within 20 minutes", "Dunmore lies some 30 km from the coast").
WHO_OR_WHERE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# "Turnout was high. It was about 41%": a pronoun that is the subject of a figure's copula stands
# for the subject of the sentence before, when that is a common noun of the same number.
SINGULAR_REFERRING_PRONOUNS = frozenset({"it", "that", "this"})
PLURAL_REFERRING_PRONOUNS = frozenset({"they"})
AGREEING_PRONOUNS = frozenset({"it", "they"})
# "The toll is nearly three times that figure": the noun after a multiplier is the base compared
# with, not what the figure measures.
COMPARING_MULTIPLIERS = frozenset({"times", "twice", "thrice", "double", "triple", "quadruple"})
# "four people were shot, three fatally", "2 Critically Hurt": an adverb of harm after a bare count.
COUNT_FATAL_ADVERBS = frozenset({"fatally", "mortally"})
HARM_ADVERBS = frozenset({"critically", "seriously", "gravely", "severely", "badly", "fatally"})
# Verbs of harm whose subject a count is, whatever noun it has: "Two other men were wounded"
# counts the wounded; "three people were fatally shot" the killed.
CASUALTY_PREDICATE_VERBS = frozenset({"kill", "wound", "injure", "hurt", "shoot", "stab"})
# The participles of the harm verbs PARTICIPLES lacks, for a count of people named by their noun:
# "shot seven people" -> "people shot", "stabbed two clerks" -> "clerks stabbed".
HARMED_PERSON_PARTICIPLES = {"shoot": "shot", "stab": "stabbed"}
# "five are in good or fair condition", "two remain in serious condition", "one in critical",
# "one person was taken to the hospital in critical condition", "All four were expected to
# survive": a count of people in a hospital or a condition counts the injured (as the implied
# counts read it, CASUALTY_VERBS "survive"; gold subjects name them "injured").
CARE_CONDITION_NOUNS = frozenset({"condition", "conditions"})
CARE_PLACE_VERBS = frozenset({"take", "transport", "rush", "airlift", "fly", "treat", "remain"})
# Nouns of those counted that a state of care may be said of ("others", "males"), besides
# PERSON_NOUNS and GENERIC_COUNT_NOUNS; a bare count ("five are in ...") needs no noun.
CARED_COUNT_NOUNS = frozenset({"other", "others", "victim", "male", "female"})
# "would add about $47 a year to the tax bill", "add less than 1 percent to economic output",
# "could shave 0.1 percentage point off growth": an amount added to or taken off something
# measures a change of that thing (the preposition naming it, by verb lemma; not "raised $3
# billion from investors", whose "from" names a source).
CHANGE_TARGET_PREPS = {
    "add": frozenset({"to"}),
    "shave": frozenset({"off", "from"}),
    "knock": frozenset({"off"}),
    "lop": frozenset({"off"}),
    "trim": frozenset({"off", "from"}),
    "slash": frozenset({"off", "from"}),
    "cut": frozenset({"off", "from"}),
}
# "5 percentage points shy of the record", "3 points short of a majority": words of degree
# besides comparatives ("fewer", "higher") that a figure can measure (realgold8 gold: "shy").
# Not "up"/"down" on a verb ("closed down 24 points"): the verb's subject says it already.
DEGREE_WORDS = frozenset({"shy", "short"})
# "were taken to hospital", "fled from the city": prepositions of where to or from, which say
# where a count went, not what was done with it ("taken in private vehicles").
ROUTE_PREPS = frozenset({"to", "from", "into", "toward", "towards"})
# Verbs that name nothing a figure counts, for a figure no rule names ("there are two", "have
# 12", "got to 40"): the fallback word from the clause passes over them (`bare_figures.py`).
EMPTY_CLAUSE_VERBS = frozenset({"be", "have", "get", "do", "make", "become", "seem", "appear"})
# "one of those killed", "two of those arrested": a pronoun a share is taken of, described by a
# participle after it, names the people counted (`noun_phrases.described_pronoun`; realgold5
# gold: "killed"). Not "those in its centre" (dev corpus a2: the buildings before it).
DESCRIBED_PRONOUNS = frozenset({"those", "these"})
# Verbs that hand money over: the money is funding ("the EU agreed to give Tunisia €105 million",
# "the United States would provide US$1 million"), with the verb as written after it.
GIVEN_MONEY_NOUNS = {"give": "funding", "provide": "funding"}
# Money given with no recipient in the clause's object is a donation, with the verb as written
# after it: "the foundation gave $50,000", "has given away only $2.8 million", "donors giving
# $200 or less" (realgold6 gold: "gift", "donation"; ``money_subjects.money_verb``).
GIVEN_AWAY_MONEY_NOUNS = {"give": "donation"}
# Money by the hour is pay: "$15 an hour", "$9 per hour", unless the subject names the pay.
HOURLY_MARKS = frozenset({"an", "a", "per", "/"})
HOURLY_UNITS = frozenset({"hour", "hr"})
PAY_WORDS = frozenset({"wage", "wages", "pay", "salary", "salaries", "earnings"})
# Verbs that bring a thing to a level: "get the unemployment rate down to 6 percent", "raising
# the minimum wage from $7.25 to $12", "the price was jacked up to $2 million", "lifted the
# policy rate to a range of 5.25%-5.50%" (realgold5, realgold10, realgold14 golds, dev B3: the
# figure is the level of the thing moved, not the verb nor its doer).
LEVEL_MOVE_VERBS = frozenset({
    "raise", "lift", "get", "bring", "cut", "lower", "push", "reduce", "increase", "boost",
    "hike", "jack", "drive", "slash", "trim", "knock", "pull", "drop", "return", "restore",
})  # fmt: skip
# Prepositions of a level moved to or from, and the nouns that stand between ("to a range of").
LEVEL_PREPS = frozenset({"to", "from"})
LEVEL_NOUNS = frozenset({"range", "level", "high", "low"})
# Money verbs whose past form is the word golds name the sum by, whatever the form written:
# "raising about $228 million", "raise $235 million" -> "raised" (realgold3, realgold12,
# realgold14, realgold19, realgold20 golds: "raised" for money a campaign or group takes in).
MONEY_VERB_PAST_FORMS = {"raise": "raised"}
# Verbs of a clause after a money figure that name it, beside MONEY_VERB_NOUNS: "$103 million
# raised by Right to Rise" (realgold19 gold: "raised"; "the $5,000 a year people would save",
# "the $5 million spent in 2011", "the $3.1 million the system spent": realgold8, realgold19,
# dev golds name the clause's verb).
MONEY_CLAUSE_VERBS = frozenset({"raise"})
# Verbs that name what a figure counts when a subject is only the verb ("killed", "spent",
# "raised"): a repeat of a figure with such a subject keeps it (``re_mentions.py``).
NAMING_VERBS = (
    frozenset(PARTICIPLES)
    | frozenset(MONEY_VERB_NOUNS)
    | frozenset({"raise", "vote", "shoot", "sell", "buy", "cost"})
)
# Verbs, beside MEASURE_VERBS, that put a thing at a level: with no subject of their own, the
# noun they describe or the object of the verb they complete is what the figure measures ("set
# the bidding to start at $5,000", "a higher amount, usually ranging between $8 and $10":
# realgold10, realgold20 golds; ``level_subjects.py``).
LEVEL_SUBJECT_VERBS = frozenset({"start", "range", "hover"})
# Casualty words that name a whole after its number in a share: "23 of the 53 wounded",
# "one of the five injured" (realgold20, tune22 golds; ``participle_wholes.py``).
PARTICIPLE_WHOLE_WORDS = frozenset({
    "wounded", "injured", "dead", "killed", "hospitalized", "hospitalised", "missing",
})  # fmt: skip
# Verbs whose money object is what someone takes in: "she makes $52,000 a year", "clerks
# making less than $39,000 per year" measure income (realgold8, realgold10, realgold19 golds:
# "income", "making", "salary"; unannotated politico, usa-today, nyt articles).
INCOME_VERB_NOUNS = {"make": "income"}
# subj44 (session 36): "235 days since she held a press conference", "gone 271 days without a
# press conference": the words that open what a gap of time is measured from or without; the
# subject is the unit with that clause (realgold8 "since", "confirmed a judge"; realgold14
# "since the scandal erupted"; realgold24 "days since", "announced his candidacy").
GAP_SUBJECT_WORDS = GAP_WORDS | frozenset({"without"})
# The most words of the clause a gap's subject keeps.
GAP_CLAUSE_WORDS = 10
# "a group of boosters - 34, to be exact", "a deluge of comments - nearly 300,000 in all": the
# dashes that set a bare count off after the noun it sizes, and the heads whose "of" names what
# such a count counts (dash_appositives.py). The same dashes set off a writer's aside
# (writer_asides.py) and a dateline ("DALLAS – A man ...", datelines.py).
DASH_TOKENS = frozenset({"-", "--", "—", "–"})
COLLECTIVE_HEADS = frozenset({
    "group", "deluge", "flood", "wave", "crowd", "army", "slew", "batch", "handful", "bunch",
    "team", "contingent", "delegation", "cadre", "roster", "stream", "string", "series",
})  # fmt: skip
# "sold 235,000 copies in eight months", "completed the tour within two weeks": a span of time
# in which what the verb says was done (gold subject: the doing, ``span_events.py``).
WITHIN_SPAN_PREPS = frozenset({"in", "within"})
# "for the second time in two months": a noun the span hangs on that only counts the doing.
OCCASION_NOUNS = frozenset({"time", "occasion"})
# "after almost four decades in DC, McCain has forgotten", "the Fed will return to zero within
# two years": prepositions whose span of time hangs on the verb it measures (span_holders.py).
SPAN_HOLDER_PREPS = frozenset({"after", "over", "within", "in", "for", "during"})
# "Over two years we have been praying": of these, the one whose span says how long the doing
# went on, so the doing names it even when who did it is a pronoun ("for" and "during" have
# their doing from span_subjects.duration already).
SPAN_DOING_PREPS = frozenset({"over"})
# Entity labels of a party a span of time is said of: a person, an organisation, a place.
SPAN_HOLDER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Relative pronouns that stand for the noun their clause hangs on ("Grassley, who's done it").
SPAN_RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# "The father of two tried to flee", "a mother of three, who ...", "grandfather of seven": a
# parent noun and a bare number after "of" count the parent's children (``parent_counts.py``;
# realgold7 "children", realgold10 "children", realgold12 "grandchildren", realgold19 "children"),
# each word with what its number counts.
PARENT_CHILDREN = {
    "mother": "children", "father": "children", "parent": "children", "mom": "children",
    "mum": "children", "dad": "children", "grandmother": "grandchildren",
    "grandfather": "grandchildren", "grandparent": "grandchildren", "grandma": "grandchildren",
    "grandpa": "grandchildren",
}  # fmt: skip
# Number words that multiply the number before them ("two dozen", "three score"): the parse may
# hang them on that number ("more than two dozen other wealthy investors"), which then holds
# the noun counted (subjects.py).
MULTIPLYING_NUMBER_WORDS = frozenset({"dozen", "score"})
# "..., offering $40 billion", "since peaking at $3.4 billion": the dependencies of a
# participle adjunct said of its clause's subject (``participle_doers``), not one that modifies
# a noun ("donors giving $250", acl).
PARTICIPLE_DOER_DEPS = frozenset({"advcl", "pcomp"})
# "space for six booths ... space for five", "we were at 30 percent ... at 4 and 5": the
# prepositions whose bare count leaves out the noun a figure before it names (``unnamed_counts``)
UNNAMED_COUNT_PREPS = frozenset({"at", "for"})
# "a net negative 6 points", "plus 21 points": the words of a net rating before the points,
# which the golds name (realgold7 gold of a favorability poll: "net negative").
NET_RATING_WORDS = frozenset({"net", "negative", "positive", "plus", "minus"})
# "that's down 13 points from her average", "up four points": the direction of the change.
POINT_CHANGE_WORDS = frozenset({"up", "down"})
# "more than half", "almost a third": the words that qualify a share's fraction word, which with
# it name only the share, not what it counts (``subjects/share_word_subjects.py``; subj52).
SHARE_WORD_QUALIFIERS = frozenset({
    "a", "more", "less", "than", "almost", "nearly", "about", "just", "over", "under", "only",
    "some", "roughly", "around", "fully", "three", "two", "one",
})
# "compared to 35 percent in a similar poll", "compared with 41 percent for the former mayor":
# a figure set against the one before it, whose phrase of place or side names no thing of its
# own (``subjects/compared_figures.py``; subj52).
COMPARED_SIDE_PREPS = frozenset({"in", "for"})
# "60. The number of countries that have had female leaders": the words a sentence after a
# figure standing alone opens with to say what it counts (``subjects/unnamed_fallbacks.py``;
# subj55).
DEFINING_HEADS = frozenset({"number", "amount", "share", "percentage", "proportion", "total", "count"})
# "Only 9% for everything else": a pronoun for the rest of a whole, which with "else" names what
# a share with no noun of its own counts (``subjects/unnamed_fallbacks.py``; subj55).
WHOLE_PRONOUNS = frozenset({"everything", "everyone", "everybody", "anything", "anyone"})
# Standing figures of US politics that a bare number stands for with no noun of its own
# (``subjects/standing_figures.py``; subj56): the delegates a nominee needs ("stop him from
# getting to 1,237", "within 150 delegates of the 2,383 needed"; realgold golds "delegates")
# for the Republican and Democratic conventions of 2008-2024, and the country's undocumented
# population after a determiner ("addressing the 12 million already here", "negotiable about
# the 11 million"; realgold gold "immigrants").
NOMINATION_DELEGATE_BARS = frozenset({
    1191, 1144, 1237, 1276, 1215,  # Republican: 2008, 2012, 2016, 2020, 2024
    2025, 2026, 2118, 2778, 2382, 2383, 1991, 1968, 1976,  # Democratic: 2008-2024
})
UNDOCUMENTED_POPULATIONS = frozenset({
    10_500_000, 10_700_000, 10_900_000, 11_000_000, 11_100_000, 11_200_000, 11_300_000,
    11_400_000, 11_500_000, 11_700_000, 12_000_000,
})
# The words before a number that make it a figure the reader already knows: "the 11 million".
STANDING_DETERMINERS = frozenset({"the", "those", "these"})
# Verbs of saying or believing that name no thing counted when a figure's subject is only one of
# them ("One in five say ...", "By nearly 2-1, they say ...", "49%, say the sharing economy
# ..."): what is said names it (``subjects/said_topics.py``; subj56). With "times" beside
# ("three times as many African-Americans said ...") the same.
SAID_ONLY_VERBS = frozenset({"say", "feel", "think", "believe"})
SAID_ONLY_COMPANIONS = frozenset({"times", "time"})
# "the real figure was closer to 35,000", "bad debts could be as high as 40 trillion dong": an
# adjective of the copula that sets the figure beside the copula's subject, which is what it
# measures (``clause_subjects.py``; tests/wireb, wiree, wireg, tests/corpus, session 65).
LEVEL_COMPARING_ADJECTIVES = frozenset({"close", "closer", "near", "nearer", "high", "low"})
# "will pay 1 million rupees to the families of those killed ... in compensation", "set aside up
# to HK$1.1 billion to compensate clients", "250,000 rupees for each of the injured, as
# compensation": money in a sentence that names it compensation is compensation (the wire and
# corpus golds, 14 of 14 money claims in such sentences: wiref 6, wiren 3, corpus 5;
# subjects/compensations.py). The word each cue gives.
COMPENSATION_CUES = {
    "compensation": "compensation", "compensate": "compensation", "reparation": "reparations",
    "reparations": "reparations",
}  # fmt: skip
# fmt: off
# Wholes a percentage is taken of that only scale it: "a deficit of 4.3% of gross domestic
# product" measures the deficit, not the economy (subjects/denominators.py; wire golds by four
# writers, tests/wirel, wiren, wirev, wirex, all name the deficit, debt or revenue).
DENOMINATOR_WHOLES = frozenset({
    "gdp", "gross domestic product", "national output", "economic output",
})
# fmt: on
# Head nouns (lemmas) of a whole a rate is taken of that only prices it: "premiums have climbed
# to about 0.7% of a ship's value" measures the premiums, not the ship's value
# (subjects/denominators.py; wire golds by three writers, tests/wirep, wire2c, wire2e, all name
# the premiums).
VALUE_WHOLES = frozenset({"value"})
# fmt: off
# "will pay 1 million rupees to the family of each person killed": money a verb of paying gives
# the bereaved is compensation, named or not (subjects/compensations.py; wire golds by four
# writers, tests/wireb, wirek, wirel, wirex, name all 10 such sums "compensation"). The verbs,
# the recipients and the words (lemmas) that make those recipients bereaved.
PAYING_VERBS = frozenset({"pay", "give", "grant", "award"})
BEREAVED_RECIPIENTS = frozenset({"family", "relative", "kin", "dependant", "dependent"})
BEREAVEMENT_WORDS = frozenset({"kill", "die", "dead", "victim", "deceased", "perish"})
# fmt: on
# "Court jails 87 over ...", "Prosecutors charge 14 in ...": a bare count right after a verb of
# justice counts those it acts on, named by its participle as a casualty verb's count is
# (subjects/casualty_subjects.py; wire golds by two writers, tests/wirem "charged", tests/wirev
# "jailed": the verb's subject, the court or the prosecutors, took the count).
JUSTICE_PARTICIPLES = {
    "jail": "jailed",
    "charge": "charged",
    "sentence": "sentenced",
    "convict": "convicted",
    "indict": "indicted",
    "imprison": "imprisoned",
}  # fmt: skip
# "up from 1.6 million in September", "compared with 72 tonnes a year earlier": the words that
# open a compared figure's own phrase of time or place and name nothing of it; "from 15 percent
# to 20 percent" opens with "to", the other end of a change, not a time (``subjects/
# compared_times.py``; wsubj73).
COMPARED_TIME_OPENERS = frozenset({"in", "at", "on", "during", "over", "by", "of", "the", "its"})
COMPARED_TIME_STOPS = frozenset(
    {"to", "and", "or", "but", "as", "when", "while", "because", "that", "which", "who"}
)
# "from about 350 million now", "from 0.05% before December": stop words that name a time
COMPARED_TIME_ADVERBS = frozenset({"now", "before", "earlier", "ago", "previously", "then"})
COMPARED_TIME_MAX_WORDS = 8
# "the yield rose 14 basis points", "cut its main rate by 75 basis points": the words of a
# subject that names only the points, and the verbs whose change they size
# (``subjects/point_changes.py``; wsubj73).
POINT_UNIT_WORDS = frozenset({"basis", "percentage", "point", "points", "bps", "bp"})
POINT_CHANGE_VERBS = frozenset(
    {
        "rise",
        "fall",
        "drop",
        "climb",
        "increase",
        "decrease",
        "decline",
        "jump",
        "slip",
        "slide",
        "surge",
        "plunge",
        "soar",
        "tumble",
        "gain",
        "lose",
        "ease",
        "sink",
        "cut",
        "raise",
        "lower",
        "hike",
        "reduce",
        "trim",
        "lift",
        "widen",
        "narrow",
        "edge",
    }
)
