"""Rule data for finding figures: qualifiers, number and scale words, units, fractions,
multipliers, ranges (``extract/mentions/``).
"""

from factcheck.extract.lexicon.quantities import FRACTION_WORDS, MARGIN_NOUNS
from factcheck.extract.lexicon.shared import CHANGE_VERBS

# fmt: off
UPPER_BOUND_VERBS = frozenset({"cap", "limit"})
# "between X and Y", "X to Y", "X-Y" -> range (gold README, "approx")
RANGE_OPENERS = frozenset({"between", "from"})
RANGE_JOINERS = frozenset({"and", "to", "-", "–", "—", "or"})
# "payments ranged from 5,000 to 40,000 euros", "estimates vary from 3,000 to 4,500": "from X
# to Y" hung on one of these is a range, not a change (``ranged_from``; tests/wiree, wirem)
RANGE_FROM_WORDS = frozenset({"range", "vary"})
# Scale words a numeral token keeps glued ("$2.5bn", "300k", "£30m" split as "30" "m"); the
# numeral pattern of ``quantities`` reads them as its suffix. Spelled-out ones ("$50million")
# are split off by the tokenizer instead (``glued_units``).
GLUED_SCALE_SUFFIXES = ("bln", "trn", "mil", "mln", "bn", "mn", "tn", "k", "m", "b")
# Fractions read only glued by a hyphen to a spelled number ("one-eighth of 1 percent",
# "one-fourth of the vote"), where they cannot be the ordinal of "a fourth victim", "the Fourth
# of July" (fppn41).
HYPHEN_FRACTION_WORDS = {**FRACTION_WORDS, "fourth": 4, "eighth": 8}
# ... and read spaced, lower case, before "of" and a whole: "a fourth of the delegates", "one
# eighth of the budget" (share_fractions.py), not "a fourth victim" nor "the fourth of July".
SPACED_ORDINAL_FRACTIONS = frozenset({"fourth", "eighth"})
SPACED_ORDINAL_FRACTION_NOT_WHOLES = frozenset({"july"})
# "two thirds of the Senate" written apart is a share (share_fractions.py), but not "the two
# halves of the party", nor "one half" (read as "half"), nor an ordinal a spelled count can
# stand before ("two fourth graders").
SPACED_FRACTION_NOT_WORDS = frozenset({"half", "halves", "fourth", "eighth"})
# "nearly doubled", "roughly double" (issue 11, "Formats"): a multiple, when qualified or a verb.
MULTIPLE_WORDS = {
    "double": 2, "doubled": 2, "triple": 3, "tripled": 3, "quadruple": 4, "quadrupled": 4,
    # "called for doubling the caps" (multiplier_verbs.py): the gerund with its object
    "doubling": 2, "tripling": 3, "quadrupling": 4,
    # "forced to halve rations": a base form or gerund with its object (wiree gold: 0.5)
    "halve": 0.5, "halving": 0.5,
}
# "as much as fivefold", "rose tenfold", "a threefold increase": one word that is a multiplier
# (gold README, "Multipliers": claims; realgold33 gold "as much as fivefold" = 5), never a
# compound descriptor or an idiom as "double-digit" is (multiplier_verbs.py).
FOLD_WORDS = {
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
    "eightfold": 8, "ninefold": 9, "tenfold": 10, "twentyfold": 20, "hundredfold": 100,
}
# A fold word measures a change ("rose tenfold", "a threefold increase") or is qualified ("as
# much as fivefold"); after any other word it is rhetoric ("I will give it back tenfold": a
# held-out gold's idiom), not a checkable multiplier.
FOLD_CHANGE_WORDS = frozenset({
    "climb", "grow", "double", "triple", "increase", "rise", "growth", "jump", "gain", "expand", "expansion", "multiply", "raise",
    "boost", "surge", "soar", "cut", "reduce", "reduction", "drop", "fall", "decline", "shrink",
})  # fmt: skip
FOLD_QUALIFIER_HEADS = frozenset({"as", "than", "nearly", "almost", "about", "roughly", "some"})
# "a 54-person majority", "a 26-delegate advantage" (count_margins.py; gold-conventions
# "Compound descriptors" exception (1) names majorities with the margins)
COUNT_MARGIN_NOUNS = MARGIN_NOUNS | frozenset({"majority", "plurality", "supermajority"})
# "a negative 42%-49% approval rating": nouns of a rating a poll's pair of sides splits
# (margin_pairs.py; realgold24 gold: two claims, not a range).
RATING_NOUNS = frozenset({"approval", "disapproval", "favorability", "unfavorability", "rating"})
# quantulum3 units that are artefacts of its parser, never a unit the text gives.
# "atomic mass unit": quantulum3 reads the "u" of "U.S." as one ("300 U.S. troops"; fppn41)
NOISE_UNITS = frozenset({"dimensionless", "count", "dozen", "barn", "newton", "atomic mass unit"})
# Words that may sit between two number words of one figure ("one hundred and twenty").
NUMBER_GLUE = frozenset({"and", "-"})
# "multiplier" units the gold README counts as claims ("almost three times").
MULTIPLIER_WORDS = frozenset({"times", "fold"})
# "rose 69 cents", "a penny": hundredths of a currency, the word right after the number; the
# real gold writes 0.69 USD.
SUBUNIT_CURRENCIES = {
    "cent": "USD", "cents": "USD", "penny": "USD", "pennies": "USD", "pence": "GBP",
}  # fmt: skip
# "$50million", "45percent", "16ounces", "180lbs": words written glued to the digits before
# them, split off by the tokenizer so the figure reads as "$50 million", "45 percent", "16
# ounces" (glued_units.py, digitcover). Lower case; spaCy already splits its own short units
# ("5ft", "10km", "16oz").
GLUED_UNIT_WORDS = frozenset({
    "million", "billion", "trillion", "percent", "pct",
    "ounce", "ounces", "pound", "pounds", "lbs", "mile", "miles", "foot", "feet", "inch",
    "inches", "yard", "yards", "acre", "acres", "gallon", "gallons", "ton", "tons", "tonnes",
    "meter", "meters", "metre", "metres", "kilometer", "kilometers", "kilometre", "kilometres",
    "hour", "hours", "minute", "minutes", "second", "seconds", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "degree", "degrees",
})  # fmt: skip
# "more than a year", "within an hour", "about a mile": one unit after a qualifier is a figure of
# 1 (``number_runs.py``); the units (time and the distances GVA articles give) and the openers that
# qualify it besides the approximate and bound qualifiers.
SINGLE_UNIT_NOUNS = frozenset(
    {"minute", "hour", "day", "week", "month", "year", "decade", "century", "mile", "block"}
)
# "$30 billion over 10 years" (extract/spread_spans.py): words after the unit that make "over" a
# bound again ("over two years ago", "over 10 years old").
SPREAD_SPAN_AFTER = frozenset({"ago", "old", "older", "earlier", "later", "before", "after"})
# "would climb gradually over six years", "a 5.5% increase spread over two years"
# (extract/spread_spans.py): a verb of change or of spreading right before "over" (adverbs and
# particles between) makes the span of time the stretch the change is spread over, exact, not
# "more than" (realgold50, wire2m golds; realgold12 "risen over the past two weeks", wiref and
# wire2m "pay rise over two years": every gold of a change over a span of time, 5 in 4 sets, keeps
# it exact, none bounds it).
SPREAD_OVER_VERBS = frozenset({
    "rise", "fall", "drop", "climb", "increase", "decrease", "decline", "grow", "jump", "slip",
    "slide", "surge", "plunge", "soar", "tumble", "gain", "lose", "ease", "sink", "shrink",
    "spread", "phase", "stagger", "ramp",
})
# "the rate edged up to 7.2%", "the price was jacked up to $2 million", "working our way up to
# $15 an hour" (extract/mentions/risen_up_to.py): the "up" of a verb of moving up, and "to" the
# level reached, not "up to" the cap (realgold10, realgold50, tests/wire2e, wire2f golds: exact,
# "up to" outside the span; every tuning gold of "up to" after such a verb, 4 in 4 sets). A cap
# stays one: "can be fined up to $500", "killed up to 340" (upper_bound in 9 sets).
# Not "work" or "move" alone: "worked up to 60 hours a week", "could move up to 30 places" cap.
RISING_UP_VERBS = frozenset({
    "edge", "inch", "tick", "creep", "ratchet", "ramp", "step", "bump", "jack", "crank", "notch",
    "drift", "trend", "climb",
})
# "working our way up to $15", "clawed its way up to 12%": the verbs of one's way up
WAY_UP_VERBS = frozenset({"work", "make", "fight", "claw", "inch", "climb"})
# "destroyed 57 drones over eight Russian regions" (extract/spread_spans.py): places an amount
# is spread over, not "more than" (tests/wirea, wirek golds: exact).
PLACE_SET_NOUNS = frozenset(
    {"region", "province", "district", "oblast", "state", "county", "territory", "city", "town"}
)
# "within 10 minutes", "pulled within 5 points", "within an hour": a preposition that caps the
# figure after it, an upper bound with the preposition in the span (realgold5, realgold8 READMEs;
# realgold10 gold).
UPPER_BOUND_PREPOSITIONS = frozenset({("within",)})
# "six of the past seven contests": words between "of the" and the whole of a share.
SHARE_WHOLE_MODIFIERS = frozenset({"past", "last", "previous"})
# "23 of its 29 delegates", "Three of his 15 co-defendants", "two of the firm's five directors":
# an owner before the whole of a share (gold README "Shares"; realgold12, 14, 24, 30 golds: 5
# of 5 such figures are shares). A named owner ends in a possessive mark (POSSESSIVE_MARKS).
SHARE_WHOLE_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "your", "my"})
# "10 of the first 11 contests" (realgold19 gold: a share, like "six of the past seven")
SHARE_WHOLE_ORDINALS = frozenset({"first"})
# A rough whole after its owner: "nearly 200 of the village's roughly 300 residents", "About 2.2
# million of the country's roughly 6.5 million registered voters" (tests/wiren, wirej golds, two
# writers: one share, approximate; share_wholes.py).
SHARE_WHOLE_QUALIFIERS = frozenset({
    "about", "roughly", "some", "nearly", "almost", "around", "approximately", "estimated",
})  # fmt: skip
# A bare multiplier before what it is compared with: "double the number who said the same",
# "triple what they were" (gold README: multipliers are claims; realgold5, realgold10,
# realgold20 golds write "more than twice the number", "almost double what", "double the
# number" as claims). The comparison opens with one of these words.
MULTIPLIER_COMPARISON_OPENERS = frozenset({"the", "what", "that", "those"})
# "a trio of PACs", "a quartet of groups", "a pair of interrelated initiatives": a word for a
# group of a set size before "of" counts its members (realgold19, tune22 golds: claims of 3, 4,
# 2); "the pair", "the trio" name people again and are no figure (``number_runs.py``).
GROUP_COUNT_WORDS = {"pair": 2, "trio": 3, "quartet": 4}
# "a pair of shoes", "a pair of handcuffs": one thing made of two parts, not two things.
PAIRED_THINGS = frozenset({
    "shoe", "boot", "sneaker", "sock", "glove", "pant", "trouser", "jean", "short", "glass",
    "sunglass", "earring", "handcuff", "scissors", "pliers", "binocular", "slipper",
})  # fmt: skip
# "at once", "every once in a while", "once again", "once more", "never once", "once upon":
# the words beside "once" that make it an idiom.
ONCE_IDIOM_PREV = frozenset({"at", "every", "all", "never", "not"})
ONCE_IDIOM_NEXT = frozenset(
    {"again", "more", "upon", "and", "or", "per"}
)  # "once per year": a rate
# "twice", "thrice": counts of times, never the part of a share ("twice in three days" is a
# count and its window; share_wholes.py).
TIMES_WORDS = frozenset({"twice", "thrice"})
# The parts of speech of an object between a verb and its "once" ("shot the clerk once").
ONCE_OBJECT_POS = frozenset({"DET", "NOUN", "PROPN", "PRON", "ADJ", "CCONJ", "NUM", "PART"})
# "has spent a quarter-century in Congress", "Republican for a half-century", "for more than half
# a century": a fraction of a century is a span of time in years (realgold3, realgold19,
# realgold20 golds: value 25 or 50, unit year); the fraction words and their years.
CENTURY_FRACTIONS = {"quarter": 25, "half": 50}
# "His chief aide doubled down on attacks", "the campaign doubled down": a multiplier verb with
# this particle is the idiom "to persist", not a figure (gold README: idioms are not claims).
MULTIPLIER_IDIOM_PARTICLES = frozenset({"down"})
# "That is only half the battle", "half the story", "wrong half the time": a predeterminer
# "half" before these nouns is an idiom, not a share (half_predeterminers; gold README: idioms
# are not claims).
HALF_IDIOM_NOUNS = frozenset(
    {"battle", "story", "fun", "picture", "equation", "time", "truth", "problem", "trick"}
)
# A bound written after the figure (extract/trailing_bounds.py): "$200 or less" is at most $200,
# "$50,000 or more" at least $50,000 (realgold14 gold: "$200" upper_bound), "20+" and a "plus"
# ending the phrase at least that (realgold3, realgold19 golds: lower_bound).
TRAILING_UPPER_BOUND_WORDS = frozenset({"less", "fewer", "lower", "below", "under"})
TRAILING_LOWER_BOUND_WORDS = frozenset({"more", "greater", "higher", "above", "over"})
TRAILING_PLUS_WORDS = frozenset({"plus"})
# "as low as 10 percent", "as few as 12 votes": the figure is the low end, a lower bound (realgold12
# gold: "as low as 10 percent" lower_bound); "as long as two years" the high end of a span of time
# (realgold12 gold: upper_bound), read only before a unit of time ("as long as 10 people come" is
# a condition).
LOW_END_QUALIFIERS = frozenset({("as", "low", "as"), ("as", "few", "as"), ("as", "little", "as")})
TIME_HIGH_END_QUALIFIERS = frozenset({("as", "long", "as")})
# "an estimated loss of $473 million", "the estimated cost ... is $12 billion": the measure the
# figure is the amount of is estimated (extract/estimated_measures.py; realgold12 gold).
ESTIMATE_ADJECTIVES = frozenset({"estimated", "approximate"})
# A figure that is a bar to clear is not bounded by "crossed"/"passed" (extract/verb_bounds.py):
# "the 1,237 delegates needed", "the 270 votes required", "the 1,237 threshold" (realgold12,
# realgold19 golds: exact).
REQUIREMENT_VERBS = frozenset({"need", "require"})
THRESHOLD_NOUNS = frozenset({"threshold"})
# "less than one-half of 1 percent", "a quarter of a percentage point": the words for one that
# may stand for the base percent, and the units that make the figure a fraction of a percent
PERCENT_FRACTION_BASES = frozenset({"a", "one"})
PERCENT_FRACTION_UNITS = frozenset({"percent", "%", "pct"})
# One bare unit of time a verb lasted ("suspended for a month", "spent a month in jail"): not
# "minute"/"second" ("I don't believe for a minute"), not "decade" (always read) (lasting_units.py)
LASTING_UNITS = frozenset({"hour", "day", "week", "month", "year"})
# verbs whose object is the time they took ("spent a year courting them")
SPENDING_VERBS = frozenset({"spend"})
# "three-quarters said the same of Sanders", "Two-thirds support reducing sentences", "a third
# said that of Cruz's campaign": the verbs of saying or of a stance whose bare fraction subject
# is a share of the people polled (subject_shares.py; gold README "Shares").
SHARE_STANCE_VERBS = frozenset({
    "say", "support", "oppose", "favor", "favour", "back", "approve", "disapprove", "think",
    "believe", "want", "prefer", "see", "view", "agree", "disagree", "expect", "choose", "pick",
    "rate", "call", "consider", "plan", "trust", "like", "dislike", "report", "describe",
})  # fmt: skip
# A net rating's sign (signed_figures.py): the marks glued to the number ("-11 points", "+32
# points"), the words of a minus, and the words that sign only a figure in points ("a net
# negative 6 points", "plus 21 points"; not "a negative 42%-49% approval rating").
SIGN_MARKS = frozenset({"-", "+", "−"})
MINUS_SIGN_WORDS = frozenset({"minus", "negative", "-", "−"})
SIGN_WORDS_BEFORE_POINTS = frozenset({"negative", "plus"})
# "plans to triple coal production", "called for doubling the caps": a multiplier verb in its
# base form or gerund multiplies the object it takes (multiplier_verbs.py); these dependencies
# name that object.
MULTIPLIER_OBJECT_DEPS = frozenset({"dobj"})
# "rose to double digits": a multiplier word before these nouns is a vague amount, no figure.
MULTIPLIER_VAGUE_HEADS = frozenset({"digit"})
# "within a half hour", "half a percentage point", "half a decade": the units half of one is
# read of (unit_fractions.py); "century" is read by century_spans.py.
FRACTION_UNIT_NOUNS = frozenset({
    "minute", "hour", "day", "week", "month", "year", "decade", "mile", "block", "point",
    "percent",
})  # fmt: skip
# "half a percentage point": the word a unit in points may have before it.
POINT_UNIT_OPENERS = frozenset({"percentage"})
# The fractions of one unit: "half an hour", "a half mile". Not "a quarter mile" (session 48):
# the one in the tuning articles only places the scene, which realgold4's gold calls a claim and
# gold-conventions ("Distances") a not-claim, so it is left as the finder read it before.
UNIT_FRACTIONS = {"half": 0.5}
# "almost a year and a half", "an hour and a half later": the units of time one and a half of is
# one figure (unit_fractions.py), as "two and a half years" is (half_runs.py).
HALVED_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "decade"})
# "cutting emissions by a third", "fell by half": the verbs whose "by" gives the size of a change
# as a share (change_shares.py).
SHARE_CHANGE_VERBS = CHANGE_VERBS | frozenset(
    {"cut", "reduce", "slash", "raise", "lower", "trim", "boost", "expand", "double"}
)
# "Maize harvest down by a third": the particles that say a change before its "by" in a
# headline with no verb (change_shares.py).
SHARE_CHANGE_PARTICLES = frozenset({"down", "up"})
# "2½ years": the fraction glyphs a figure may end in (mixed_fractions.py).
FRACTION_GLYPHS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
# "temperatures reached 42C (108F)", "the average temperature has risen by about 1.3C": words that
# make a number glued to C or F a temperature, not a name like "seat 14C" (glued_temperatures.py).
TEMPERATURE_WORDS = frozenset({
    "temperature", "temperatures", "heat", "heatwave", "heatwaves", "degree", "degrees", "hot",
    "hotter", "hottest", "warm", "warmer", "warmest", "warming", "cold", "colder", "coldest",
    "freezing", "thermometer", "thermometers", "celsius", "fahrenheit", "mercury",
})  # fmt: skip
