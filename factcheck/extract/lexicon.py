"""Rule data: the words the extraction rules look for.

Each set cites the gold README row or seed sentence it covers. Entries are lower-case lemmas
unless a comment says otherwise; multi-word cues are tuples of lower-case words.
"""

from factcheck.extract.person_lexicon import BROAD_PERSON_NOUNS

# fmt: off

# --- qualifiers (gold README, "approx") -------------------------------------------------------

# "about", "around", "roughly", "some", "nearly", "almost", "an estimated" -> approximate;
# "near 10 percent", "hovering near 60%" are about it (realgold5, realgold12 golds); so are "Just
# shy of half", "not quite 13 cents", "barely half" (realgold8, realgold32, realgold35 golds).
APPROXIMATE_QUALIFIERS = frozenset({
    ("about",), ("around",), ("roughly",), ("some",), ("nearly",), ("almost",), ("approximately",),
    ("approx.",), ("circa",), ("c.",), ("estimated",), ("an", "estimated"), ("close", "to"),
    ("some", "estimated"), ("in", "the", "region", "of"), ("on", "the", "order", "of"), ("near",),
    ("just", "shy", "of"), ("not", "quite"), ("barely",),
})
# "more than", "over", "at least", "crossed", "exceeded" -> lower_bound; "Just over a quarter"
# is over it as the gold README reads "over" (realgold tuning gold: lower_bound); "upward of $10
# million", "north of 65 million" are more than it (realgold3, realgold10 golds).
LOWER_BOUND_QUALIFIERS = frozenset({
    ("more", "than"), ("over",), ("at", "least"), ("above",), ("in", "excess", "of"),
    ("no", "fewer", "than"), ("no", "less", "than"), ("greater", "than"), ("at", "minimum"),
    ("a", "minimum", "of"), ("well", "over"), ("well", "above"), ("well", "beyond"), ("beyond",),
    ("exceeding",), ("topping",), ("just", "over"), ("just", "above"), ("upward", "of"),
    ("upwards", "of"), ("north", "of"),
})
# "up to", "as many as", "fewer than", "less than", "under" -> upper_bound; "just under 90
# percent" is under it (realgold16 gold: upper_bound).
UPPER_BOUND_QUALIFIERS = frozenset({
    ("up", "to"), ("as", "many", "as"), ("as", "much", "as"), ("as", "high", "as"),
    ("fewer", "than"), ("less", "than"), ("under",), ("below",), ("at", "most"),
    ("no", "more", "than"), ("a", "maximum", "of"), ("not", "more", "than"), ("just", "under"),
    ("just", "below"),
})
# The seed's "the death count in Gaza crossed 9,000": a verb whose object is the figure bounds it
# from below. The verb is not part of the span (gold span "9,000").
LOWER_BOUND_VERBS = frozenset({
    "cross", "exceed", "surpass", "top", "pass", "eclipse", "overtake", "break", "outnumber",
})
UPPER_BOUND_VERBS = frozenset({"cap", "limit"})

# "between X and Y", "X to Y", "X-Y" -> range (gold README, "approx")
RANGE_OPENERS = frozenset({"between", "from"})
RANGE_JOINERS = frozenset({"and", "to", "-", "–", "—", "or"})

# --- claim links within an article (issue 11, session 13, lead: extract/links.py) -------------
# Words of a subject that say nothing about what is counted: two subjects sharing only these
# are not "the same thing".
LINK_SUBJECT_STOPWORDS = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or",
    "than", "that", "this", "these", "those", "their", "its", "his", "her", "our", "other",
    "more", "less", "about", "some", "people", "person", "total", "number", "figure", "time",
    "times", "year", "years", "day", "days", "percent", "per", "cent", "share",
})
# Words that count the same casualties: "2,000 people killed" and "700 people died" are rival
# tolls of one event.
LINK_SUBJECT_SYNONYMS = {
    **dict.fromkeys(("killed", "died", "dead", "death", "fatality", "toll", "slain", "killing"), "killed"),
    **dict.fromkeys(("injured", "wounded", "hurt", "injury"), "injured"),
}
# Units whose differing figures are different measurements rather than rival accounts of one:
# two polls' percentages of the same race, a share of voters here and there.
LINK_UNCONTESTED_UNITS = frozenset({"%", "percent", "percentage point", "share"})

# --- what is not a claim (gold README: dates, ordinals, names, vague amounts) -----------------

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
ONE_IDIOM_PREV = frozenset({"no", "any", "every", "some", "each", "the", "this", "that", "which"})

# --- not claims in local news (issue 11: block and house numbers, phones, ages, counters) -----
# "the 1500 block of Main Street", "at 4 N. Third Ave.": a number that places a scene.
ADDRESS_FOLLOWERS = frozenset({"block"})
STREET_WORDS = frozenset({
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane",
    "ln", "court", "ct", "place", "pl", "way", "highway", "hwy", "parkway", "pkwy", "circle",
    "terrace", "trail", "pike",
})
STREET_DIRECTIONS = frozenset({"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south",
                               "east", "west", "northeast", "northwest", "southeast",
                               "southwest"})
# "ages 5 and 7", "under the age of 13", "voters 45 and older": ages, not counts.
AGE_WORDS = frozenset({"aged", "age", "ages"})
AGE_AFTER = frozenset({"older", "younger"})
# "her sons, 7 and 8,", "two teens, one 16 and the other 17,", "Lee, also 16,", "three friends,
# one of them only 14," (fp4; realgold14 gold: age): words that may stand between a person's
# comma and an age (with ``AGE_ADVERBS``).
AGE_LIST_WORDS = frozenset({
    "and", "or", "one", "the", "other", "another", "also", "both", "of", "them",
})  # fmt: skip
# "his son, who is 11, ...", "one is 18, the other is 19": who may be an age with "is".
AGED_SUBJECTS = frozenset({"who", "he", "she", "one", "other"})
# "1 of 2 CLOSE", "2 of 2 Last Video": photo-gallery counters between captions.
COUNTER_NEXT = frozenset(
    {"close", "last", "next", "skip", "previous", "prev", "photos", "back"}
)  # "1 / 9 Back to Gallery"
# "Image 2 of 8", "Photo 1 of 12": a gallery counter.
COUNTER_PRECEDERS = frozenset({"image", "photo", "photos", "slide", "picture", "video", "page"})
# "called 911", "a 911 call", "the 911 dispatcher": an emergency number, not a count.
EMERGENCY_CONTEXT = frozenset({
    "call", "dial", "dispatcher", "dispatch", "operator", "center", "centre", "line", "tape",
    "recording", "caller",
})
# "the 55 Freeway", "Route 9", "Seven Mile" (title case only: "5 miles" is a distance).
ROAD_WORDS = frozenset({
    "freeway", "highway", "expressway", "interstate", "route", "turnpike", "mile", "loop", "i",
    "sr", "us", "fm",
})
# "Action News 4 reporter": the capitalised word a station's channel number follows
# (station_names.py; "told 69 News" is read from the "News" after it).
STATION_BRAND_WORDS = frozenset({"News"})
# "a 9 mm pistol", "a .40 caliber handgun", "a 12 gauge shotgun": a calibre.
CALIBRE_UNITS = frozenset({"mm", "millimeter", "millimetre", "caliber", "calibre", "gauge"})
# "case number 1234", "badge 512", "Inc. #122672616": case, badge and incident numbers.
LABEL_NOUNS = frozenset({
    "case", "badge", "docket", "incident", "inc", "report", "file", "squad", "patrol", "unit",
    "booking", "inmate",
})
DIRECT_LABEL_NOUNS = frozenset({
    "badge", "docket", "inc", "booking", "inmate", "ext", "extension", "numbered",
})
# "text a tip to 847-411": words that make three and three digits a phone number.
PHONE_CONTEXT = frozenset({
    "call", "text", "tip", "phone", "contact", "line", "hotline", "crimestoppers", "dial",
})
# "at approximately 0153 hours": words before a time on the 24-hour clock.
CLOCK_PRECEDERS = frozenset({"at", "approximately", "about", "around", "until", "after", "before"})
# "about 50 miles south of the city", "two blocks away": a distance that only places the scene.
DISTANCE_UNITS = frozenset({
    "mile", "kilometer", "kilometre", "km", "block", "foot", "feet", "yard", "meter", "metre",
})
# "the two robberies were three blocks apart" (gold-conventions "Distances") places them too.
PLACING_WORDS = frozenset({
    "away", "outside", "from", "north", "south", "east", "west", "northeast", "northwest",
    "southeast", "southwest", "apart",
})
# "bases only 700 miles from the capital", "a mere 90 miles away": a distance argued as the
# point (docs/gold-conventions.md "Distances": "missiles based only 300 miles from our border"
# is a claim), not one that only places the scene.
ARGUED_DISTANCE_WORDS = frozenset({"only", "mere", "merely"})
# "drove about 20 miles to his mother's house", "ran 100 yards before collapsing": a person's
# travel on the way to the next event (travel_distances.py); "run" of a pipeline stays out by
# the words that must follow.
TRAVEL_VERBS = frozenset({
    "drive", "walk", "run", "travel", "flee", "ride", "chase", "pursue", "crawl", "stagger",
    "stumble", "limp", "drag", "carry", "sprint", "jog", "speed", "head", "wander", "hike",
})
TRAVEL_AFTER_WORDS = frozenset({
    "to", "toward", "towards", "into", "before", "until", "home", "back", "down", "up",
    "across", "through", "along", "onto", "and", "when", "after",
})
# "drove two hours north to Orlando": a span of time that measures travel, with a direction.
TRAVEL_TIME_UNITS = frozenset({"hour", "minute"})
# what follows such a span: a direction or "away"; "three hours from Des Moines to ..." says
# what a trip costs (realgold24 keeps it).
TRAVEL_TIME_AFTER = frozenset({
    "away", "north", "south", "east", "west", "northeast", "northwest", "southeast",
    "southwest",
})
# "the top two", "a top-10 finish": a rank, not a count.
RANK_PRECEDERS = frozenset({"top"})
# "© 2016 WTOP": a copyright year.
COPYRIGHT_WORDS = frozenset({"©", "copyright", "(c)"})

# Units that make a number a span of time; "nearly two years ago" places an event in time.
TIME_UNITS = frozenset({
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
})
# "a 50-year low", "a 13-year high": the noun of a record a span of time holds over
# (record_spans.py; gold README "the slowest rate in 13 years").
RECORD_SPAN_NOUNS = frozenset({"low", "lows", "high", "highs"})
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
TIME_PLACING_NEXT = frozenset({
    "ago", "earlier", "later", "before", "after", "since", "old", "into", "apart",
})  # fmt: skip
# Months and weekdays: a number next to one is a date (spaCy sometimes misses these).
MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Entity labels of names: a number inside one is part of the name ("F-16", "Group of 20").
NAME_LABELS = frozenset({
    "ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW", "PERSON", "LANGUAGE", "LOC", "NORP",
})
# Words that make the next number a label, not an amount: "No. 10", "Article 51",
# "Resolution 2334", "Flight 370", "Route 66", "Section 230".
NAME_PRECEDERS = frozenset({
    "no", "nos", "number", "#", "article", "resolution", "section", "chapter", "page", "paragraph",
    "clause", "flight", "route", "room", "platform", "gate", "phase", "level", "grade", "stage",
    "round", "version", "model", "episode", "season", "act", "item", "figure", "table", "verse",
    "amendment", "district", "precinct", "block", "unit", "highway", "interstate", "channel",
    "category", "tier", "covid", "title", "proposition", "prop", "apollo", "boeing", "airbus",
    "site", "camp", "terminal", "sector", "ward", "canal", "pier", "bus", "train", "part", "code",
})
# The same when capitalised only (lower case they may end a phrase before an amount: "the new
# rule 10 years ago"): a party's "Rule 40", a city's "Police Zone 1" (fp4, session 46:
# realgold19, realgold7 golds: part of a name).
TITLED_NAME_PRECEDERS = frozenset({"rule", "zone"})
# "the five boroughs", "the 50 states": a place named by its number of parts, after "the"
# (``set_names.py``, fp4; realgold8, realgold31, realgold32 golds: part of a name).
SET_NAMES = frozenset({("five", "boroughs"), ("50", "states"), ("fifty", "states")})
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
# Verbs whose "to" introduces the new level, not a range's top: "fell 12% to HK$18.40".
CHANGE_VERBS = frozenset({
    "rise", "fall", "drop", "climb", "increase", "decrease", "decline", "grow", "jump", "slip",
    "slide", "surge", "plunge", "soar", "tumble", "gain", "lose", "ease", "sink", "shrink",
})
# Change verbs whose "from" phrase gives the level a forecast change starts from, known as it
# stands: "projected to swell to 9 million in 2030, from 6 million in 2020" (realgold5 gold: the
# starting level not hedged; hedge_clause_reach.starting_level).
STARTING_LEVEL_VERBS = CHANGE_VERBS | frozenset({"swell", "double", "triple"})
# Words that open an embedded question, whose content a belief or forecast over it does not
# assert: "thought the party would ask why it had lost twice" (realgold33's shape: not hedged).
EMBEDDED_QUESTION_WORDS = frozenset({"why", "how", "whether"})
# Times of day: "at 10 a.m.", "3 pm", "10:30 GMT".
CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "bst", "est", "edt", "o'clock"})

# Spelled-out numbers, for the value parser and for telling words like "five" from "fiver".
# "nearly twice the speed limit": a multiplier (gold README, "Multipliers")
NUMBER_WORDS = {
    "twice": 2, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "a": 1, "an": 1, "half": 0.5, "quarter": 0.25, "dozen": 12,
}
SCALE_WORDS = {
    "hundred": 100, "thousand": 1000, "k": 1000, "million": 1000000, "mn": 1000000, "m": 1000000,
    "mln": 1000000, "billion": 1000000000, "bn": 1000000000, "b": 1000000000,
    "trillion": 1000000000000, "tn": 1000000000000,
    # "$3bln", "$1.2trn", "$3.5mil", "$3 bln": the wires' and tabloids' abbreviations (digitcover)
    "bln": 1000000000, "trn": 1000000000000, "mil": 1000000,
}
# Scale words a numeral token keeps glued ("$2.5bn", "300k", "£30m" split as "30" "m"); the
# numeral pattern of ``quantities`` reads them as its suffix. Spelled-out ones ("$50million")
# are split off by the tokenizer instead (``glued_units``).
GLUED_SCALE_SUFFIXES = ("bln", "trn", "mil", "mln", "bn", "mn", "tn", "k", "m", "b")
# Shares (gold README, "Shares"): "a third", "two-thirds", "half of voters" -> the fraction.
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10,
    "fourths": 4, "eighths": 8,  # "three-fourths of them": a plural is never an ordinal (fppn41)
}
# Fractions read only glued by a hyphen to a spelled number ("one-eighth of 1 percent",
# "one-fourth of the vote"), where they cannot be the ordinal of "a fourth victim", "the Fourth
# of July" (fppn41).
HYPHEN_FRACTION_WORDS = {**FRACTION_WORDS, "fourth": 4, "eighth": 8}
# "nearly doubled", "roughly double" (issue 11, "Formats"): a multiple, when qualified or a verb.
MULTIPLE_WORDS = {
    "double": 2, "doubled": 2, "triple": 3, "tripled": 3, "quadruple": 4, "quadrupled": 4,
    # "called for doubling the caps" (multiplier_verbs.py): the gerund with its object
    "doubling": 2, "tripling": 3, "quadrupling": 4,
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
# "eight of 10 voters", "one in five": the words joining a part to its whole.
SHARE_JOINERS = frozenset({"of", "in"})
# "a 5.8-magnitude quake": a measure joined to its name, not a descriptor (issue 11, "Formats").
MEASURE_DESCRIPTORS = frozenset({"magnitude"})
# "a 20-point lead", "a 4-point edge": a margin in points is a figure, not a descriptor.
# "a four-point dip", "a 3-point bounce": a change in a poll is a difference too (pollpair,
# session 44; realgold4 gold "a four-point dip" a claim).
MARGIN_NOUNS = frozenset({
    "lead", "margin", "edge", "advantage", "gap", "deficit", "swing", "drop", "jump", "gain",
    "increase", "decline", "spread", "loss", "win", "victory", "defeat", "cushion", "dip", "bump",
    "bounce", "slide",
})
# "a 54-person majority", "a 26-delegate advantage" (count_margins.py; gold-conventions
# "Compound descriptors" exception (1) names majorities with the margins)
COUNT_MARGIN_NOUNS = MARGIN_NOUNS | frozenset({"majority", "plurality", "supermajority"})
# "US$100 million", "HK$123 million" (gold README, span includes the currency).
CURRENCY_SYMBOLS = {
    "us$": "USD", "$": "USD", "usd": "USD", "hk$": "HKD", "a$": "AUD", "au$": "AUD", "c$": "CAD",
    "ca$": "CAD", "nz$": "NZD", "s$": "SGD", "£": "GBP", "gbp": "GBP", "€": "EUR", "eur": "EUR",
    "¥": "JPY", "₹": "INR", "rs": "INR", "₽": "RUB", "₪": "ILS",
    "$us": "USD", "us": "USD",  # "$US12 million" (issue 11, "Formats"): only glued to digits
}
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY", "rupee": "INR",
    "rouble": "RUB", "ruble": "RUB", "shekel": "ILS", "franc": "CHF", "peso": "MXN", "won": "KRW",
}
PERCENT_WORDS = frozenset({"percent", "per cent", "%", "percentage", "pct"})
# "the top 1 percent", "the bottom 90 percent": adjectives that, like a superlative ("the
# richest 1 percent"), pick a group out of a ranking (``ranked_shares.py``).
RANKED_GROUP_WORDS = frozenset({"top", "bottom"})
# "six percentage points", "a lead of 29 points": the unit of a margin.
POINT_WORDS = frozenset({"point", "points", "pts"})
# "a negative 42%-49% approval rating": nouns of a rating a poll's pair of sides splits
# (margin_pairs.py; realgold24 gold: two claims, not a range).
RATING_NOUNS = frozenset({"approval", "disapproval", "favorability", "unfavorability", "rating"})
# "46 to 40 percent", "11 and 8 percent": a bare number joined to a figure with a unit.
SHARED_UNIT_JOINERS = frozenset({"to", "and", "or", "-", "–"})
# quantulum3 units that are artefacts of its parser, never a unit the text gives.
# "atomic mass unit": quantulum3 reads the "u" of "U.S." as one ("300 U.S. troops"; fppn41)
NOISE_UNITS = frozenset({"dimensionless", "count", "dozen", "barn", "newton", "atomic mass unit"})

# --- attribution (gold README, "Source kinds") -------------------------------------------------

# Verbs that attribute a statement to their subject: "a second US official said", "Reuters
# reported", "the official clarified", the seed's typo "the US official retort that".
REPORTING_VERBS = frozenset({
    "say", "tell", "report", "state", "announce", "add", "clarify", "retort", "reply", "respond",
    "explain", "note", "claim", "confirm", "estimate", "allege", "assert", "insist", "argue",
    "warn", "write", "tweet", "post", "declare", "disclose", "reveal", "indicate", "acknowledge",
    "admit", "point", "highlight", "stress", "emphasise", "emphasize", "maintain", "contend",
    "suggest", "show", "find", "count", "record", "calculate", "put", "cite", "quote", "brief",
    "testify", "predict", "forecast", "project", "publish", "release", "tally", "deny", "dispute",
    # speech and findings that carry figures too (issue 11): "he talked about eight athletes",
    # "the intelligence community has concluded that ... 22 emails"
    "talk", "describe", "mention", "conclude", "recount", "recall", "boast", "pledge", "promise",
    "vow", "continue",
    # "as the Daily Post observed, ...", "Forbes lists him with $30 billion", "One ranking
    # pegs his fortune at $33 billion": observations and rankings (issue 11)
    "observe", "list", "peg", "brag",
    # "Boxer attacked Fiorina by reminding voters that ...": speech only with its clause
    # (SPEECH_ONLY_VERBS), not "reminded of the 2008 race" (src46)
    "remind",
})

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
# Objects that make any verb introduce a quotation: `Lee issued a statement, “...”`, `Cruz
# tweeted a warning. “...”` (the object names the quotation, not content of its own).
SPEECH_NOUNS = frozenset({
    "statement", "warning", "message", "reminder", "tweet", "response", "reply", "remark",
    "comment", "speech", "plea", "appeal",
})
# Post-nominal words that describe an unnamed source and belong to its phrase: "people
# familiar with the matter", "officials close to the talks", "sources briefed on the plans".
SOURCE_DESCRIPTORS = frozenset({"familiar", "close", "briefed", "involved", "knowledgeable"})

# Subjects of a reporting verb that are a share of those counted, not a source: "most of
# them said they had paid", "many told reporters".
NON_SOURCE_SUBJECTS = frozenset({
    "most", "many", "some", "all", "none", "few", "several", "both", "each",
})

# "according to X" (the seed's "according to the Hamas-run Gaza health ministry").
ACCORDING_TO = ("according", "to")
# "The program cost $3 billion, per the Congressional Budget Office": "per" set off by a comma
# or opening the sentence reads as "according to" (per_sources.py).
ATTRIBUTING_PER = "per"

# Unnamed people or unspecified sources -> anonymous ("a US official said", "sources familiar").
ANONYMOUS_HEADS = frozenset({
    "official", "source", "diplomat", "person", "people", "insider", "aide", "officer", "report",
    "reports", "witness", "resident", "observer", "analyst", "expert", "someone", "individual",
    "member", "staffer", "employee", "worker", "activist", "medic", "doctor", "lawmaker",
    "legislator", "negotiator", "mediator", "spokesperson", "spokesman", "spokeswoman",
    "representative", "rumor", "rumour", "leak", "document", "estimate", "figure", "account",
})
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
})
# Titles of courtesy the named-entity tagger leaves out of a person's name ("Mr. Rubio" tagged
# "Rubio"); a pronoun resolved to the name keeps them, as the golds write the name.
COURTESY_TITLES = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"})
# Titles that make the name after them a person's ("Mr. Trump" even beside "Trump University").
PERSON_TITLES = COURTESY_TITLES | frozenset({
    "sen.", "rep.", "gov.", "sgt.", "lt.", "det.", "officer", "judge", "senator", "governor",
})
# Heads that name no institution when nothing qualifies them: "authorities said" is as
# unspecified as "officials said" (anonymous); "provincial authorities" are named_org.
UNSPECIFIED_ORG_HEADS = frozenset({"authorities"})
# Institutions and named groups -> named_org ("the health ministry", "prosecutors",
# "march organizers", "Reuters").
ORG_HEADS = frozenset({
    "ministry", "department", "agency", "office", "government", "administration", "military",
    "army", "police", "force", "forces", "prosecutor", "prosecutors", "organizer", "organiser",
    "organizers", "organisers", "authority", "authorities", "council", "committee", "commission",
    "court", "parliament", "congress", "senate", "campaign", "company", "firm", "bank", "group",
    "organization", "organisation", "union", "service", "services", "institute", "bureau", "board",
    "center", "centre", "hospital", "prefecture", "municipality", "embassy", "station",
    "broadcaster", "television", "radio", "outlet", "observatory", "monitor", "charity",
    "foundation", "ngo", "association", "federation", "consortium", "laboratory", "tribunal",
    "university", "newspaper", "media", "watchdog", "regulator", "coalition", "party", "movement",
    "network", "team", "statistics", "census", "survey", "poll", "study", "data", "unicef", "who",
    "un", "idf",
    # a government named by its territory (issue 11): "the state said", "the city said"
    "state", "city", "county", "town", "township", "village", "province",
    # "the intelligence community has concluded"
    "community",
    # law enforcement speaking as a body, as "police" does (real gold: "Deputies",
    # "Investigators", "North Carolina investigators"); one "officer" stays anonymous
    "deputies", "investigators", "detectives", "troopers",
})
# Sources that are documents: "a statement from the military", "figures released by the UN",
# "data from the health ministry". The body behind the document is the source.
DOCUMENT_HEADS = frozenset({
    "statement", "report", "figure", "data", "datum", "tally", "count", "estimate", "analysis",
    "study", "survey", "poll", "assessment", "release", "bulletin", "update", "record", "document",
    "filing", "tweet", "post", "projection", "forecast", "result", "memo",
})
DOCUMENT_PREPS = frozenset({"from", "by", "of", "released", "issued", "published"})
# A poll, study or memo "by" its author is written whole, as the real gold writes it ("The poll
# by the Public Policy Institute of California", "a memo released Friday by the watchdog").
AUTHORED_DOCUMENT_HEADS = frozenset({
    "poll", "survey", "polling", "study", "memo", "projection",
})
# Nominal sources (issue 11): polls, surveys and studies attribute the figures of the verb
# they are the subject of ("The poll surveyed 552 voters", "a study concluded ... $350") and
# of the clause they frame with "in" ("In a Reuters poll, 50 percent chose ...").
SURVEY_HEADS = frozenset({
    "poll", "survey", "study", "report", "analysis", "census", "audit", "research",
    "investigation", "review", "assessment", "average", "polling",
})
# Polls proper, among the surveys: a poll named anywhere in a sentence frames its percentages
# ("29 percent said ... in a recent CNN poll"; realgold12 gold "Monday's poll"); a study or a
# report frames only its own clause.
POLL_HEADS = frozenset({"poll", "survey", "polling"})
# Participles of asking: the poll or pollster that asked those counted is the source ("half
# of the voters surveyed in a new poll", "40 percent of adults polled by Gallup").
SURVEY_VERBS = frozenset({"survey", "poll", "interview", "ask", "question", "sample"})
# A claim or document with an owner speaks for the owner (issue 11): "the budget office's
# 10-year outlook ... $1 trillion", "Mr. Lee's claim that 90 percent ...", "By the Associated
# Press's tally, he has 739". Written whole, as the gold writes "the observatory's report".
OWNED_CLAIM_HEADS = DOCUMENT_HEADS | frozenset({
    "claim", "outlook", "assertion", "calculation", "model", "tally", "version", "numbers",
    "math",
})
# What an owner means to do speaks for the owner only as a stance does, after every other
# attribution ("Ms. Ruiz's plan would raise $15 billion"): a speaker around it tells the
# figure ("Lee said his plan would create 40,000 jobs", "The Rhodium Group has calculated that
# Mr. Obama's plans may reduce emissions 23 percent", "Clinton touted her proposals to invest
# $275 billion": PolNeAR even and odd, srcpn44). A plan reports nothing: the tuning golds give
# a lone owned plan no source (realgold10, 19, 24), PolNeAR its owner; left as it was.
AIM_HEADS = frozenset({"plan", "proposal", "budget", "bill", "rule", "regulation"})
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
# "reports of 200 missing", "estimates of 40 ships": the noun is the source of its "of" figure.
REPORT_OF_HEADS = frozenset({"report", "estimate", "rumor", "rumour"})
# ... and of the clause they frame: "outside estimates that the navy has 40 ships" (issue 11).
REPORT_THAT_HEADS = REPORT_OF_HEADS | frozenset({"claim", "assessment", "projection"})
# Who denies or disputes a figure is not its source (issue 11): "The accused denied taking
# $5,000" gives $5,000 to whoever charged it, not to the accused.
DENIAL_VERBS = frozenset({"deny", "dispute", "reject", "refute", "contest"})
# Revising a count reports it: "the agency raised the death toll to 267" (objects: FIGURE_NOUNS).
COUNT_REVISION_VERBS = frozenset({"raise", "revise", "increase", "lower", "update", "put"})
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
# Pronouns whose referent is found in earlier text.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
ORG_PRONOUNS = frozenset({"it", "they", "we", "i"})
# Pronouns that may stand for unnamed people named before ("Officials said ... They said").
PLURAL_PRONOUNS = frozenset({"they", "them"})
# Verbs by which a speaker goes on: the person named as their subject in the next sentence is
# the unnamed role just quoted ("A Red Cross official estimated ... Anna Weber ... added").
CONTINUATION_VERBS = frozenset({"add", "continue", "elaborate"})
# Documents a colon-ending paragraph announces as the text that follows ("Partial transcript
# as follows:", "The statement reads:"): the document is the source of what follows (issue 11).
ANNOUNCED_DOCUMENT_HEADS = frozenset({
    "transcript", "text", "excerpt", "statement", "remark", "letter", "memo", "email", "release",
})

# --- sources: layout words and continuity (issue 11, session 12, branch `sources6`) ----------
# Capitals and a colon that open a page's furniture, never a speaker's turn, however often
# the page repeats them ("RELATED: Two hurt in ...", "READ MORE: ...", "WATCH: ...").
LAYOUT_LABELS = frozenset({
    "related", "read more", "more", "also", "see also", "watch", "video", "videos", "photos",
    "photo", "gallery", "update", "updated", "correction", "editor's note", "editor’s note",
    "breaking", "previously", "listen", "audio", "sign up", "subscribe", "advertisement",
    "trending", "recommended", "latest", "live", "developing", "more coverage", "top stories",
    # a related story's headline under a "STORY:" rubric, repeated down the page ("STORY: 2 hurt
    # in motel shooting"): the page's link, not a speaker's turn (gvasrc)
    "story", "stories", "related story", "related stories", "more stories", "updated story",
})
# Titles of address the real gold keeps before a name ("Chief Tim Styka", "Sgt. Kevin Lee"),
# unlike a role ("WHO spokesperson Daniel Amadou" -> "Daniel Amadou").
ADDRESS_TITLES = COURTESY_TITLES | frozenset({
    "chief", "sheriff", "trooper", "sgt.", "sgt", "sergeant", "officer", "detective", "det.",
    "capt.", "captain", "lt.", "lieutenant", "deputy", "cpl.", "corporal", "inspector",
    "commander", "cmdr.", "constable", "marshal",
})
# Spelled-out titles of public office written right before a name stay with it, as their
# abbreviations do ("Senator Mara Voss" like "Sen. Mara Voss"; "District Attorney Lena Ortiz"):
# docs/gold-conventions.md, "Titles and roles before names in source text" (realgold6,
# realgold20 golds). One word, or a pair of words written together as one office.
OFFICE_TITLES = frozenset({
    "senator", "governor", "representative", "congressman", "congresswoman", "councilman",
    "councilwoman", "commissioner",
})  # fmt: skip
OFFICE_TITLE_PAIRS = frozenset({
    ("district", "attorney"), ("state", "attorney"), ("county", "attorney"),
    ("attorney", "general"), ("state", "senator"), ("state", "representative"),
    ("lieutenant", "governor"),
})  # fmt: skip
# Words of a local-news role the real golds keep with the name after it, however long the
# role ("Harvey County Sheriff Ann Lee", "State police senior Investigator Tom Ruiz", "Neighbor
# Lisa Grant"); corporate and government titles are left out ("Chief Financial Officer Dana
# Lee" -> "Dana Lee", as the dev gold writes them).
# Nouns written before a name that describe the person rather than name an office or post: the
# source text is the name alone ("billionaire Ana Ruiz said" -> "Ana Ruiz"; source_extent.py).
DESCRIPTIVE_ROLE_NOUNS = frozenset({
    "candidate", "nominee", "hopeful", "contender", "challenger", "incumbent", "rival",
    "opponent", "frontrunner", "front-runner", "billionaire", "millionaire", "businessman",
    "businesswoman", "mogul", "tycoon", "magnate", "star", "celebrity", "author", "writer", "host",
    "actor", "actress", "singer", "rapper", "comedian", "wife", "husband", "son", "daughter",
    "mother", "father", "brother", "sister", "friend", "partner", "girlfriend", "boyfriend",
    "widow", "resident", "veteran", "victim", "survivor", "student", "voter", "supporter",
    "critic", "fan", "entrepreneur", "investor", "heir", "heiress", "mate", "running",
})
LOCAL_ROLE_WORDS = frozenset({
    "sheriff", "police", "trooper", "sgt.", "sgt", "sergeant", "detective", "det.", "investigator",
    "capt.", "captain", "lt.", "lieutenant", "deputy", "cpl.", "corporal", "inspector", "marshal",
    "constable", "coroner", "firefighter", "mayor", "judge", "prosecutor", "neighbor",
    "neighbour", "witness", "photojournalist", "photographer", "reporter",
})
# A picture that shows something depicts it; it is no source of the figures in what it shows
# ("This undated photo provided by the state police shows Lee, sought in the shooting of six").
PICTURE_HEADS = frozenset({
    "photo", "photograph", "picture", "image", "video", "footage", "still", "screenshot", "clip",
})
DEPICTION_VERBS = frozenset({"show", "depict", "capture", "record"})
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

# --- caveats (gold README, "Caveat kinds") ----------------------------------------------------

# "cannot be independently verified", "could not be confirmed", "unconfirmed"
NOT_VERIFIED_PATTERNS = (
    r"\b(?:can ?not|could ?not|can't|couldn't|cannot|was not|were not|has not been|have not been|"
    r"had not been|is not|are not|not)\s+(?:be\s+|been\s+)?(?:(?:independently|immediately|"
    r"yet|separately)\s+)*(?:verified|confirmed|corroborated|checked)\b",
    # "Reuters could not independently verify the figures"
    r"\b(?:can ?not|could ?not|can't|couldn't|cannot|did not|didn't|has not|have not)\s+"
    r"(?:(?:independently|immediately|yet|separately)\s+)*(?:verify|confirm|corroborate)\b",
    r"\bun(?:verified|confirmed|corroborated|substantiated)\b",
    r"\bno\s+(?:independent\s+)?(?:verification|confirmation)\b",
    r"\bunable\s+to\s+(?:independently\s+)?(?:verify|confirm|corroborate)\b",
    r"\bnot\s+(?:been\s+)?(?:able|possible)\s+to\s+(?:independently\s+)?(?:verify|confirm)\b",
    r"\bwithout\s+(?:independent\s+)?(?:verification|confirmation)\b",
    # "None of the figures given by either side could be independently confirmed", "Neither
    # the figure nor the videos could be verified" (issue 11): the negation is the subject
    r"\b(?:none|neither)\b[^.;]{0,80}?\b(?:could|can|has|have|had|was|were|is|are)\s+"
    r"(?:be\s+|been\s+)?(?:independently\s+|immediately\s+|yet\s+)*"
    r"(?:verified|confirmed|corroborated|checked)\b",
    # "if verified, the figure would be the highest" (issue 11)
    r"\bif (?:independently )?(?:verified|confirmed|true|accurate)\b",
)
# "the Hamas-run health ministry", "state media", "the campaign said", "march organisers"
PARTISAN_PATTERNS = (
    r"\b(?!(?:UN|U\.N\.|UNRWA|WHO|EU|NGO|state|privately|independently|locally|family|"
    r"community|volunteer)-)[\w'’.]+-(?:run|controlled|led|backed|affiliated|appointed|aligned|"
    r"linked|held|installed)\b",  # part45: "the rebel-held health ministry", "opposition-held";
    # partisan3: "Russian-installed officials", "the Moscow-installed governor" (an occupier's
    # appointees, as "-appointed")
    r"\bstate-(?:run|owned|controlled)\b",
    r"\bstate(?:-run|-owned|-controlled)?\s+(?:media|television|tv|news|broadcaster|radio|"
    r"news agency|agency|outlet)\b",
    r"\bcampaign\b",
    r"\borgani[sz]ers?\b",
    r"\bpropaganda\b",
    r"\bmouthpiece\b",
)
# A belligerent reporting the results of its own military action (gold README,
# "partisan_source"): a military source and a claim about what it killed or destroyed.
MILITARY_HEADS = frozenset({
    "military", "army", "idf", "forces", "force", "militia", "defence", "defense", "navy",
})
# What a military's own action is done by: "its aircraft and artillery struck 150 targets",
# "the strike had targeted approximately 10 operatives".
MILITARY_AGENTS = frozenset({
    "troop", "jet", "force", "aircraft", "artillery", "drone", "warplane", "plane", "soldier",
    "unit", "strike", "airstrike", "attack", "raid", "operation", "missile",
})
COMBAT_VERBS = frozenset({
    "kill", "destroy", "strike", "hit", "eliminate", "shoot", "down", "intercept", "neutralize",
    "neutralise", "capture", "target",
})
# A body's own people: an organisation counting them is a party ("its members walked out").
OWN_PEOPLE = frozenset({
    "member", "supporter", "force", "troop", "soldier", "fighter", "worker", "employee", "staff",
})
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
DISPUTE_PATTERNS = (
    r"\b(?:disputed|denied|rejected|contested|refuted|dismissed|challenged|questioned)\b",
    # implicit dispute (issue 11): "at odds with", "inconsistent with what our units recorded"
    r"\b(?:at odds|inconsistent|in conflict|at variance) with\b",
    r"\bcontradict(?:s|ed|ing)?\b",
    r"\b(?:disputes?|denials?|rejects?|contests?|refutes?)\b",
    r"\bexaggerat\w*\b",
    r"\binflated\b",
)
# "preliminary", "initial count", "expected to rise"
PRELIMINARY_PATTERNS = (
    r"\bpreliminary\b",
    r"\binitial(?:ly)?\b(?! public offering)",  # not the "initial public offering" price
    r"\bprovisional\b",
    r"\bearly (?:count|tally|estimates?|figures?|reports?)\b",
    r"\b(?:expected|likely|feared|set|could|may|might|is likely) to (?:rise|climb|increase|grow|"
    r"go up|change)\b",
    r"\bstill (?:being )?(?:counted|rising|climbing)\b",
    # a superseded figure: "earlier reports said 12", "first reported 30" (issue 11)
    r"\b(?:earlier|initial|first|original) (?:reports?|figures?|estimates?|counts?|tolls?)\b",
    r"\b(?:originally|previously|earlier|initially) reported\b(?! by| in| on)",
    # "the March numbers are subject to revision", "the figure would be revised" (session 12)
    r"\bsubject to (?:revision|change)\b",
    r"\b(?:could|would|may|might|will|to) be revised\b",
)
# Unnamed sources beyond the people of ANONYMOUS_HEADS that the anonymous_source caveat names:
# "social media posts claimed", "local television channels reported" (dev corpus).
ANONYMOUS_EXTRA_HEADS = frozenset({
    "post", "channel", "station", "outlet", "media", "they", "he", "she", "government",
    "authorities", "police", "relative", "neighbor", "neighbour", "friend", "family", "detainee",
    "survivor", "villager", "prisoner", "protester",
})
# --- caveat scope by source (issue 11; gold README, "Caveat scope") ----------------------------
# "None of the figures given by either side could be confirmed": the caveat covers every source.
ALL_SIDES_PATTERN = r"\b(?:either|both|all|each) (?:sides?|parties|camps|accounts)\b"
# Words of a source phrase that do not identify it: "the military" and "Arvenia's military" are
# one source, "Mr. Varga" and "Aleksi Varga" one person.
SOURCE_KEY_STOPS = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "'s", "’s", "mr", "mr.", "ms", "ms.",
    "mrs", "mrs.", "dr", "dr.", "new", "own", "latest", "local", "said",
})
# Allegation frames: "accused of stealing $2 million", "charged with taking $50,000",
# "allegations that he diverted $3 million" (gold README, hedged: "allegedly", "claimed").
ALLEGATION_VERBS = frozenset({"accuse", "charge", "allege", "indict"})
# "charges" only in the plural: "a restructuring charge of $30m" is an accounting cost.
ALLEGATION_NOUNS = frozenset({
    "allegation", "allegations", "accusation", "accusations", "charges", "indictment",
})
# The accused denies what the charges say: "denied the allegations", "rejected the charges",
# "denies any wrongdoing" (gold README, disputed: "denied").
DENIAL_OBJECTS = frozenset({
    "allegation", "accusation", "charge", "claim", "wrongdoing", "indictment",
})
# Competing figures dispute each other only when the text contrasts them: "the ministry said 40
# died, while the army put the toll at 12" (issue 11, implicit dispute).
CONTRAST_WORDS = frozenset({"but", "while", "whereas", "however", "although", "though"})
# An article-level "details are still developing" covers the figures after it (preliminary).
ARTICLE_PRELIMINARY_PATTERNS = (
    r"\b(?:details|information|the situation|this story|the story) (?:is|are|remains?) "
    r"(?:still )?(?:developing|emerging|evolving|unclear|sketchy|fluid)\b",
    r"\b(?:this|the) (?:story|article|report) (?:will|may) be updated\b",
    r"\bdeveloping story\b",
)
# Nouns that let a caveat sentence refer back to earlier figures ("Those numbers cannot be
# independently verified").
FIGURE_NOUNS = frozenset({
    "number", "figure", "toll", "count", "tally", "total", "estimate", "statistic", "datum",
    "data", "claim", "report", "account", "casualty", "death", "post", "allegation", "statement",
    "assessment", "projection", "result",
})

# --- caveat precision and reach (issue 11, session 11) ---------------------------------------
# Dispute words that dispute only as verbs: "the last five presidential contests", "a reject
# pile" and "a challenge of $5 million" name no dispute; "the mayor contests the figure" does.
VERB_ONLY_DISPUTE_LEMMAS = frozenset({"contest", "reject", "challenge", "question", "refute"})
# What a charge counts is no allegation: "charged with three counts of fraud", "faces four
# felony counts" (the number of charges is a court record).
CHARGE_COUNT_NOUNS = frozenset({"count", "charge", "felony", "misdemeanor", "misdemeanour"})
# Victims of the act an accused is charged with: "accused of shooting two men" (the shooting is
# a fact, who did it is alleged); "accused of taking $5,000" stays hedged (real gold).
VICTIM_VERBS = frozenset({
    "shoot", "kill", "murder", "stab", "wound", "injure", "assault", "attack", "beat", "strangle",
    "shooting", "killing", "stabbing", "slaying", "death",
})
# Estimate nouns as the subject of a figure: "His cost estimates have been between $8 billion
# and $12 billion", "The estimated cost is $5 million" (gold README, hedged: "estimated").
HEDGE_SUBJECT_NOUNS = frozenset({
    "estimate", "projection", "forecast", "guess", "assumption", "estimated", "projected",
})
# Bare pronouns name no unnamed person: an unresolved "he" is someone named earlier, so it gives
# no anonymous_source caveat (the real gold never writes a pronoun source).
PRONOUN_SOURCES = frozenset({"he", "she", "him", "her"})
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
# A participle that opens a supposition, like "if" ("- assuming a two-way race", "assuming that
# what won 13 million votes wins five times that number"; 2 PolNeAR articles, realgold10 gold:
# not hedged): supposed, no one's belief or estimate (suppositions.py). With a subject ("the
# campaign is assuming 40 percent") it is a belief and hedges.
SUPPOSITION_PARTICIPLES = frozenset({"assuming", "supposing", "presuming"})
# "claim" meaning win or take, no hedge: "claiming 41 percent of the vote", "claimed 12 lives".
CLAIM_WIN_OBJECTS = frozenset({
    "life", "vote", "seat", "delegate", "title", "prize", "victory", "win", "medal", "spot",
})
# "FOX59 is told there were six children", "We were informed that 12 were hurt": a passive
# telling with no agent names no source (anonymous_source).
TOLD_VERBS = frozenset({"tell", "inform"})
NEWSROOM_NOUNS = frozenset({
    "reporter", "newsroom", "station", "newspaper", "outlet", "channel", "crew", "team",
})
# Adverbs that say a figure was superseded ("initially", "originally reported"): only when
# another figure revises it ("Initially, the paper reported two victims" and no other count is
# no revision); "earlier reports" and "initial count" are preliminary by themselves.
SUPERSEDED_CUE_PATTERN = r"(?:initially|originally|previously)\b"
# A dash or semicolon ends the clause a hedge governs: "bail set at $50,000 — Lee is expected
# to be arraigned Monday" (a parse may join the two).
CLAUSE_BREAKS = frozenset({"—", "–", ";", "--"})
# Subjects that only hold the figure, so a hedge on their clause is on it: "A total of 300 are
# believed dead", "The number of victims could be as high as 40" (not "The deaths of four
# people may have been part of a robbery").
QUANTITY_SUBJECTS = frozenset({
    "total", "number", "toll", "count", "tally", "figure", "estimate", "sum", "amount",
})
# Determiners that make a figure a known one: "Trump's two rivals", "the four Americans killed",
# "the two dozen states": a belief or modal outside the phrase does not hedge it.
DEFINITE_DETERMINERS = frozenset({"the", "these", "those", "this", "that", "all"})
# Words that let a caveat noun point back to figures in an earlier sentence ("These claims
# could not be verified", "The figures", "his account"): a bare "claims that the report could
# not corroborate" is about what follows, not about earlier figures.
ANAPHORIC_DETERMINERS = frozenset({
    "the", "these", "those", "this", "that", "such", "both", "either", "neither", "all", "each",
    "his", "her", "its", "their", "our", "none",
})

# --- caveats from the claim's record (issue 11, session 12) ----------------------------------
# A source that is itself an estimate hedges its figures: "according to estimates by the
# agency", "Initial estimates put it at 55,000" (gold README, hedged: "estimated"); not an
# election's "preliminary projection", a count of results (dev corpus).
SOURCE_HEDGE_PATTERN = r"\b(?:estimates?|estimated|forecasts?|predictions?|guesses)\b"
# Documents among the unnamed sources: "reports say" is unnamed, "the report", "the October
# report", "its estimate" are one document the article identifies (no anonymous_source).
UNNAMED_DOCUMENT_HEADS = frozenset({
    "report", "document", "estimate", "figure", "account", "leak", "rumor", "rumour", "count",
    "information",
})
# Verbs by which a source gives a caveat on its own figures: "The observatory cautioned that
# the figures were preliminary" (with REPORTING_VERBS): its figures, not the nearest ones.
CAVEAT_SPEAKER_VERBS = frozenset({"caution", "warn", "concede", "acknowledge", "stress"})
# Nouns that name a source's figures themselves, so a dispute of "the group's estimate" or
# "AFAD's toll" reaches them by source; "rejected Clinton's claim" may be about anything.
NUMERIC_FIGURE_NOUNS = frozenset({
    "number", "figure", "toll", "count", "tally", "total", "estimate", "statistic", "datum",
    "data", "casualty", "headcount",
})
IDENTIFYING_DETERMINERS = frozenset({
    "the", "this", "that", "these", "those", "its", "his", "her", "their", "our",
})

# --- caveats: conflicts, unofficial counts, callers (issue 11, session 12 round 2) ------------
# A dispute noun that names a quarrel, not a contested figure: "an ongoing dispute between two
# groups", "a domestic dispute", "a custody dispute" (real news); "a dispute over the figures"
# and "the toll is in dispute" still dispute. Its object must name figures (FIGURE_NOUNS).
DISPUTE_NOUN_PREPOSITIONS = frozenset({"over", "about", "of", "on"})
# Counts not yet certified are preliminary: "in unofficial returns", "partial results"
# (gold README, preliminary: "initial count").
UNOFFICIAL_COUNT_PATTERNS = (
    r"\b(?:unofficial|partial|incomplete|uncertified) (?:election )?(?:returns|results|counts?|"
    r"tall(?:y|ies)|figures|vote counts?|(?:voter )?turnout)\b",
)
# A count still coming in is preliminary: "Clinton led by roughly 20 points with over 95 percent
# of precincts reporting" (realgold12 gold), "trailed by more than 20 points with more than
# three-quarters of the results in" (realgold7 gold), "with most votes counted" (gold README,
# preliminary: "initial count"). Not a complete or all but complete count ("with 100 percent of
# precincts reporting", "all precincts": realgold5 gold; "With almost 100% of the precincts
# reporting", realgold30 gold; "With 99 percent of the results in", realgold gold: none).
PARTIAL_RETURNS_PATTERNS = (
    r"\bwith (?:(?:almost|nearly|about|roughly|over|more than|just over|some) )?"
    r"(?:[1-9]|[1-8]\d|9[0-8])(?:\.\d+)? ?(?:percent|%) of (?:the |all )?"
    r"(?:precincts|votes?|ballots|returns|results) (?:reporting|counted|tallied|in)\b",
    r"\bwith (?:(?:almost|nearly|about|roughly|over|more than|just over) )?"
    r"(?:most|some|half|two-thirds|three-quarters|a third|a quarter|partial) "
    r"(?:of (?:the )?)?(?:precincts|votes|ballots|returns|results) "
    r"(?:reporting|counted|tallied|in)\b",
)
# Unnamed people who report a figure, beyond ANONYMOUS_HEADS: "The caller said a person had
# been shot", "a passerby said" (gold: anonymous_source); "told" for the source "We're told",
# "FOX59 is told" (newsroom.py): whoever told the newsroom is unnamed (sources12).
UNNAMED_REPORTER_HEADS = frozenset({"caller", "passerby", "bystander", "onlooker", "told"})
# Sources that disagree without being named: "media outlets were reporting different numbers",
# "conflicting reports", "differing accounts of the toll" (issue 11, implicit dispute): the
# figures just reported are disputed. "different numbers" only where something reports them,
# "reports" and "accounts" only of a figure ("differing accounts of the scale": dev gold, none).
CONFLICTING_ACCOUNTS_PATTERN = (
    r"\b(?:conflicting|contradictory|differing|varying|different|inconsistent|competing) "
    r"(?:reports|accounts|numbers|figures|counts|tallies|estimates|tolls|versions)\b"
)
CONFLICTING_REPORT_NOUNS = frozenset({"report", "account", "version"})

# --- caveats: harm done with its doer alleged, unnamed sources (issue 11, session 15 round 2) --
# "he allegedly killed his wife and wounded two officers": the harm is established, only who
# did it is alleged (realgold3/8 READMEs), so the victims are no hedged figure; "allegedly
# shooting at 5 people" (an act aimed at them) and "allegedly kidnapped" stay hedged.
ALLEGATION_ADVERBS = frozenset({"allegedly"})
# Marks of a time clause, whose event a hedge on the main clause does not reach: "believe the
# suspect fled after shooting three people" (session 36, cav44; hedge_clause_reach.py).
TIME_CLAUSE_MARKS = frozenset({"after", "before", "when", "until", "till", "whenever"})
# Unnamed sources whose head the anonymous_source caveat did not know: "A count showed",
# "Earlier information said" (the anonymous kind's own words: gold gives them the caveat).
UNNAMED_SOURCE_HEADS = frozenset({"count", "information"})
# Words that make any source phrase unnamed: "an anonymous 911 call", "an unnamed aide".
ANONYMITY_WORDS = frozenset({"anonymous", "unnamed", "unidentified"})

# --- subjects ---------------------------------------------------------------------------------

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
# "versus 900 the year before", "up from 170", "than 40", "well above the $1.11 expected":
# compared with the figure before.
COMPARISON_PREPS = frozenset({"versus", "vs", "vs.", "from", "than", "against", "above", "below"})
# "a lead of 48 percent to 41 percent": a poll's percentages are support, not the lead.
LEAD_WORDS = frozenset({"lead", "leads", "leading", "edge", "advantage"})
# "put the debt at $4 billion", "raised the reward by $5,000", "raised the toll to 267".
VALUATION_PREPS = frozenset({"at", "by", "to"})
# Past participles of the verbs that count people or money, as subjects name them ("the quake
# killed 57" -> "killed"); other verbs give their lemma ("fined HK$400 million" -> "fine").
PARTICIPLES = {
    "kill": "killed", "die": "died", "injure": "injured", "wound": "wounded", "hurt": "hurt",
    "displace": "displaced", "evacuate": "evacuated", "arrest": "arrested", "detain": "detained",
    "rescue": "rescued", "miss": "missing", "trap": "trapped", "infect": "infected",
    "hospitalize": "hospitalized", "hospitalise": "hospitalised",
}

# "The toll is expected to rise": a caveat naming a toll attaches to casualty figures.
TOLL_NOUNS = frozenset({"toll", "death", "casualty"})
CASUALTY_WORDS = frozenset({
    "killed", "kill", "dead", "died", "die", "death", "deaths", "toll", "casualties", "fatalities",
})

# --- subjects: clauses, money verbs and measures (issue 11, session 11) -----------------------

# Verbs whose subject is what their object figure measures: "the death count crossed 9,000",
# "sales reached $4 billion". With any other verb the subject is an agent ("Clinton spent $77
# million"), and a money figure is named by what the verb does with it.
MEASURE_VERBS = frozenset({
    "reach", "hit", "total", "near", "approach", "equal", "amount", "stand", "rise", "fall",
    "climb", "drop", "jump", "grow", "increase", "decrease", "decline", "double", "triple",
    "number",
}) | LOWER_BOUND_VERBS
# Verbs whose money object is named by a noun of their own ("fined the bank HK$400 million"
# -> "fine"; spaCy lemmatises "fined" as "fin"); other verbs give "money" and their participle
# ("raised $3 million" -> "money raised").
MONEY_VERB_NOUNS = {
    "fine": "fine", "fin": "fine", "save": "savings", "spend": "spending", "pay": "payment",
    "donate": "donation", "contribute": "contribution", "earn": "earnings", "charge": "charge",
    "borrow": "loan", "lend": "loan", "invest": "investment", "award": "award", "pledge": "pledge",
    "fetch": "sale price",
}
# Prepositions after a money verb that say what the money went to: "spent $77 million on
# advertising", "returned $43,100 in donations", "$5,000 for the campaign", "put £30m into".
MONEY_PURPOSE_PREPS = frozenset({"on", "in", "for", "into"})
# Verbs whose money object with "on ..." is money spent on it: "spent $890,000 on costs
# related to digital advertising", "dropping $2.5 million on such ads" (realgold19 golds list
# "spent" beside what it went to; the thing alone may be a container noun, "costs").
MONEY_SPENDING_VERBS = frozenset({"spend", "drop", "pour", "sink", "shell", "plow", "plough", "funnel"})
# Units of length: a distance with no noun measures the distance ("some 50 meters").
LENGTH_UNITS = frozenset({
    "mile", "miles", "kilometer", "kilometers", "kilometre", "kilometres", "km", "kms", "foot",
    "feet", "ft", "yard", "yards", "meter", "meters", "metre", "metres", "inch", "inches",
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
# "won Ohio by 20 percentage points", "the state was decided by one point": a winning margin.
MARGIN_VERBS = frozenset({
    "win", "lose", "decide", "carry", "beat", "defeat", "lead", "trail", "edge", "take",
})
# "leading by 2.2 percent", "trailed by 5 points": the margin is a lead (subjects13).
LEAD_MARGIN_VERBS = frozenset({"lead", "trail"})
# "was stabbed four times", "was shot twice": how often it happened ("times stabbed").
MULTIPLIER_ADVERBS = frozenset({"times", "twice", "thrice"})
# "the first death in a decade", "the only loss in 13 years": a record over a span of time
# (superlatives are found by their tag).
RECORD_MODIFIERS = frozenset({"first", "only", "last", "record", "lowest", "highest"})
# Verbs of opinion whose subject, a share in a poll, is the poll's respondents: "a quarter
# say they will vote for someone else", "40 percent support the plan".
OPINION_VERBS = frozenset({
    "say", "think", "believe", "support", "back", "favor", "favour", "oppose", "approve",
    "disapprove", "want", "prefer", "expect", "plan", "agree", "disagree", "trust", "view",
})
# "$41.60 a barrel", "$1.28 per gallon": words that make a money figure a price per unit.
PER_UNIT_WORDS = frozenset({"a", "an", "per"})

# --- check-worthiness (gold README, "key") ----------------------------------------------------

# Units that make a figure check-worthy: rates and money (currency codes are upper case).
KEY_UNITS = frozenset({"percent"})
# Singular, lower-case words of a subject that make a figure check-worthy on their own:
# casualties, people affected, populations (seed: hostages, Americans, people, population).
KEY_SUBJECT_WORDS = frozenset({
    "people", "person", "hostage", "american", "civilian", "child", "children", "death", "dead",
    "toll", "casualtie", "casualty", "victim", "killed", "injured", "wounded", "refugee",
    "migrant", "resident", "soldier", "troop", "fighter", "militant", "prisoner", "detainee",
    "population", "job", "voter", "vote", "patient", "case", "infection", "home", "house",
    "building", "displaced", "protester", "student", "worker", "count",
})

# --- moved here from the rule modules --------------------------------------------------------

# Words that may sit between two number words of one figure ("one hundred and twenty").
NUMBER_GLUE = frozenset({"and", "-"})
# "multiplier" units the gold README counts as claims ("almost three times").
MULTIPLIER_WORDS = frozenset({"times", "fold"})
# Right-hand parts of a source phrase that belong to its name: "the head of the rescue
# services", "Libya's ambassador to the UN".
NAME_PREPS = frozenset({"of", "to", "for", "at", "with", "from"})
# A spokesperson speaks for one body: "WHO spokesperson Daniel Amadou" is a named person.
SPOKESPERSON_HEADS = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# Unique roles that stay unique after "a": a county has one sheriff, so the wire's "..., a sheriff
# said" names him (gold README, "Source kinds": a unique role -> named_person;
# realgold6 gold "a sheriff", named_person, three claims), unlike "a spokesman" (gvasrc).
INDEFINITE_UNIQUE_ROLE_HEADS = frozenset({"sheriff"})
# Words that point back to a figure named before: "they could not be verified".
ANAPHORA = frozenset({"they", "it", "this", "these", "those", "that", "which"})
# Heads that are only containers for what is counted: "a population of 2.3 million people".
PARTITIVE_HEADS = frozenset({
    "number", "total", "percent", "%", "share", "proportion", "majority", "rate", "figure",
})
# "all manner of knickknacks", "all kinds of ads": heads that only sort what their "of" names
# (realgold19 gold: "knickknacks"); they join COUNT_HEADS in ``noun_phrases.py``.
KIND_HEADS = frozenset({"manner", "kind", "kinds", "sort", "sorts", "type", "types", "variety"})
# fmt: on

# --- implied counts (issue 9; gold README, "Implied counts") ----------------------------------

# Verb lemmas and the measure they imply. "shot" alone is "shot" (maybe fatal, maybe not),
# unless a conjunct or adverb says ("shot and killed", "fatally shot", "shot and wounded").
CASUALTY_VERBS = {
    "kill": "killed", "die": "killed", "wound": "injured", "injure": "injured",
    "hospitalize": "injured",  # "a woman was hospitalized" after a shooting
    "survive": "injured",  # "Both victims survived": shot, not killed
}  # fmt: skip
# Verbs whose subject alone is counted, as "die": "Both victims survived".
INTRANSITIVE_CASUALTY_VERBS = frozenset({"die", "survive"})
# "Another child was taken to a local hospital": a new person hurt (indefinite subjects only).
HOSPITAL_VERBS = frozenset({"take", "transport", "rush", "airlift", "fly"})
FATAL_ADVERBS = frozenset({"fatally", "dead", "death"})
# "a double homicide" = 2 killed, "a triple shooting" = 3 shot: the event noun gives the measure.
EVENT_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
MULTIPLE_EVENT_NOUNS = {
    "homicide": "killed", "murder": "killed", "killing": "killed", "slaying": "killed",
    "shooting": "shot", "stabbing": "injured",
}  # fmt: skip
# "the fatal shooting of a man", "the killing of his wife": event nouns whose "of" names victims.
NOMINAL_EVENTS = {
    "shooting": "shot", "killing": "killed", "slaying": "killed", "murder": "killed",
    "death": "killed",
}  # fmt: skip
# "Ann Lee's killer", "the killer of Ann Lee": the doer's noun says its victim's harm (impl44v).
NOMINAL_AGENTS = {"killer": "killed", "murderer": "killed", "slayer": "killed"}
# "the stabbing of a teenager", "the wounding of two officers": event nouns of a harm short of
# a shooting, read only with their victims after "of" or as owners (implwide); "the fatal
# stabbing of" = killed. Not NOMINAL_EVENTS, which other rules read as casualty events.
NOMINAL_HARMS = {"stabbing": "injured", "wounding": "injured"}
# "listed in critical condition": injured.
CONDITION_WORDS = frozenset({"critical", "serious", "stable", "grave"})
# "no child should be killed": a modal event counts no one.
MODAL_WORDS = frozenset({"should", "would", "could", "might", "may", "must", "can"})
# Singular nouns for one person; a noun after "a"/"an"/"another" counts as one person only if
# it is one of these or a name ("a 19-year-old" parses with head "old").
PERSON_NOUNS = frozenset(
    "man woman boy girl teen teenager person child baby toddler infant victim student officer "
    "deputy trooper resident driver passenger bystander father mother son daughter wife "
    "husband brother sister grandmother grandfather friend neighbor neighbour girlfriend "
    "boyfriend suspect gunman shooter old worker employee customer clerk guard youth male "
    "female adult individual owner co-owner uncle aunt cousin nephew niece grandson "
    "granddaughter stepfather stepmother stepson stepdaughter fiance fiancee partner farmer "
    "nurse doctor teacher pastor patron guest tenant roommate pedestrian cyclist motorist "
    "homeowner shopkeeper cashier bartender security mom dad mum kid sibling "
    # spans12: "A 16-year-old male juvenile was killed", "a coworker was hit"
    "juvenile coworker".split()
    # vdesc40: "a 22-year-old relative was shot dead" (realgold12 gold); the people a
    # defender shoots ("A homeowner shot an intruder")
    + "relative intruder robber burglar assailant attacker".split()
)
# Who can be a casualty (impl44p, session 36): PERSON_NOUNS and the broad person lexicon of
# person_lexicon.py (occupations, ranks, kin, life stages, religious, school and sport roles),
# for the implied-count gates; PERSON_NOUNS alone stays for sources and not-claims.
# Plain speech for one person, as witnesses and local reporters say it ("I saw another guy
# over there dead", "a lady was shot outside the store"; impl45c, invented challenge sentences).
PLAIN_PERSON_NOUNS = frozenset({"guy", "lady", "gentleman", "fella"})
CASUALTY_PERSON_NOUNS = PERSON_NOUNS | BROAD_PERSON_NOUNS | PLAIN_PERSON_NOUNS


# --- figure spans and values (issue 11, session 11, branch `spans5`) -----------------------------
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
# "10 Things to Know for Today", "five key trends to watch": the size of a list the article
# is, not a claim; the noun, then "to" and one of the verbs.
LISTICLE_NOUNS = frozenset(
    "things trends takeaways ways reasons lessons questions facts tips moments storylines "
    "races states numbers charts stories".split()
)
LISTICLE_VERBS = frozenset("know watch remember expect consider learn read see follow".split())
# "the S.&P. 500", "the Russell 2000", "the FTSE 100": a number in a market index's name.
INDEX_NAMES = frozenset({"s&p", "s.&p.", "russell", "ftse", "nikkei", "fortune", "wilshire"})
# "who was just 14 at the time": adverbs between "was" and an age.
AGE_ADVERBS = frozenset({"just", "only", "barely", "then", "still"})


# --- people listed without a parse (issue 11, session 11 round 2, branch `spans6`) -------------
# A headline's active casualty verb before its bare objects ("Toddler shoots himself, father").
HEADLINE_ACTIVE_CASUALTY = {
    "shoots": "shot", "shot": "shot", "kills": "killed", "killed": "killed",
    "wounds": "injured", "wounded": "injured",
}  # fmt: skip
# A reflexive object is the subject again: one person ("shoots himself, father" = 2 shot).
REFLEXIVE_PERSONS = frozenset({"herself", "himself"})
# Passive casualty participles after a list of ages ("a 12 year old and 15 year old were shot").
PASSIVE_CASUALTY = {"shot": "shot", "killed": "killed", "wounded": "injured", "injured": "injured"}
# "left a woman with a gunshot wound": what a person is left with when hurt.
WOUND_NOUNS = frozenset({"wound", "injury", "burn"})

# --- subjects: irregular plurals (issue 11, session 12) ---------------------------------------

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
# "margins of error plus or minus 3.1 percent and 5.2 percent": words that join margins listed
# after "margin of error".
MARGIN_LIST_WORDS = frozenset({"plus", "or", "minus", "and", ",", "percent", "%", "points", "±"})
# "the margin of sampling error": a kind of error named between "of" and "error" (realgold20).
ERROR_KINDS = frozenset({"sampling"})
# "set aside $1 billion to compensate clients": money a verb of purpose says what it is for.
PURPOSE_VERB_NOUNS = {
    "compensate": "compensation", "fund": "funding", "finance": "financing",
    "settle": "settlement", "build": "construction", "rebuild": "reconstruction",
    "repair": "repairs",
}  # fmt: skip
# "90 mph", "140 km/h", "70 miles an hour": a speed; the words after a length that make it one.
SPEED_UNITS = frozenset({"mph", "kph", "kmh", "km/h", "knots", "knot"})
SPEED_TAILS = ("/h", "/hr", "per hour", "an hour", "a hour", "per second", "a second")

# --- pronoun re-mentions of victims (issue 11, session 12, branch `spans7`) --------------------
# "His wife called 911 after he was shot": "he" is not the wife; the pronoun's antecedent
# keeps its gender where the person noun gives one.
FEMALE_PERSON_NOUNS = frozenset(
    "woman girl mother daughter wife sister grandmother girlfriend aunt niece granddaughter "
    "stepmother stepdaughter fiancee female mom".split()
)
MALE_PERSON_NOUNS = frozenset(
    "man boy father son husband brother grandfather boyfriend uncle nephew grandson "
    "stepfather stepson fiance male dad".split()
)
# "Ann Lee died at the hospital", "died of his injuries", "survived the shooting": a named
# person's death or survival counts only with such words ("Florence Henderson has died", a
# page's other news, does not).
CASUALTY_SCENE_NOUNS = frozenset(
    "hospital center scene injury wound shooting gunshot gunfire attack bullet gun".split()
)

# --- subjects of bare numbers and election results (issue 11, session 12 round 2, `subjects7`) -
# "he now has 739 to Walker's 465", "Obama won with 332, 62 more than needed": a number whose
# clause names only a person or place holding it, or a possessive with its noun left out,
# counts what the figure before it counts.
HOLDER_LABELS = frozenset({"PERSON", "GPE", "NORP"})
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
# "Cruz won, 27.6 percent to 24.3 percent", "finished third, getting 14 percent": a percentage
# with no noun in a sentence of election results (and no poll in it) is the vote.
ELECTION_RESULT_WORDS = frozenset({
    "won", "win", "wins", "winning", "beat", "beats", "defeated", "edged", "finished", "carried",
    "pulled", "caucus", "caucuses", "primary", "primaries", "precincts", "returns",
})  # fmt: skip
POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "polling", "pollster"})
# --- implied counts: the person's own casualty word (issue 11, session 12 round 2, `spans8`) ---
# "The surviving victim was taken to a hospital", "the injured woman is 21": a definite person
# whose own modifier says the casualty is counted, even where an earlier sentence counted them.
CASUALTY_MODIFIERS = frozenset({"injured", "wounded", "surviving"})

# --- sources: where a source sits, subjects the parse doubles (issue 11, session 13, `sources8`) -
# "a European diplomat in Tripoli", "a report in the Herald", "a survey by the group in March":
# an "in" phrase on the source's noun says which one (the gold keeps it); not the medium it
# speaks in ("Lee in a statement said", "the mayor in an interview").
SOURCE_PLACE_PREPS = frozenset({"in"})
SPEECH_MEDIUM_WORDS = frozenset(
    {
        "statement",
        "interview",
        "tweet",
        "post",
        "email",
        "e-mail",
        "letter",
        "memo",
        "speech",
        "release",
        "briefing",
        "conference",
        "call",
        "message",
        "video",
        "op-ed",
        "filing",
        "report",
        "remarks",
        "testimony",
        "response",
        "appearance",
        "debate",
        "rally",
    }
)
# --- caveats: a campaign's own people, speakers by source (issue 11, session 13, `caveats8`) --
# "campaign" marks a party only where the campaign or its people speak ("the campaign said",
# "a Clinton campaign spokesman", "the campaign's manager"); "campaign finance records", "a
# campaign hat", "Sanders' campaign health care plan" name a thing, no one speaking.
CAMPAIGN_SPEAKER_NOUNS = frozenset(
    {
        "official",
        "aide",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "manager",
        "chairman",
        "chairwoman",
        "chair",
        "staff",
        "staffer",
        "adviser",
        "advisor",
        "strategist",
        "source",
        "director",
        "team",
        "worker",
        "volunteer",
        "insider",
        "memo",
        "statement",
        "press",
        "communications",
        "deputy",
        "senior",
        "operative",
        "pollster",
        "organizer",
        "organiser",
        "leader",
        "representative",
        "lawyer",
        "attorney",
        "counsel",
        "treasurer",
        "secretary",
        "email",
        "e-mail",
        "release",
        "official's",
        "officials",
    }
)
# Implicit dispute (issue 11): a figure called too high or too low ("called that estimate
# overstated", as "exaggerated" and "inflated" above), or another source's "the real number was
# far higher" after it.
CONTESTED_SIZE_PATTERNS = (
    r"\b(?:overstated|overblown|understated)\b",
    r"\bthe (?:real|true|actual) (?:number|figure|toll|count|total)s? (?:was|is|were|are|"
    r"could be|may be|might be|would be|will be) (?:far |much |likely |probably )?"
    r"(?:higher|lower|larger|smaller|greater)\b",
)
# What a dispute verb's object may name and still dispute a figure, besides FIGURE_NOUNS and
# DENIAL_OBJECTS: "rejected the study", "disputed the findings", "questioned the poll". An
# object naming anything else ("dismissed ideological labels", "rejected his bid to withdraw
# the plea") disputes no figure unless it holds one ("rejected suggestions that 300 died").
DISPUTED_WORK_NOUNS = frozenset(
    {
        "finding",
        "study",
        "analysis",
        "poll",
        "survey",
        "calculation",
        "version",
        "assertion",
        "characterization",
        "characterisation",
        "math",
        "arithmetic",
        "methodology",
        "headcount",
        "reporting",
        "story",
        "number",
        "estimate",
    }
)

# --- subjects: units that name no thing (issue 11, session 13, `subjects8`) --------------------
# "10 cubic kilometres of ice", "30,000 hectares of wheat", "a cost of 4,000 Swiss francs",
# "charged 2,000 dinars", "420 parts per million": a unit measures; what it measures is named
# by its "of", its owner or its clause (lemmas; lengths are LENGTH_UNITS).
MEASURE_UNIT_LEMMAS = frozenset(
    "hectare acre kilometre kilometer metre meter mile foot yard inch litre liter gallon "
    "tonne ton kilogram kilo gram ounce pound part degree dinar franc peso rupee euro dollar yen yuan "
    "shekel riyal dirham lira rand naira baht ringgit rouble ruble krona krone zloty cent".split()
)
# Words that alone name only a unit: "5 percent" with "percent" for its subject says nothing.
UNIT_ONLY_WORDS = frozenset("percent per cent % percentage pct cubic square km kms".split())
# Entity labels of who or where: never what a span of time or a distance measures ("Harlan was
# arrested within 20 minutes", "Dunmore lies some 30 km from the coast").
WHO_OR_WHERE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})

# --- implied counts: pairs, "one" as a pronoun, kin with ages (issue 11, session 13, `spans9`) -
# "Mass Shooting, One Dead", "leaving one dead": "one" before a casualty word counts a person.
ONE_CASUALTY_NEXT = frozenset({"dead", "killed", "injured", "wounded", "hurt"})
# "four requests in the past 12 years", "over the last eight years": the stretch a count covers
# is a claim (realgold5 README); "in the previous two months" dates another figure.
SPAN_OF_COUNT_MODIFIERS = frozenset({"past", "last", "next"})
SPAN_OF_COUNT_PREPOSITIONS = frozenset({"in", "over", "during", "for", "within", "throughout"})
# "a three-way race", "a four-way contest": the number of contenders is a figure (real gold).
CONTEST_SIZE_WORDS = frozenset({"way"})
CONTEST_NOUNS = frozenset({"race", "contest", "fight", "battle", "primary", "tie", "split"})
# "taken to Harbor Medical Center", "to a trauma center": a hospital by its name's words.
HOSPITAL_NAME_WORDS = frozenset({"medical", "trauma"})
# "rushed to the emergency room", "the emergency department", "the ER" (impl41; the
# abbreviation as written, not "er" in a quote; not "an emergency shelter").
HOSPITAL_WARDS = frozenset({"room", "department"})
HOSPITAL_ABBREVIATIONS = frozenset({"ER"})

# --- subjects: vote tallies and spans of time (issue 11, session 13 round 2, `subjects9`) -----
# "was confirmed 92 to 0", "beat him by 20 points (55 to 35)", "a 5-to-4 decision": a pair of
# bare numbers in a sentence of votes counts votes; a noun after the pair names it.
TALLY_VOTE_WORDS = frozenset({
    "vote", "votes", "voted", "voting", "confirmed", "passed", "approved", "rejected", "ballot",
    "ballots", "elected", "margin",
})  # fmt: skip
TALLY_NOUNS = frozenset({"vote", "decision", "ruling", "verdict", "margin", "majority", "tally"})
# "beat undefeated Clemson 45-40", "leads Bernie Sanders 1,428 to 1,153": verbs of a contest
# whose object's name is followed by the score or tally (score_sides.py; realgold golds: the
# first side is a claim, not part of the name) and the words that join a score's two sides.
CONTEST_VERBS = frozenset({
    "beat", "defeat", "lead", "trail", "top", "edge", "handle", "best", "rout", "crush",
    "outscore", "outpoll", "down",
})  # fmt: skip
TALLY_JOINERS = frozenset({"to", "-", "–"})
# "leads 1,428 to 1,153 in pledged delegates", "516 to 39 among superdelegates": the words
# that bring in what a tally counts (tallies.py).
TALLY_COUNTED_IN = frozenset({"in", "among"})
# "from 10 to 15", "between 20 and 30", "voters aged 18 to 29": a change or a range, not a tally.
TALLY_RANGE_OPENERS = frozenset({"from", "between", "aged", "ages", "age"})
# "by a ratio of 3 to 1", "by a factor of 2-1" (verbs such as "outnumber" are told by prefix)
RATIO_WORDS = frozenset({"ratio", "factor", "odds"})
# "turnout was down an average of 30 percent", "an average of 500 a day": an average, like a
# total, is what its "of" or its clause names (joins PARTITIVE_HEADS as COUNT_HEADS in
# ``noun_phrases.py``).
AVERAGE_HEADS = frozenset({"average", "mean", "median"})


# --- implied counts: the killer himself, bare ages, re-mentions (issue 11, session 13, `spans10`) -
# "turned the gun on himself": what a killer turns on himself (realgold8 README: an implied 1).
SELF_INFLICTED_TURN_OBJECTS = frozenset({"gun", "weapon", "rifle", "handgun", "pistol", "shotgun"})
# "The girl is still in the hospital", "The child went into emergency surgery", "remains in
# the hospital": a statement of condition is an implied 1 (realgold8 README), said of a person
# (not of who works there: a doctor in surgery is at work).
CARE_STATE_VERBS = frozenset({"be", "remain", "stay", "go", "undergo", "rush"})
# "The boy remains hospitalized": the parse may call "remains" the participle's auxiliary and
# hang the subject on it (impl41); word forms, as the lemmatizer leaves such an auxiliary.
STAYING_AUXILIARIES = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed"})
CARE_NOUNS = frozenset({"hospital", "surgery"})
CAREGIVER_NOUNS = frozenset({"doctor", "nurse", "officer", "deputy", "trooper", "security"})
# "were hit by stray bullets", "was struck in the ankle", "one of the shots hit the boy": a
# verb of impact is a shooting when gunfire is its doer or a body part its place (not "hit by
# a car", "hit with a bat"). "blasted in the chin" (impl41: a tabloid's word for a shot; the
# same tests of gunfire or a body part, so "the senator blasted the bill" is none).
IMPACT_VERBS = frozenset({"hit", "strike", "graze", "blast"})
GUNFIRE_NOUNS = frozenset(
    {
        "bullet",
        "gunfire",
        "round",
        "shot",
        "pellet",
        "gunshot",
        "fire",
        "shotgun",
        "bullets",
    }
)
BODY_PARTS = frozenset(
    {
        "head",
        "face",
        "eye",
        "ear",
        "jaw",
        "chin",
        "cheek",
        "mouth",
        "neck",
        "throat",
        "chest",
        "back",
        "shoulder",
        "arm",
        "elbow",
        "wrist",
        "hand",
        "finger",
        "stomach",
        "abdomen",
        "side",
        "torso",
        "hip",
        "groin",
        "buttock",
        "buttocks",
        "leg",
        "thigh",
        "knee",
        "ankle",
        "foot",
        "heel",
        "toe",
        "calf",
        "lower",
        "upper",
    }
)


# --- sources: kinds of records, polls and police words (issue 11, session 13 round 2, `sources9`) -
# A record a reader could look up speaks for its keeper (real gold: "the criminal complaint",
# "its website", "campaign finance records", "unofficial election results", "a report in the
# Herald" are named_org); bare "reports" or "a report" stay unspecified (gold README).
RECORD_SOURCE_HEADS = frozenset(
    {
        "complaint",
        "affidavit",
        "indictment",
        "website",
        "record",
        "result",
        "document",
        "report",
        "filing",
        "transcript",
        # a body's news release and court paperwork (realgold5, realgold12 golds: "the release",
        # "an MPD release", "online court paperwork" are named_org)
        "release",
        "paperwork",
    }
)
# Polls no pollster owns ("exit polls", "the most recent polling in Ohio", "state surveys")
# are unspecified: anonymous, as the real golds write them; one poll ("a new poll") is not.
UNNAMED_POLL_WORDS = frozenset({"polls", "surveys", "polling"})
# Law enforcement speaking as a body, beside ORG_HEADS' "police" and "deputies" (real gold:
# "cops said", "dispatchers said" are named_org).
POLICE_BODY_WORDS = frozenset({"cops", "dispatchers"})
# A police force or office named as the subject of what it did, which a following "they" (any
# of these) or "it" (the singular offices) stands for ("The Harris County Sheriff's Office is
# investigating. They say ...", "Houston police responded ... They said"; gvasrc41).
SINGULAR_BODY_SUBJECT_HEADS = frozenset({"office", "department", "agency", "bureau", "patrol"})
BODY_SUBJECT_HEADS = SINGULAR_BODY_SUBJECT_HEADS | frozenset(
    {
        "police",
        "deputies",
        "troopers",
        "officers",
        "investigators",
        "detectives",
        "authorities",
        "cops",
        "prosecutors",
    }
)
# Abbreviated titles of address kept before a name, beside ADDRESS_TITLES' police ranks (real
# gold: "Sen. Ted Cruz", "Sgt. Kevin Suthard"), written without their period.
ABBREVIATED_TITLES = frozenset(
    {"sen", "sens", "rep", "reps", "gov", "sgt", "det", "lt", "capt", "cpl"}
)
# "Police arrested a man they say fired ...": the clauses in which "they" stands for the
# subject of the clause they hang on (the parse makes them relative clauses or asides).
THEY_CLAUSE_DEPS = frozenset({"relcl", "parataxis", "acl"})


# --- caveats: what a passive "reported" says (session 14, caveats9) ---
# Dependents of a passive "reported" that state what is reported of the figure ("were reported
# killed", "reported dead", "reported to have died"): only these make it a hedge.
REPORTED_STATE_DEPS = frozenset({"xcomp", "oprd", "acomp", "ccomp"})
# Words that make a poll phrase an average of polls ("the RealClearPolitics polling average",
# "his lead in polling averages"): an aggregate someone computes, not an unnamed source
# (singular forms: the caveat check strips a plural "s").
POLL_AGGREGATE_WORDS = frozenset({"average", "aggregate"})

# --- sources10 (session 14): headline labels naming a group ---
# A headline opening "Police: ..." or "Officials: ..." is the group's words even though the
# prose never writes the group as a name (realgold3-8 golds: "Police" named_org, "Officials"
# anonymous with anonymous_source, also where the page repeats the headline).
HEADLINE_ORG_LABELS = frozenset(
    {"police", "cops", "deputies", "investigators", "troopers", "prosecutors", "detectives"}
)
HEADLINE_ANONYMOUS_LABELS = frozenset({"officials", "authorities", "witnesses", "sources"})
# The last word of a longer label that makes it a body ("Kenton police:", "Sheriff's office:",
# "Highway Patrol:") or one official ("Coroner:", "Medical examiner:", "District Attorney:",
# "DA:"; gvasrc42: invented headlines, realgold3 and realgold12 golds for "Sheriff:" and
# "District Attorney:").
HEADLINE_BODY_LABEL_HEADS = frozenset({"office", "department", "patrol"})
HEADLINE_ROLE_LABELS = frozenset(
    {"sheriff", "coroner", "examiner", "attorney", "da", "chief", "mayor", "marshal"}
)
# Conjunctions of a time clause that sets the scene before a reporting verb ("As the court
# stayed closed, two days after a gunman killed two, his daughter told a paper ...").
SCENE_MARKS = frozenset({"as", "when", "while", "after", "before", "since", "once"})

# --- implied counts: a person with a gunshot wound (issue 11, session 14, `spans11`) ---------
# "a 13-year-old girl with a gunshot wound", "A woman was found with gunshot wounds": a wound
# of these kinds on a person is an implied 1 injured (realgold8 README); not "a man with a gun".
GUNSHOT_WOUND_MODIFIERS = frozenset({"gunshot", "bullet", "gun"})
# the verbs a person "with a gunshot wound" hangs on when the parse attaches it to the verb
WOUND_FOUND_VERBS = frozenset({"find", "arrive", "show", "walk", "discover"})

# --- implied counts: shooters shot by themselves, found casualties (issue 11, session 14 round 2,
# `spans12`) -----------------------------------------------------------------------------------
# "shot himself in the foot": a self-inflicted mistake, no wound (a real "shoots himself in the
# hand" is 1 shot, realgold10).
SELF_SHOT_IDIOM_PARTS = frozenset({"foot"})
# "The deceased victim has been identified": a person's own modifier that says a death.
FATAL_MODIFIERS = frozenset({"deceased", "slain"})  # "the slain officer" (impl44v)
# "his twin daughters", "the twins": a pair of people by the word itself (realgold8's "fatally
# shot twin daughters, himself"); "shooting her parents" (realgold19 gold: 2; vdesc40).
PAIR_PERSON_WORDS = frozenset({"twin", "twins", "parents"})
# "Deputies found Ann Reed dead": verbs whose small clause "<person> dead" is a death found.
FIND_VERBS = frozenset({"find", "discover", "locate"})

# --- subjects: what a pronoun before a figure stands for (issue 11, session 14 round 2, `subjects11`) -
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

# --- subjects12 (session 15 round 1): what happened to those a count is of ---
# Verbs of harm whose subject a count is, whatever noun it has: "Two other men were wounded"
# counts the wounded; "three people were fatally shot" the killed.
CASUALTY_PREDICATE_VERBS = frozenset({"kill", "wound", "injure", "hurt", "shoot", "stab"})

# --- sources11 (session 14 round 2): what a person or body asserts in a complement ---
# Named-entity types of a subject that can assert a figure (a person or a body).
ASSERTING_ENTITY_TYPES = frozenset({"PERSON", "ORG"})
# A headline label in capitals ending so is a police department's or sheriff's office's
# acronym ("HPD:", "LMPD:", "SAPD:", "JCSO:"; realgold3 and realgold10 golds: named_org).
POLICE_ACRONYM_ENDINGS = ("PD", "SO")

# --- sources12 (session 15 round 1): kin and officers as sources, what a newsroom "is told" ---
# Unnamed people close to a victim speak as no institution ("Family said", "Loved ones said",
# "Relatives said"; realgold3/4/10 golds and READMEs: anonymous), also where the parse reads a
# sentence-initial "Family" as a name.
KIN_SOURCE_HEADS = frozenset(
    {
        "family",
        "families",
        "relative",
        "relatives",
        "ones",
        "friend",
        "friends",
        "neighbor",
        "neighbors",
        "neighbour",
        "neighbours",
    }
)
# Officers speaking as a body are the police ("Officers tell us ..."; realgold4 README and the
# realgold10 gold: named_org); one officer, or a number of them, stays anonymous.
POLICE_PLURAL_HEADS = frozenset({"officers"})
# Words before "officers" that make them some unnamed officers, not the force.
SOME_OFFICERS_WORDS = frozenset({"a", "an", "some", "several", "two", "three", "few", "many"})
# "We're told ...", "FOX59 is told ...": the newsroom reports what someone unnamed told it
# (realgold3/5/10 golds: the source is the phrase itself, anonymous).
NEWSROOM_PRONOUNS = frozenset({"we", "we're", "we’re"})
NEWSROOM_NAME_WORDS = frozenset({"news", "tv", "channel", "newsroom"})
# "Police responded to two shootings": where a reporting verb goes is the writer's scene, not
# its content (realgold8/10 and realgold golds: no source; police only acting give none).
# Reporting verbs whose "to" is where one went or what one added to, not an audience or a
# citation ("said to a crowd of 500", "pointed to his 22 percent" stay the speaker's).
TOPIC_TO_VERBS = frozenset({"respond", "add"})


# --- caveats: what "may" and "might" guess at (session 15, caveats11) ---
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
# Belief verbs whose own modifiers are no belief: "think twice", "we think about the big number:
# 1,237" (3 PolNeAR articles); what is believed is the verb's clause ("Officials believe 12
# people drowned", "12 are believed to have drowned").
BELIEF_VERBS = frozenset({"think", "believe"})
BELIEF_OWN_MODIFIER_DEPS = frozenset({"advmod", "npadvmod", "prep"})

# --- figure spans: re-mentions that state a casualty (issue 11, session 15, `spans13`) --------
# "All four were expected to survive", "all three were found in a bedroom", "All four were
# treated at hospitals": "all N" named again with a verb of casualty, finding or care is a count
# of the casualties (realgold8 and realgold10 golds), not the re-mention "All three lived on the
# block". Lemmas of the clause's verb or of its complement ("expected to survive").
RE_MENTION_CASUALTY_VERBS = frozenset({
    "kill", "die", "wound", "injure", "hospitalize", "survive", "shoot", "find", "discover",
    "locate", "treat", "take", "transport", "rush", "airlift", "fly", "pronounce",
})  # fmt: skip
# "the past two elections", "the previous two Super Bowls": words between "the" and a number
# that name a set of things by their place in a series (realgold3, realgold5, realgold10 golds:
# not claims). Not "last": "won the last five straight contests", "led each of the last 10
# polls" are the golds' claims; not "first": PolNeAR's gold counts "split the first two
# contests", "The first four states that vote" (3 figures of its even half).
SERIES_PLACE_MODIFIERS = frozenset({"past", "previous"})
SERIES_DETERMINERS = frozenset({"the", "these", "those"})
# "Both victims were teenagers", "Both of the deceased were acquainted": "both" with a word that
# names people as casualties is an implied 2 whatever the clause says (realgold3, realgold5,
# realgold10 golds; 7 of GVA's 229 articles), with the measure the word gives.
CASUALTY_PERSON_MEASURES = {"victim": "shot", "deceased": "killed", "dead": "killed"}

# --- sources13 (session 15 round 2): names the parse reads as common nouns ---------------------
# Head words a proper-name compound makes a named body's work ("A Real Clear Politics average of
# polls", "the Gallup tracker"): not a place's or a date's ("the Ohio average", "the May figure").
NAME_COMPOUND_SKIP_ENTS = frozenset({"GPE", "LOC", "DATE", "TIME", "NORP", "PERSON"})
# An office of a place written before a name is kept with it ("US Senator Jeff Sessions",
# "Missouri Secretary of State Jason Kander", "Georgia State Patrol Capt. Mark Perry": realgold8,
# realgold12 golds); the entity labels of the place or body the office opens with.
OFFICE_PLACE_ENTS = frozenset({"GPE", "NORP", "LOC", "ORG"})

# --- figure spans: "One" as an example, "the two" named again (issue 11, session 15, `spans14`) -
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
ONE_PART_CONDITIONS = frozenset({"critical", "stable", "serious", "fair", "good", "grave"})

# --- sources14 (session 16 round 1): what the article says a name is ---------------------------
# A name the article describes in apposition or by a noun before it ("Mare Aperto, a German
# rescue charity,", "Mansion employee Cleveland Douse") is that kind of source whatever the
# tagger reads it as (realgold5, realgold10, tuning 22 and dev golds: an org read as a person,
# a person read as an org). Only nouns that name one kind; not "pollster", "state", "city".
ORG_DESCRIPTOR_NOUNS = frozenset({
    "charity", "group", "organization", "organisation", "company", "firm", "agency", "nonprofit",
    "non-profit", "institute", "foundation", "association", "network", "newspaper", "outlet",
    "broadcaster", "hospital", "university", "bank", "union", "coalition", "watchdog",
    "consultancy", "publisher", "website", "magazine", "tabloid", "daily", "party", "movement",
    "federation", "monitor", "observatory", "ministry", "department", "bureau", "corporation",
    "retailer", "manufacturer", "maker", "airline", "operator", "provider", "insurer", "lender",
    "conglomerate", "startup", "think-tank", "thinktank", "nonprofits", "ngo", "charities",
})  # fmt: skip
PERSON_DESCRIPTOR_NOUNS = frozenset({
    "employee", "spokesman", "spokeswoman", "spokesperson", "witness", "resident", "neighbor",
    "neighbour", "economist", "lawyer", "attorney", "professor", "manager", "executive",
    "historian", "strategist", "adviser", "advisor", "consultant", "candidate", "senator",
    "lawmaker", "businessman", "businesswoman", "owner", "bartender", "worker", "officer",
    "detective", "deputy", "trooper", "teacher", "student", "pastor", "doctor", "nurse",
    "mother", "father", "son", "daughter", "brother", "sister", "wife", "husband", "friend",
    "cousin", "uncle", "aunt", "grandmother", "grandfather", "analyst", "researcher", "scientist",
})  # fmt: skip

# --- implied counts: title-case headlines, people owned by a name (issue 11, session 16, `spans15`) -
# "Father, 9-Year-Old Daughter Shot & Killed In ...", "Boy, 7, Shot In ...", "Ex-Con Found Dead
# After ...": the tagger reads a title-case headline's words as names, so its opening people are
# read off the surface (realgold12 README: a described victim is an implied 1).
HEADLINE_TITLE_CASUALTY = {
    "shot": "shot", "killed": "killed", "found": "killed", "wounded": "injured",
    "injured": "injured", "hurt": "injured",
}  # fmt: skip
HEADLINE_LIST_JOINS = frozenset({",", "&", "and"})
# "Shot & Killed", "Shot And Killed": the shooting killed
HEADLINE_FATAL_AFTER = frozenset({"&", "and"})
# people a headline names by a short word the body would not count: "Ex-Cop Found Dead"
HEADLINE_PERSON_EXTRA = frozenset({"cop", "con"})
# "wounded four people, including a woman", "The dead include a 19-year-old woman, a 30-year-old
# man and ...": the people listed as part of a casualty count or group are counted where they
# are described (realgold8, realgold12 golds); the group words and what they say happened.
LIST_INCLUDE_WORDS = frozenset({"including", "include", "includes", "included"})
CASUALTY_GROUP_MEASURES = {
    "dead": "killed", "deceased": "killed", "victims": "shot", "wounded": "injured",
    "injured": "injured",
}  # fmt: skip
# "One tunnel was dug under ...", "One woman knelt and sobbed": a sentence's opening "One" with
# its subject picks out an example (realgold5, realgold10, realgold12 golds: not claims), unless
# the clause says what happened to people: a casualty, arrest or charge, a state of care or
# custody ("One man was killed", "One suspect is in custody", "One victim is critical").
ONE_KEPT_NOUNS = frozenset({"victim", "suspect", "person", "gunman", "shooter", "casualty"})
ONE_KEPT_VERBS = frozenset({
    "arrest", "charge", "hurt", "stab", "hit", "strike", "shoot", "kill", "wound", "injure",
    "die", "survive", "hospitalize", "treat", "detain", "book", "jail",
})  # fmt: skip
ONE_KEPT_STATES = frozenset({
    "dead", "critical", "stable", "serious", "injured", "wounded", "custody", "large",
    "hospital", "condition",
})  # fmt: skip

# --- subjects14 (session 16 round 1): people counted in care are the injured ---
# "five are in good or fair condition", "two remain in serious condition", "one in critical",
# "one person was taken to the hospital in critical condition", "All four were expected to
# survive": a count of people in a hospital or a condition counts the injured (as the implied
# counts read it, CASUALTY_VERBS "survive"; gold subjects name them "injured").
CARE_CONDITION_NOUNS = frozenset({"condition", "conditions"})
CARE_PLACE_VERBS = frozenset({"take", "transport", "rush", "airlift", "fly", "treat", "remain"})
SURVIVAL_VERBS = frozenset({"survive"})
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


# --- subjects: what a bare share is said to be (issue 11, session 16 round 2, `subjects15`) ---
# "30 percent would vote for Jones", "up to 15 percent may not vote": a bare share that votes
# counts votes (``predicated.py``).
SHARE_VOTE_VERBS = frozenset({"vote"})

# --- caveats14: a campaign's own people (gold README, partisan_source: "the campaign said") ---
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
SPEAKER_PRONOUNS = frozenset({"he", "she", "we", "i"})
SPEAKER_POSSESSIVES = frozenset({"his", "her", "our", "my"})

# --- spans17 (session 16 round 3): people whose harm a quantified relative clause states ---
# "found a man and a boy, both of whom had been shot", "found two men and a woman, all of them
# dead": the quantifier stands for the people the clause hangs on, counted where they are named
# (realgold10 gold), not the quantifier.
RELATIVE_QUANTIFIERS = frozenset({"both", "all", "each"})
RELATIVE_QUANTIFIED = frozenset({"whom", "them"})
# Relative words that stand for a person only ("a woman in the car who was shot": the woman, not
# the car; relative_people.py).
PERSON_RELATIVE_PRONOUNS = frozenset({"who", "whom"})
# "The girl sustained serious injuries", "a woman who suffered gunshot wounds", "a man was
# treated for gunshot wounds": the person who has a wound by one of these verbs is injured (the
# verb lemma and the preposition its wound hangs on, "" for a direct object).
# "A man received a gunshot wound to the hand" (implwide)
WOUND_HAVING_VERBS = {"suffer": "", "sustain": "", "treat": "for", "receive": ""}

# --- sources: what a reporting verb's time clause says is not the speaker's (session 17, `sources16`)
# "Trump said in February, when the company balked at unlocking a phone of one of the two
# attackers", "the ministry said on Wednesday, after a storm burst two dams": a clause after the
# reporting verb that only places it in time (real gold: no source). Not "while", "as" or
# "since", which also join what is said ("while African-Americans were concerned about the two").
TIME_MARKS = frozenset({"when", "after", "before", "once"})
# "police can't find evidence ... in the past two years, Blaise said", "bank records showed she
# had repaid less than $90,000" told to a court, "volunteers had recorded her winning 48
# percent" told to supporters, "we've now confirmed that three were deceased," said the chief:
# what a finding verb found, inside a speaker's words, is the speaker's (real and dev gold).
FINDING_VERBS = frozenset({"find", "show", "record", "confirm", "suggest", "reveal", "indicate"})


# --- fields16 (session 17): what those a poll share counts said (subjects) ---
# "21 percent said they would not vote", "a third say they don't know", "34% 'strongly agree'":
# the words kept around the verb of an answer besides its complement (``poll_subjects``).
ANSWER_PART_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "prt"})
# The complements an answer keeps after its verb: "reflects an improvement", "be satisfied".
ANSWER_COMPLEMENT_DEPS = frozenset({"dobj", "attr", "acomp", "oprd", "xcomp"})


# --- fields16 (session 17): a figure said to be wrong (caveats) ---
# "but that information was incorrect", "reported erroneously on how many people were killed",
# "The number of those injured differs from what the sheriff reported": a correction disputes
# the figure it corrects (realgold10 and realgold14 golds: disputed).
CORRECTION_PATTERNS = (r"\b(?:incorrect|inaccurate|erroneous(?:ly)?|mistaken(?:ly)?|in error)\b",)
# "but that information was incorrect": a word by which a caveat refers back to figures told.
TOLD_NOUNS = frozenset({"information"})
# --- spans18 (session 17): ages set off by dashes ---------------------------------------------
# "the girls — Laura, 5, and Karen, 2 — to Disney World", "one is 18, the other is 19 — drove":
# what may close an age set off after a person (a dash as well as a comma or bracket).
AGE_CLOSERS = frozenset({",", ";", ")", "—", "–"})
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
# "more than a year", "within an hour", "about a mile": one unit after a qualifier is a figure of
# 1 (``mentions.py``); the units (time and the distances GVA articles give) and the openers that
# qualify it besides the approximate and bound qualifiers.
SINGLE_UNIT_NOUNS = frozenset(
    {"minute", "hour", "day", "week", "month", "year", "decade", "century", "mile", "block"}
)
# "$30 billion over 10 years" (extract/spread_spans.py): words after the unit that make "over" a
# bound again ("over two years ago", "over 10 years old").
SPREAD_SPAN_AFTER = frozenset({"ago", "old", "older", "earlier", "later", "before", "after"})
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
# --- implied18 (session 18): a later death in care; wounds a found person has ----------------
# "rushed to a hospital where he succumbed to his injuries": a verb of dying after care that is
# not a casualty verb of its own (the death wins over the care: killed, not injured).
LATER_DEATH_VERBS = frozenset({"succumb"})
# "where he was later pronounced dead", "and later died": the pronouns by which a clause after a
# verb of care goes on about the same people ("where one later died" is another count).
SAME_PEOPLE_PRONOUNS = frozenset({"he", "she", "they"})
# "found Ann Lee suffering from gunshot wounds", "a child had a bullet wound to the head": the
# verbs (with their preposition) by which a person has a wound, besides WOUND_HAVING_VERBS
# (realgold16 gold: each 1 injured).
WOUND_HAVING_PAIRS = frozenset({("suffer", "from"), ("have", "")})

# --- figure spans: examples, bare re-mentions, age ranges (issue 11, session 18, `spans19`) ----
# "ages 18 to 39", "18-to-34-year-olds", "from 8 to 15" in age: what joins the ends of an age range.
AGE_RANGE_JOINERS = frozenset({"to", "through", "-", "–"})
# "between the ages of 18 and 29", "the ages of 25 to 34": words joining the two ends of a range
# of ages that "ages of" opens (not_claims._between_the_ages_of).
AGE_OF_RANGE_JOINERS = frozenset({"and", "to", "through", "-", "–"})
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
# --- sources18 (session 18): acts read as reports ---------------------------------------------
# "The department released more than 1,100 pages", "posted just two words": a figure counting
# what these verbs put out is the act's, not a report (realgold12, tuning 22 golds: no source).
PUBLISHING_VERBS = frozenset({"release", "post", "publish", "tweet", "write"})
# --- subjects18 (session 18): a figure that measures a degree word ---------------------------
# "5 percentage points shy of the record", "3 points short of a majority": words of degree
# besides comparatives ("fewer", "higher") that a figure can measure (realgold8 gold: "shy").
# Not "up"/"down" on a verb ("closed down 24 points"): the verb's subject says it already.
DEGREE_WORDS = frozenset({"shy", "short"})
# "were taken to hospital", "fled from the city": prepositions of where to or from, which say
# where a count went, not what was done with it ("taken in private vehicles").
ROUTE_PREPS = frozenset({"to", "from", "into", "toward", "towards"})
# --- caveats18 (session 18): a report set against another source's word -------------------------
# "Some outlets were reporting the woman had died, but police said she remained in critical
# condition", "reported that as many as 15 had died, but the health department said it had no
# record", "'using two email accounts', but in fact Clinton used only one": the figure a "but"
# clause answers is disputed (realgold10, realgold16 golds; dev corpus d1). The words after "in"
# or the adverb by which the writer sets the fact against what was said.
CONTRADICTING_WORDS = frozenset({"fact", "actually", "reality"})
# The verbs by which the "but" clause's source answers: statements, not pledges or plans ("but
# the socialist has vowed to soldier on" answers nothing).
# fmt: off
ANSWERING_VERBS = frozenset({
    "say", "tell", "report", "state", "insist", "counter", "deny", "dispute", "confirm",
    "maintain", "contend", "respond", "reply",
})
# fmt: on


# --- implied20 (session 19) -------------------------------------------------------------------
# Phrasal casualty verbs, (lemma, particle) -> measure: "was gunned down as well", "gunned down
# his wife outside a drug store" (realgold10, realgold16 golds: killed; the GVA articles that
# use it all report a death).
PHRASAL_CASUALTY_VERBS = {("gun", "down"): "killed"}
# People out of care or getting better were hurt: "Sheriff Lee was released from the hospital",
# "The mother has been released, but her son is still in critical condition", "His wife and son
# are now recovering" (realgold12, realgold14, realgold16 golds: implied injured).
RECOVERY_VERBS = frozenset({"recover"})
RELEASE_VERBS = frozenset({"release", "discharge"})
# What a person released or recovering is out of or over: care and wounds (not "released from
# jail", "recovering from the flu").
RECOVERY_FROM_NOUNS = frozenset({"hospital", "care", "injury", "wound", "surgery", "center"})
# A release with no "from" is out of care only where its sentence speaks of care or wounds
# ("... had been released, a bullet still lodged in her thigh"; not "was released on bond").
RELEASE_CONTEXT_WORDS = frozenset({
    "hospital", "condition", "bullet", "wound", "injury", "surgery", "treat", "gunshot",
})  # fmt: skip


# --- sources20 (session 19) ---
# A definite description of a company or a newspaper speaks as the body it describes ("The
# online retail giant reported ..." after "Amazon"; "the paper notes ..."; realgold3, realgold14
# golds: named_org); "a paper" stays unspecified (indefinite).
ORG_EPITHET_HEADS = frozenset({"giant", "paper"})
# A page someone keeps online is a record one can look up ("The GoFundMe page set up for the
# teen said ...", "the school's Facebook page"; realgold10, realgold16 golds: named_org).
PUBLISHED_PAGE_HEADS = frozenset({"page"})
# Naming who the dead or hurt are is a report by whoever names them ("The coroner's office
# identified the woman and children as ...", "identified by county police as ..."; realgold5,
# realgold14, realgold16 golds).
IDENTIFYING_VERBS = frozenset({"identify"})
# --- subjects20 (session 19): the two sides of a pair of figures --------------------------------
# "handle Wichita State 62-52", "within 5 points of Trump (35-30)": the kinds of name that take
# a side of a pair (not NORP: "Democrats favored Clinton, 72 percent to 8 percent" names the
# group polled, which both figures count; real golds, realgold14/16/8).
PAIR_SIDE_LABELS = frozenset({"PERSON", "ORG", "GPE"})
# "within 5 points of Trump", "a lead over Sanders", "62-52 against Lakeview": a side the pair
# hangs on through a preposition (not "for": "40 percent for Trump" is the figure's own side).
PAIR_SIDE_PREPS = frozenset({"of", "over", "against"})
# Verbs that name nothing a figure counts, for a figure no rule names ("there are two", "have
# 12", "got to 40"): the fallback word from the clause passes over them (`bare_figures.py`).
EMPTY_CLAUSE_VERBS = frozenset({"be", "have", "get", "do", "make", "become", "seem", "appear"})
# "one of those killed", "two of those arrested": a pronoun a share is taken of, described by a
# participle after it, names the people counted (`noun_phrases.described_pronoun`; realgold5
# gold: "killed"). Not "those in its centre" (dev corpus a2: the buildings before it).
DESCRIBED_PRONOUNS = frozenset({"those", "these"})
# "The victim was transported in noncritical condition", "is in fair condition": every word of a
# hospital's condition report says the person is hurt (realgold10 gold: implied injured). The
# title-case headline rule ("Father Critical") keeps CONDITION_WORDS.
# "is in guarded condition" (impl41).
CARE_CONDITION_WORDS = CONDITION_WORDS | {"fair", "good", "noncritical", "satisfactory", "guarded"}


# --- caveats21 (session 19) ---
# Unnamed people the source classifier reads as anonymous whose phrase gives the
# anonymous_source caveat too (every gold anonymous source carries it): "strategists think",
# "one spectator said" (realgold16, realgold19).
UNNAMED_PEOPLE_HEADS = frozenset({
    "strategist", "adviser", "advisor", "operative", "consultant", "spectator", "attendee",
    # "..., an investigator said": one of the police, unnamed (realgold4 gold "an
    # investigator", anonymous with anonymous_source; gvasrc)
    "investigator", "detective",
})  # fmt: skip


# --- sources21 (session 19) ---
# Words that leave a plural group unspecified: "some Democrats now think", "several newspapers
# said" (realgold20, realgold14 golds: anonymous); "the Democrats" is the party.
UNSPECIFIED_GROUP_QUANTIFIERS = frozenset({"some", "many", "several", "few", "various", "numerous"})
# Plural bodies of a kind that the anonymous_source caveat names when the source kind is
# anonymous ("liberal groups reported spending ...": realgold19 gold); not "a rights group" (the
# dev corpus gives it no caveat); "outlet" and "media" are in ANONYMOUS_EXTRA_HEADS already.
UNNAMED_GROUP_HEADS = frozenset({"groups", "organizations", "organisations", "companies", "firms"})


# --- caveats20 (session 19) ---
# A speaker counting their own results (gold README, partisan_source: "a campaign's ... own
# count"): "I have earned 9 million votes", "we won 17 states", "recorded her winning 48 percent
# against 45 percent" (dev d2; realgold14's "2.5 million more votes" from the campaign manager).
# The verbs by which a candidate holds a result, and what the figure must count.
# fmt: off
OWN_COUNT_VERBS = frozenset({
    "have", "win", "earn", "get", "receive", "take", "capture", "carry", "secure", "gain", "lead",
})
OWN_COUNT_NOUNS = frozenset({
    "vote", "delegate", "state", "seat", "lead", "majority", "county", "precinct", "primary",
    "caucus", "contest", "superdelegate",
})
# fmt: on
# a share or margin counts a result only after a verb of winning: "we have 3 percent" need not
OWN_SHARE_NOUNS = frozenset({"percent", "point", "%"})
# "her" is the subject of a gerund ("recorded her winning 48 percent")
OWN_COUNT_SUBJECTS = frozenset({"he", "she", "we", "i", "her", "his"})
# a result hoped for or supposed is no count: "we can win", "if he could earn 15 percent"
OWN_COUNT_UNREAL = frozenset({
    "can", "could", "would", "will", "'ll", "might", "may", "should", "must", "if", "unless",
})  # fmt: skip


# --- caveats22 (session 20) ---
# A source that will not confirm a figure leaves it unverified, as "could not be confirmed" does
# (gold README, not_independently_verified): "Campaign aides declined to confirm the buys",
# "Police would not confirm that", "the ministry refused to confirm the toll" (realgold19 README).
DECLINED_CONFIRM_PATTERNS = (
    r"\b(?:declined|declines|decline|refused|refuses|refuse|would not|wouldn't|will not|won't)\s+"
    r"(?:to\s+)?(?:(?:independently|immediately|publicly|officially)\s+)?(?:confirm|verify)\b",
)


# --- sources23 (session 20) ---
# Abbreviations the parser takes for a sentence end ("at Third Ave. and 73rd St. in Bay Ridge,
# ..., cops said", "spokesman Sgt. Kevin Lee said"), written without their period: a sentence
# cut after one goes on in the next (realgold3, realgold8 golds).
# fmt: off
CUT_ABBREVIATIONS = frozenset({
    "ave", "st", "rd", "blvd", "dr", "ln", "ct", "hwy", "pkwy", "mt", "ft",
    "sgt", "lt", "capt", "cpl", "det", "gov", "sen", "rep", "gen", "col", "maj",
    "jr", "sr", "co", "corp", "inc", "a.m", "p.m", "u.s", "dept",
})
# fmt: on


# --- subjects22 (session 20) ---
# Relative pronouns that stand for a thing: the subject of "the gap, which stood at 263" is the
# noun the clause hangs on (a person's "who" is an agent, not what a figure measures).
RELATIVE_THING_PRONOUNS = frozenset({"which", "that"})
# Verbs that hand money over: the money is funding ("the EU agreed to give Tunisia €105 million",
# "the United States would provide US$1 million"), with the verb as written after it.
GIVEN_MONEY_NOUNS = {"give": "funding", "provide": "funding"}
# Money given with no recipient in the clause's object is a donation, with the verb as written
# after it: "the foundation gave $50,000", "has given away only $2.8 million", "donors giving
# $200 or less" (realgold6 gold: "gift", "donation"; ``money_subjects.money_verb``).
GIVEN_AWAY_MONEY_NOUNS = {"give": "donation"}
# Words between "up"/"down" and its points: "up by 10 points", "up an average of 9.2 points".
UP_DOWN_FILLERS = frozenset({"by", "an", "average", "of"})
# Money by the hour is pay: "$15 an hour", "$9 per hour", unless the subject names the pay.
HOURLY_MARKS = frozenset({"an", "a", "per", "/"})
HOURLY_UNITS = frozenset({"hour", "hr"})
PAY_WORDS = frozenset({"wage", "wages", "pay", "salary", "salaries", "earnings"})


# --- spans22 (session 20) ---
# "the two candidates are tied", "between our two countries", "the two cities share a drain":
# "two" after a definite determiner, right before one of these nouns, names again a pair
# already named, not a count (realgold3, realgold10, realgold12, realgold14, realgold19,
# realgold20 golds: not claims). Not "the two men" (a count of suspects in local news) nor
# "the two chief antagonists" (a noun with its own modifier).
PAIR_RE_MENTION_DETERMINERS = frozenset({"the", "our", "these", "those"})
PAIR_RE_MENTION_NOUNS = frozenset({
    "candidate", "country", "nation", "city", "state", "party", "campaign", "camp", "side",
})  # fmt: skip
# fp44 (session 36): "the two Democratic candidates", "their two leading candidates", "the two
# warring campaigns", "the two major party nominees": a pair noun with its own modifiers names
# again a pair the text has just named (realgold24 gold: "re-mention of a set already named");
# read so only where two names come in the sentence or the three before (not "The two leading
# candidates met in Denver" out of the blue). Its determiners and nouns; modifiers that pick a
# new set out of a larger one ("the two other candidates", "the last two contests", "the two
# remaining states") keep the count.
MODIFIED_PAIR_DETERMINERS = PAIR_RE_MENTION_DETERMINERS | {"their"}
MODIFIED_PAIR_NOUNS = PAIR_RE_MENTION_NOUNS | {"nominee"}
MODIFIED_PAIR_SELECTORS = frozenset({
    "other", "remaining", "next", "last", "first", "second", "previous", "past", "final",
    "additional", "more", "only", "new", "same",
})  # fmt: skip
# Entity labels that are no names (the tagger gives a surname PRODUCT or WORK_OF_ART at times)
MODIFIED_PAIR_NOT_NAMES = frozenset({
    "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL",
})  # fmt: skip
# "fired into the house, striking a boy in the arm": words that make a sentence's impact a
# shooting (besides GUNFIRE_NOUNS); not "a ball struck the boy in the face"
IMPACT_GUNFIRE_WORDS = frozenset({
    "fire", "shoot", "discharge", "gun", "rifle", "pistol", "handgun", "firearm", "weapon",
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
# "10 of the first 11 contests" (realgold19 gold: a share, like "six of the past seven")
SHARE_WHOLE_ORDINALS = frozenset({"first"})
# "Forbes' Under 30 Summit", "Under 70 Auto Sales": a capital preposition mid-sentence that
# opens a name with a number in it (realgold3, realgold12 golds: not claims)
NAME_OPENING_PREPOSITIONS = frozenset({"Under"})


# --- sources22 (session 20) ---
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
# Verbs by which a pollster carries out a poll: "Quinnipiac conducted the poll of 1,042 voters"
# (with SURVEY_VERBS, "The university surveyed 1,051 voters": realgold10 golds, the pollster).
POLL_CONDUCTING_VERBS = frozenset({"conduct", "carry", "run", "field"})
# Verbs by which a poll word or a plan does not give figures: an index or the polls that close
# or open ("The Dow Jones industrial average closed down 24 points", "after polls closed in
# New Hampshire": realgold3, realgold20 golds), what a plan is ("his plan is to keep Trump from
# the 1,237 delegates": realgold19), with the verbs of change (CHANGE_VERBS).
NOT_DOCUMENT_VERBS = frozenset({"be", "close", "open", "end", "finish"})


# --- subjects23 (session 20) ---
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


# --- sources24 (session 20) ---
# Verbs of intention: what someone hopes, plans or wants to do is an aim, not a figure they
# report ("Lee hopes that winning the state's 80 delegates will ...", "He plans to back at least
# 50 candidates", "hoping to score upsets in the three states": realgold10, realgold12,
# realgold5 golds give these no source). Beliefs and forecasts
# ("expect", "believe") still attribute; pledges and promises are reported (REPORTING_VERBS).
INTENTION_VERBS = frozenset({"hope", "plan", "want", "intend"})
# ... as the tagger may lemmatise them ("hopes" -> "hop").
INTENTION_FORMS = frozenset({"hopes", "hoped", "hoping"})


# --- spans23 (session 21) ---
# The place words before a part of a calendar period: "the last three months of 2015", "the
# first half of 2015", "the second half of the year" (realgold3, realgold12, realgold19 golds:
# a part of a year only places another figure in time).
CALENDAR_PART_PLACES = frozenset({"first", "second", "third", "fourth", "last", "final"})
# Determiners and words of the whole after "of": "of this year", "of the fiscal year".
CALENDAR_WHOLE_DETERMINERS = frozenset({
    "the", "this", "that", "last", "next", "its", "their", "fiscal", "calendar", "each", "every",
})  # fmt: skip
CALENDAR_WHOLES = frozenset({"year", "decade", "century", "season", "quarter", "month"})
# Parts of a period that are read as a fraction word ("half") rather than a number + unit.
CALENDAR_PART_FRACTIONS = frozenset({"half", "quarter"})
# Things that come in a calendar's or a contest's order: "the first three states", "the first
# 12 primaries of 2016", "sweep the first three contests", "the first two countries" (realgold5,
# realgold8, realgold12, realgold19 golds: named by their place, not counted).
SERIES_NOUNS = frozenset({
    "state", "contest", "primary", "caucus", "race", "election", "debate", "country", "nation",
    "game", "ballot", "season", "episode", "match",
})  # fmt: skip
SERIES_FIRST_DETERMINERS = frozenset({"the", "these", "those", "its", "their", "his", "her"})
# The second of a pair set against "one": "one PAC called Stop Hillary and another affiliated
# with ...", "put one foot in front of the other" (realgold3, realgold8, realgold12, realgold14,
# realgold19 golds: "one ... another" / "one ... the other" is a pronoun, not a count).
ONE_CONTRAST_JOINERS = frozenset({"and", "or", ",", "—", "–", "-", "--", "while", "but"})
# A bare multiplier before what it is compared with: "double the number who said the same",
# "triple what they were" (gold README: multipliers are claims; realgold5, realgold10,
# realgold20 golds write "more than twice the number", "almost double what", "double the
# number" as claims). The comparison opens with one of these words.
MULTIPLIER_COMPARISON_OPENERS = frozenset({"the", "what", "that", "those"})


# --- caveats23 (session 21) ---
# Words after a figure that already state the harm it counts: "4 killed on the South Side may
# have died in a home invasion", "Four people killed in a shooting that may have been a
# robbery" (realgold10, tune22 golds; realgold14 the same with "are believed to"): the count
# stands on the participle, a hedge on the main verb is about something else said of them.
HARM_STATED_WORDS = frozenset({"kill", "shoot", "wound", "injure", "stab", "slay", "dead"})


# --- sources25 (session 21) ---
# What someone demands or advocates is an aim, not a figure they report ("workers who demanded
# a $15 minimum wage", "protesters who are advocating for a $15 wage": realgold14 golds give
# no source); with INTENTION_VERBS.
DEMAND_VERBS = frozenset({"demand", "advocate"})
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


# --- subjects24 (session 21) ---
# Subjects that say only that a share is a poll's ("poll support", "poll respondents would not
# vote"): the group the poll asked is named after them (realgold14, realgold20 golds: "voters",
# "American voters", "troops" for shares of "a poll of American voters", "among 1,358 registered
# voters", "surveyed troops").
POLL_SHARE_SUBJECTS = ("poll support", "poll respondents")
# Nouns of the poll itself and verbs of polling whose object or "of"/"among" phrase names the
# group asked: "a YouGov poll of American voters", "surveyed troops", "conducted ... among 1,358
# registered voters".
POLLED_GROUP_NOUNS = frozenset({"poll", "survey", "polling"})
POLLED_GROUP_VERBS = frozenset({"poll", "survey", "interview", "conduct"})
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
# Words of a clause, beside ELECTION_RESULT_WORDS, that tell a candidate's share of the vote:
# "Clinton had received 49.84 percent" (realgold19 gold: "vote", "received";
# ``clause_results.py``).
CLAUSE_RESULT_WORDS = frozenset({"received"})
# Casualty words that name a whole after its number in a share: "23 of the 53 wounded",
# "one of the five injured" (realgold20, tune22 golds; ``participle_wholes.py``).
PARTICIPLE_WHOLE_WORDS = frozenset({
    "wounded", "injured", "dead", "killed", "hospitalized", "hospitalised", "missing",
})  # fmt: skip


# --- implied24 (session 21) ---
# "Police identified the dead as ...", "the dead were ...": the groups whose list names the dead.
IDENTIFIED_DEAD_GROUPS = frozenset({"dead", "deceased"})
# "Killed were ...", and as written in the same inverted shape "Wounded were a 17-year-old boy
# and ...", "Also injured was the gunman's wife" (impl41): the measure of each opening word, and
# the measures an inverted list may count.
INVERTED_CASUALTY_WORDS = {
    "killed": "killed", "wounded": "injured", "injured": "injured", "hurt": "injured",
}  # fmt: skip
INVERTED_CASUALTY_MEASURES = frozenset({"killed", "injured", "shot"})
IDENTIFY_VERBS = frozenset({"identify"})
# "an injured man", "a wounded girl": modifiers that bring in a new person who was hurt.
HURT_MODIFIERS = frozenset({"injured", "wounded"})


# --- spans24 (session 22) ---
# "a trio of PACs", "a quartet of groups", "a pair of interrelated initiatives": a word for a
# group of a set size before "of" counts its members (realgold19, tune22 golds: claims of 3, 4,
# 2); "the pair", "the trio" name people again and are no figure (``mentions.py``).
GROUP_COUNT_WORDS = {"pair": 2, "trio": 3, "quartet": 4}
# "a pair of shoes", "a pair of handcuffs": one thing made of two parts, not two things.
PAIRED_THINGS = frozenset({
    "shoe", "boot", "sneaker", "sock", "glove", "pant", "trouser", "jean", "short", "glass",
    "sunglass", "earring", "handcuff", "scissors", "pliers", "binocular", "slipper",
})  # fmt: skip
# "shot once in the arm", "the phrase was uttered once": "once" after the verb it counts is one
# time, as "twice" is two (realgold3, realgold5 golds; ``once_counts.py``).
ONCE_WORDS = {"once": 1}
# "at once", "every once in a while", "once again", "once more", "never once", "once upon":
# the words beside "once" that make it an idiom.
ONCE_IDIOM_PREV = frozenset({"at", "every", "all", "never", "not"})
ONCE_IDIOM_NEXT = frozenset(
    {"again", "more", "upon", "and", "or", "per"}
)  # "once per year": a rate
# The parts of speech of an object between a verb and its "once" ("shot the clerk once").
ONCE_OBJECT_POS = frozenset({"DET", "NOUN", "PROPN", "PRON", "ADJ", "CCONJ", "NUM", "PART"})


# --- implied25 (session 22) ---
# A telegraphic headline read by its words where the parse fails ("Toddler shot, critically
# wounded", "Ten-year-old boy, parents hit in ... shooting", "16-year-old in critical condition
# after ...": realgold16, realgold19, realgold20 golds; ``headline_casualties.py``): the casualty
# words after the people, and what each says happened.
HEADLINE_PASSIVE_CASUALTY = {
    "shot": "shot", "killed": "killed", "wounded": "injured", "injured": "injured",
    "hurt": "injured", "hit": "shot", "dies": "killed", "died": "killed",
    "hospitalized": "injured",
}  # fmt: skip
# "in critical condition": the states of one hurt
HEADLINE_CONDITION_WORDS = frozenset({"critical", "serious", "stable", "grave"})
# "..., Injuring Child In Dallas", "Killing Wife, Wounding Two Officers", "kills 6-year-old
# brother, self": active casualty words before bare people (realgold12, realgold16, realgold20)
HEADLINE_OBJECT_CASUALTY = {
    "killing": "killed", "kills": "killed", "injuring": "injured", "injures": "injured",
    "wounding": "injured", "wounds": "injured",
}  # fmt: skip
# plural person words a headline counts by the word itself: "Ten-year-old boy, parents hit" = 3
HEADLINE_PAIR_PEOPLE = {"parents": 2, "twins": 2, "couple": 2}
# "3 People Found Shot To Death", "30 officers responded to the scene": reporting verbs that
# without a clause name an act, not a report (``reported_acts.py``).
ACT_OR_REPORT_VERBS = frozenset({"find", "respond"})


# --- implied26 (session 23) ---
# "found the father, who was deceased", "discovered a woman, deceased, inside the home",
# "found deceased": "deceased" says the state "dead" says (realgold12, realgold16, realgold19).
DEAD_STATE_WORDS = frozenset({"dead", "deceased"})


# --- conventions23 (session 23) ---
# docs/gold-conventions.md "Documents 'by' an organisation": a count, analysis or review the text
# credits to a body is sourced by the whole phrase ("a count by The Associated Press", "An
# analysis by Politifact": realgold8, realgold10 golds), as polls and studies already are
# (AUTHORED_DOCUMENT_HEADS); records and data "from" a body too ("court records from the County
# Clerk", "the most recent data available from the FBI": realgold10, realgold12 golds).
CREDITED_DOCUMENT_HEADS = frozenset({"analysis", "tally", "count", "review", "audit", "average"})
RECORDS_FROM_HEADS = frozenset({"record", "data", "datum"})
# --- src3 (session 45) ---
# The same ruling for a report or data that "by" credits to a body, released or not: "by" the
# body credits the whole phrase ("a report released by the Brookings Institution last year estimated ...", realgold35;
# "according to data released Friday by state gaming regulators", realgold6), not the body
# alone, which the fictional development gold wrote for statements and figures
# (``body_behind_document``). Not "reports" (README: unspecified reports are anonymous).
RELEASED_DOCUMENT_HEADS = frozenset({"report", "data", "datum"})
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


# --- spans28 (session 24) ---
# "voters under 30", "those over 45", "adoptees younger than 18": an age bracket that defines a
# group of people is an age used as a descriptor, not a figure (gold README; realgold8,
# realgold10 golds: "age range describing the group"). Plural people words the bracket follows,
# and the words that open the bracket.
AGE_BRACKET_GROUPS = frozenset({
    "voters", "people", "those", "adults", "americans", "men", "women", "residents",
    "respondents", "democrats", "republicans", "independents", "millennials", "students",
    "children", "kids", "adoptees", "youths", "workers", "citizens", "caucus-goers",
    "caucusgoers", "whites", "blacks", "hispanics", "latinos", "seniors", "immigrants",
})  # fmt: skip
AGE_BRACKET_OPENERS = frozenset({"under", "over", "above", "below"})
AGE_BRACKET_COMPARATIVES = frozenset({"older", "younger"})
# "while the two men barely sparred", "the first time the two Democrats campaigned together":
# "two" before a plural word for people picks out again two people the text has named
# (docs/gold-conventions.md "Re-mentions": people named one by one and re-mentioned are not a
# count; realgold12, realgold19 golds: "anaphoric count"). Not where the sentence tells of a
# casualty or a crime ("The two men were still at large": the counted suspects, realgold3).
NAMED_PAIR_PEOPLE_NOUNS = frozenset({
    "man", "woman", "leader", "rival", "senator", "lawmaker", "front-runner", "frontrunner",
    "contender", "nominee", "politician", "democrat", "republican", "governor", "president",
})  # fmt: skip
NAMED_PAIR_CRIME_WORDS = frozenset({
    "kill", "die", "dead", "wound", "injure", "shoot", "stab", "hospitalize", "arrest", "charge",
    "flee", "rob", "suspect", "victim", "large", "want", "gunman", "police",
})  # fmt: skip
# "the caucuses are more than two months away", "two or three months from now", "with the
# election seven months away": a span of time that only places an event before it comes
# (docs/gold-conventions.md "Spans of time before or after an event", as "ago" and "later" do).
TIME_AHEAD_WORDS = frozenset({"away"})
TIME_AHEAD_PAIRS = frozenset({("from", "now")})
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


# --- implied28 (session 24) ---
# "the 16-year-old", "a 3-month-old": the units of an age that stands for a person
AGE_UNITS = frozenset({"year", "month", "week", "day"})
# "X committed suicide", "X took his own life": 1 killed at X (suicides.py); not the bare
# "commit"/"take" (an infinitive or a generic present)
SUICIDE_VERBS = frozenset({"committed", "commits", "committing"})
OWN_LIFE_VERBS = frozenset({"took", "taken", "takes", "taking"})


# --- caveats28 (session 24) ---
# Words that forecast an act (``forecast_hedges.py``): over an act whose object holds the figure
# ("will most likely vote on four measures", "is expected to cut 277 jobs") they hedge the act,
# not the figure (realgold3, realgold5, realgold14, realgold20 golds; unannotated PolNeAR).
FORECAST_HEDGE_LEMMAS = frozenset({"expect", "expected", "likely", "probably", "possibly"})
# how the figure hangs below the act verb: its object, or a phrase of it
FORECAST_ACT_DEPS = frozenset({"dobj", "prep", "dative", "npadvmod", "advmod", "ccomp"})
# figures that measure (money, shares, quantities): a forecast act's object of these kinds is the
# forecast amount ("is expected to cost $2 billion"), not a count the act merely involves
MEASURE_ENTITY_TYPES = frozenset({"MONEY", "PERCENT", "QUANTITY"})


# --- sources29 (session 24) ---

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


# --- subjects28 (session 24) ---
# Verbs whose money object is what someone takes in: "she makes $52,000 a year", "clerks
# making less than $39,000 per year" measure income (realgold8, realgold10, realgold19 golds:
# "income", "making", "salary"; unannotated politico, usa-today, nyt articles).
INCOME_VERB_NOUNS = {"make": "income"}


# --- partisan28 (session 24) ---
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
# money verbs count the race's money only with an amount ("raise taxes", "win the nomination")
RACE_MONEY_VERBS = frozenset({"raise", "spend", "outraise", "outspend"})
# the delegate arithmetic says what a contender must win, a necessity, not a hope: "Reyes must
# win 61 percent of the rest" counts the race as "needs to win" does (docs/gold-conventions.md
# "Candidates and campaigns as a partisan source" (a), "the delegate arithmetic"; realgold8 gold:
# a candidate's arithmetic with "must win", partisan). Out of OWN_COUNT_UNREAL for race verbs.
RACE_NECESSITY_AUXES = frozenset({"must"})


# --- sources32 (session 25) ---
# docs/gold-conventions.md "Documents 'by' an organisation": the polls an average is "of" carry
# its author's credit ("the average of recent polls compiled by Real Clear Politics"; unannotated
# nyt, usa-today articles)
CREDITED_SUB_DOCUMENTS = frozenset({"poll", "survey", "polling"})
# a publishing participle that credits the document from a noun inside its phrase ("A report
# about the integration of immigrants issued over the summer by the OECD")
PUBLICATION_PARTICIPLES = frozenset({"issue", "release", "publish", "compile", "conduct"})
# people "at"/"of"/"from" a named body author its document ("a study by economists at Duke
# University")
AUTHOR_AFFILIATION_PREPS = frozenset({"at", "of", "from", "with"})
# a document or average a name written in one word with capitals inside heads is that body's
# work, however the tagger reads the name ("the RealClearPolitics average of recent national
# surveys": NNS; realgold8, realgold12, realgold16 golds write such averages named_org)
NAMED_WORK_HEADS = frozenset({"average", "poll", "survey", "analysis", "tally", "count"})


# --- subjects31 (session 25) ---
# "back Clinton by 19 points", "supporting Dukakis by five points": the forms of a support
# verb whose "by" phrase is the margin one side is ahead by (the parse may tag them adverb or
# noun, so the forms are listed, not lemmas)
SUPPORT_MARGIN_FORMS = frozenset({
    "back", "backs", "backed", "backing", "support", "supports", "supported", "supporting",
    "favor", "favors", "favored", "favoring", "favour", "favours", "favoured", "favouring",
    "prefer", "prefers", "preferred", "preferring",
})  # fmt: skip
# "16 points ahead of Trump", "ten points behind": the points a side is ahead or behind by
AHEAD_WORDS = frozenset({"ahead", "behind"})


# --- sources31 (session 25) ---
# The first person outside quotations is the writer (writer_pronouns.py): "We believe six
# debates ... is comparable", "I count 40": not an organisation named before it.
WRITER_PRONOUNS = frozenset({"we", "i"})
# What opens a clause of time, cause or condition, whose reporting verb is part of the event,
# not a report of the figure beside it (event_clauses.py): "received five months' probation
# after she had posted comments"; not "as" (", as police reported") nor "while". "since" is
# of time or cause both ("It has been two months since senators confirmed a judge": realgold
# gold none).
EVENT_CLAUSE_MARKS = frozenset({
    "after", "before", "when", "once", "until", "because", "if", "unless", "although", "though",
    "since",
})  # fmt: skip
# An article before a page-furniture label leaves it furniture (speakers.py): "The Latest:".
LAYOUT_ARTICLES = frozenset({"the"})


# --- caveats31 (session 25) ---
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
# the clause a claim holds: a content clause of the noun or the verb's complement clause
CLAIM_CLAUSE_DEPS = frozenset({"acl", "ccomp"})


# --- spans31 (session 25) ---
# an apostrophe or single quote written before a two-digit year ("in ’08", "in ‘16", "'90")
SHORT_YEAR_MARKS = frozenset({"'", "’", "‘"})
# words a short year follows: "in ’08", "since ’12", "the ’16 race", "’08 and ’12", "class of ’90"
SHORT_YEAR_BEFORE = frozenset({
    "in", "since", "of", "from", "by", "until", "till", "through", "during", "before", "after",
    "and", "or", "to", "the", "'s", "’s",
})  # fmt: skip
# the pronoun a re-mentioned group is counted out of: "the two of them", "the three of us"
PRONOUN_GROUP_OBJECTS = frozenset({"them", "us", "you"})
# what a re-mentioned list names ("Florida or Ohio, the two primaries"): places and bodies, not
# people (``named_pairs`` reads those, with the casualty reports' exceptions)
LISTED_SET_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})
# the spelled sizes of a list named again after it ("Florida and Ohio, the two states")
LISTED_SET_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


# --- spans32 (session 25) ---
# "suspended for two weeks after slamming Republicans", "for nearly nine years after leaving
# the White House": a span of time these hold measures how long something lasted, even when
# "after"/"before" follows it (unannotated nyt, breitbart, west-journal articles)
DURATION_PREPOSITIONS = frozenset({"for"})


# --- partisan32 (session 25) ---
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
# A colon-ending paragraph that announces a speaker's words by name (speakers.py, session 41):
# "Quotes from Sheriff Walton:", "Remarks by Mayor Lee:", "More comments from the chief:".
SPEECH_RECORD_HEADS = frozenset({
    "quote", "quotes", "remark", "remarks", "comment", "comments", "excerpt", "excerpts",
})  # fmt: skip
SPEECH_RECORD_LEADS = frozenset({"some", "more", "other", "key", "further", "additional"})


# --- approx26 (session 26) ---
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
# "By one estimate, 14,000 attended", "..., by the group's count": a reckoning set off with
# "by" is the figure's source (estimate_frames.py; issue 11, "Nominal sources").
ESTIMATE_FRAME_HEADS = frozenset({"estimate", "count", "tally", "calculation", "reckoning"})
# "The ministry placed the death toll at 120", "pegged the cost at $3 billion", "gave the
# figure as 120": a reckoning placed at a figure is reported as "put ... at" is
# (put_reports.py). Not "set": "set the number of seats at 12" decides, it does not count.
PLACING_VERBS = frozenset({"place", "peg"})
GIVING_AS_VERBS = frozenset({"give"})
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


# --- thresh26 (session 26) ---
# A figure that is a bar to clear is not bounded by "crossed"/"passed" (extract/verb_bounds.py):
# "the 1,237 delegates needed", "the 270 votes required", "the 1,237 threshold" (realgold12,
# realgold19 golds: exact).
REQUIREMENT_VERBS = frozenset({"need", "require"})
THRESHOLD_NOUNS = frozenset({"threshold"})


# --- caveats33 (session 26) ---
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


# --- implied33 (session 26) ---
# "fired several shots, striking a man", "began shooting, hitting two men", "shot twice,
# hitting him": verbs of firing a gun whose participle clause tells whom the shots struck
# (impact_clauses.py; "opened fire" is read by its object)
FIRING_VERBS = frozenset({"fire", "shoot", "discharge"})
# "a woman was murdered", "suspected of slaying wife and son", "the person that murdered Ann":
# verbs that say a killing as plainly as "kill" (casualty_measures.measure_of)
KILLING_VERBS = {"murder": "killed", "slay": "killed"}


# --- partisan33 (session 26) ---
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


# --- subjects33 (session 26) ---
# "81 delegates to Rubio's 17", "raised $293,565 to Kingson's $199,445": the word joining the
# first figure of a pair to a possessive name and its figure (not "versus", which the compared
# figures' rule holds), and how many words may stand between the first figure and it ("585 in
# the United States to China's 260")
POSSESSED_PAIR_JOINS = frozenset({"to"})
POSSESSED_PAIR_MAX_GAP = 4


# --- spans33 (session 26) ---
# "it's been two months since", "in the 72 hours since the scandal erupted": a span of time
# before these is a gap or a window (docs/gold-conventions.md), not a placing like "after"
GAP_WORDS = frozenset({"since"})
# subj44 (session 36): "235 days since she held a press conference", "gone 271 days without a
# press conference": the words that open what a gap of time is measured from or without; the
# subject is the unit with that clause (realgold8 "since", "confirmed a judge"; realgold14
# "since the scandal erupted"; realgold24 "days since", "announced his candidacy").
GAP_SUBJECT_WORDS = GAP_WORDS | frozenset({"without"})
# The most words of the clause a gap's subject keeps.
GAP_CLAUSE_WORDS = 10


# --- sources35 (session 26) ---
# Entity labels of an owner that is a body, outlet or place, whose possessive before a person's
# name is the name's title ("NBC's Ali Vitali", "The Post’s Chris Cillizza"); a person's
# possessive ("X's friend Y") is a relation, written as the name alone in the real golds
BODY_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC"})
# ... but a place's possessive right before a name is an epithet, not a title ("said Florida's
# Rick Wilson, a Republican consultant"): the name alone
PLACE_ENTS = frozenset({"GPE", "NORP", "LOC"})


# --- hedge34 (session 27) ---
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


# --- fps34 (session 27) ---
# "a delegate or two", "an anecdote or two": the number after "or" that makes the phrase a
# vague "one or two" (gold README: vague amounts are not claims), the articles that open the
# noun phrase, and how many words (nouns, adjectives, "or") may stand between the article
# and the "or" ("a council member or two", "a fighter or aircraft or two")
OR_TWO_NUMBERS = frozenset({"two"})
OR_TWO_STARTS = frozenset({"a", "an"})
OR_TWO_REACH = 5
# "less than one-half of 1 percent", "a quarter of a percentage point": the words for one that
# may stand for the base percent, and the units that make the figure a fraction of a percent
PERCENT_FRACTION_BASES = frozenset({"a", "one"})
PERCENT_FRACTION_UNITS = frozenset({"percent", "%", "pct"})
# "one industrial park after another", "from one contest to the next": the words joining the
# "one" of a succession to the pronoun that ends it ("the" may stand between: "to the next")
SUCCESSION_JOINERS = frozenset({"after", "to"})
SUCCESSION_ENDS = frozenset({"another", "next", "other"})


# --- headline victims (session 27, lead) ---
# "Homicide victim a sophomore at ...", "Deceased victim identified in ...": one victim that
# opens a headline, named by what happened to them (realgold16, realgold20 golds;
# ``headline_casualties.py``)
HEADLINE_VICTIM_MODIFIERS = {
    "deceased": "killed", "homicide": "killed", "murder": "killed", "slaying": "killed",
    "slain": "killed", "shooting": "shot",
}  # fmt: skip


# --- srcmiss34 (session 27) ---
# Verbs of praising a figure as one's own news: their subject gives the figures of what they
# tout ("Obama hailed the record streak 71 months of job growth": realgold5 gold; "he touted how
# far his campaign had come in the last 10 months", "Clinton touted ... $275 billion": breitbart,
# huff-post unannotated)
TOUTING_VERBS = frozenset({"tout", "hail"})
# Verbs of grudging speech: they report only a clause of their own ("a caller complained that
# 80 percent of his friends ...": realgold20 gold; "concedes that ... Bill's two terms":
# wash-post unannotated); with an object they are acts ("Clinton conceded the race")
GRUDGING_VERBS = frozenset({"concede", "complain"})


# --- anon34 (session 27) ---
# Words for people who speak for a body without being it, beyond PERSON_DESCRIPTOR_NOUNS,
# UNNAMED_PEOPLE_HEADS, SPOKESPERSON_HEADS and KIN_SOURCE_HEADS: "a Carrier executive", "one
# Trump confidant", "an ICE official": one of them, unnamed, is an anonymous source
MEMBER_PERSON_HEADS = frozenset({
    "official", "aide", "insider", "staffer", "diplomat", "confidant", "ally", "supporter",
    "donor", "volunteer", "representative", "member", "operative", "source",
})  # fmt: skip
# Determiners of one unnamed person ("a", "another New Hampshire Republican", "one aide")
ONE_UNNAMED_DETERMINERS = frozenset({"a", "an", "another", "one"})


# --- spans34 (session 27) ---
# "the three years when he ran the agency", "the 64 years that pollsters have been measuring":
# words that may open a relative clause on a span of time before its subject (relative_spans.py)
RELATIVE_SPAN_OPENERS = frozenset({"that", "when"})
# No-break spaces (U+00A0, narrow U+202F, figure space U+2007) the tokenizer reads as plain
# spaces where they touch a figure: "almost\xa014\xa0million" is one figure (plain_spaces.py)
NO_BREAK_SPACES = frozenset({"\u00a0", "\u202f", "\u2007"})
# one-character currency signs a figure may open with ("at least\xa0$345,430")
SINGLE_CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥", "₹", "₽", "₪"})
# One bare unit of time a verb lasted ("suspended for a month", "spent a month in jail"): not
# "minute"/"second" ("I don't believe for a minute"), not "decade" (always read) (lasting_units.py)
LASTING_UNITS = frozenset({"hour", "day", "week", "month", "year"})
# verbs whose object is the time they took ("spent a year courting them")
SPENDING_VERBS = frozenset({"spend"})


# --- nosource34 (session 27) ---
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


# --- spans35 (session 28) ---
# Breaks between the items of a list that parts a count: "two at the lodge, one in the parking
# lot", "two in serious condition; one in fair condition" (one_partitions.py)
ONE_PARTITION_BREAKS = frozenset({",", ";"})
# ... words after a bare "one" that make it no item of such a list: "one of them" (its own
# rule), "one or two", "one another", "one more", "one day" ("one by one" is read in the module)
ONE_PARTITION_NOT_NEXT = frozenset({
    "of", "or", "another", "more", "day", "time", "way", "thing", "who", "that", "which",
})  # fmt: skip
# ... words after the count of the item before that make it a share or a sum, not a count of
# people or things ("40 percent, one ..."): "8 percent", "5 million"
ONE_PARTITION_NOT_UNITS = frozenset({
    "%", "percent", "per", "million", "billion", "trillion", "points", "point", "years",
    "year", "months", "days", "hours", "minutes", "weeks",
})  # fmt: skip


# --- caveat35 (session 28) ---
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


# --- implied35 (session 28) ---
# Verbs whose infinitive of purpose is the act done with the thing used: "the gun he used to
# kill Ann Lee", "a rifle was used to shoot the guard" = 1 killed, 1 shot (instrument_use.py)
INSTRUMENT_USE_VERBS = frozenset({"use"})
# Weapons a sentence-opening "The gun used to kill ..." may parse as the subject of an active
# "used" (the habit's reading); a weapon is the thing used, never the user (instrument_use.py)
USED_WEAPON_NOUNS = frozenset({
    "gun", "weapon", "firearm", "rifle", "handgun", "pistol", "shotgun", "revolver", "knife",
})  # fmt: skip


# --- source35 (session 28) ---
# docs/gold-conventions.md "Documents 'by' an organisation": a poll "from" a named pollster is
# credited to it as one "by" it is, and written whole ("A poll from Marquette Law School released
# Wednesday found ...": realgold gold; "a new poll from USA TODAY/Suffolk University", "a
# just-released poll from Florida Atlantic University": unannotated usa-today, breitbart). Only
# polls: a projection or memo "from" a publication or a body keeps its author alone (realgold20
# "a projection from the Cook Political Report" -> "the Cook Political Report").
POLLS_FROM_THEIR_POLLSTER = frozenset({"poll", "survey", "polling"})


# --- vocab36 (session 29) ---
# docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)" (casualty_vocab.py).
# Verbs whose subject died, said through a wound or a life: "a man succumbed to his injuries",
# "a 22-year-old lost his life in the shooting" (1 killed each).
DEATH_PHRASE_VERBS = frozenset({"succumb", "lose"})
# What "succumb to" must name to be a death of the wounded: "succumbed to his injuries", "to her
# wounds", "to a gunshot wound" (not "succumbed to pressure", "to temptation", "to cancer").
SUCCUMB_TO_NOUNS = frozenset({"injury", "wound", "burn", "gunshot"})
# "lost his life", "lost their lives", "claimed the life of": the life lost or taken.
LIFE_NOUNS = frozenset({"life"})
# "nearly lost his life", "almost lost her life": a death that did not happen.
NEAR_MISS_ADVERBS = frozenset({"nearly", "almost", "narrowly"})
# "the shooting claimed the life of a 16-year-old", "the gunfire took the lives of a mother and
# her son": verbs whose "life of" object names who was killed.
LIFE_TAKING_VERBS = frozenset({"claim", "take"})
# "a man was stabbed outside a bar", "stabbed a store clerk": a casualty verb read as "shoot" is
# ("stabbed to death", "fatally stabbed", "stabbed and killed" are killed), measure injured, as
# the real gold writes "stabbed a sixth person" (realgold14: injured) and "stabbing" (EVENTS).
# "A man was knifed outside a bar" (implvoc): the same act, a tabloid's word for it.
# implvoc2 (session 49): "was slashed with a box cutter", "slashed a clerk" (a blade's cut; not
# "slashed the budget", "slashed the tires": no person)
STABBING_VERBS = {"stab": "injured", "knife": "injured", "slash": "injured"}
# "stabbed in the back": an idiom of betrayal, a stabbing only where the sentence speaks of a
# blade, a wound or care ("stabbed in the back with a kitchen knife").
BACKSTAB_LITERAL_WORDS = frozenset({
    "knife", "blade", "wound", "injury", "hospital", "police", "officer", "deputy", "scene",
    "attack", "assault", "weapon", "suspect", "arrest", "blood", "surgery", "victim",
})  # fmt: skip
# "a man was treated and released", "was treated at the scene", "treated at Mercy Hospital":
# care the person was given, so hurt (gold-conventions "A third passenger was treated for cuts"
# -> 1 injured); not "treated unfairly", "treated for depression", "treated to dinner".
TREAT_CARE_NOUNS = frozenset({"hospital", "scene", "center", "centre", "clinic"})
# A telegraphic headline's casualty words after its people, besides HEADLINE_PASSIVE_CASUALTY:
# "Woman stabbed, man shot in ...", "Man slain outside bar", "Boy grazed by stray bullet" (a
# graze only in a headline of gunfire, as "hit"); headline_casualties.py.
HEADLINE_VOCAB_CASUALTY = {
    "stabbed": "injured", "slain": "killed", "grazed": "shot",
    # implvoc (session 48): "Man assassinated outside office",
    # "Hiker perishes in fire", "Woman found lifeless in home"
    "assassinated": "killed", "perishes": "killed", "perished": "killed",
    "lifeless": "killed",
    # implvoc2 (session 49): "Woman strangled in her home", "Man slashed outside bar"
    "strangled": "killed", "slashed": "injured",
}  # fmt: skip
# "Teen succumbs to injuries after ...", "Father of three loses life in ...": a headline's verb
# of dying and the word after it that makes it one (killed).
HEADLINE_DEATH_PHRASES = frozenset({
    ("succumbs", "to"), ("succumbed", "to"), ("loses", "life"), ("lost", "life"),
})  # fmt: skip


# --- fps36 (session 29) ---
# "one" as the article "a" before a singular noun (indefinite_one.py): "according to one
# research firm", "in one case", "one evening in June", "is one example", "one user commented"
# count nothing. The noun's links where that reading is the rule: a preposition's object, a
# subject, a predicate, a time adverbial (an object, "faces one count", is left alone).
INDEFINITE_ONE_NOUN_DEPS = frozenset({"pobj", "nsubj", "nsubjpass", "attr", "npadvmod"})
# Words right before (or on) "one" that make it a count: "only one poll", "just one leak",
# "at least one town hall", "more than one", "not one Republican", "exactly one", "almost one".
INDEFINITE_ONE_LIMITERS = frozenset({
    "only", "just", "exactly", "least", "most", "than", "not", "n't", "never", "nearly",
    "almost", "merely", "solely", "single", "lone",
})  # fmt: skip
# A rate: "For every Syrian sent back, the EU will resettle one refugee", "Each coin flip
# resulted in the awarding of one delegate", "one vote per district".
INDEFINITE_ONE_DISTRIBUTIVES = frozenset({"each", "every", "per"})
# A difference: "he's one state (South Carolina) closer", "one delegate away from", "one vote
# short", "at least one fewer opponent", "one less vote" ("one more chance" is "another").
INDEFINITE_ONE_DIFFERENCES = frozenset({
    "closer", "away", "short", "shy", "ahead", "behind", "fewer", "less",
})  # fmt: skip
# What is left is counted: "But one naysayer remained", "That leaves the court with one judge".
INDEFINITE_ONE_LEFT_VERBS = frozenset({"remain", "leave"})
# People as local news names them, counted there even bare ("I saw one guy laid out", realgold16
# gold: implied count; "one man", "one victim", "one suspect"): PERSON_NOUNS and the casual words.
INDEFINITE_ONE_PEOPLE = PERSON_NOUNS | frozenset({"guy", "gentleman", "lady", "casualty"})


# --- polsrc36 (session 29) ---
# Entity labels of a clause's subject that may speak a quotation set inside its sentence, where
# the tagger reads the name as a common noun ("Sanders used this question to demand wealthy
# Americans "pay ... over $250,000"": "Sanders" tagged the plural noun "sander", labelled
# PERSON) (embedded_quotes.py)
QUOTING_SUBJECT_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


# --- vocab37 (session 29) ---
# docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)" (casualty_vocab2.py).
# "A man was mortally shot", "mortally stabbed": a wound that killed, as "mortally wounded"
# (killed; FATAL_ADVERBS has "fatally").
MORTAL_ADVERBS = frozenset({"mortally"})
# "A 19-year-old suffered gunshot wounds to his arm", "sustained a stab wound": the verbs the
# tagger reads as adjectives on the wound noun after an age (1 injured).
SUFFERED_WOUND_WORDS = frozenset({"suffered", "sustained"})
# "A gunshot victim arrived at the hospital", "walked into Mercy Hospital", "showed up at a
# clinic": a new victim who came to care (1 shot, as "found a gunshot victim").
ARRIVAL_VERBS = frozenset({"arrive", "walk", "show"})
ARRIVAL_CARE_NOUNS = frozenset({"hospital", "clinic", "center", "centre", "room"})
# A headline's "treated" of care: "Man treated, released after shooting", "Teen treated for
# gunshot wound", "Woman treated at hospital" (injured); not "treated unfairly", "treated to".
HEADLINE_CARE_AFTER = frozenset({"at"})
# what a headline's "treated for" must name to be care of the hurt: "treated for gunshot wound",
# "for injuries", "for stab wounds", "for burns" (not "for depression"); word beginnings.
HEADLINE_CARE_HARMS = ("injur", "wound", "gunshot", "stab", "burn", "cuts")
# ", losing his life", ", dying at the scene", ", succumbing to his wounds": the verbs of a
# subjectless clause of death whose person is the main clause's subject (killed).
DYING_VERBS = frozenset({"die", "lose", "succumb"})


# --- vocab38 (session 30) ---
# docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)" (casualty_vocab3.py).
# "A 3-year-old is fighting for his life after a shooting", "Two men are fighting for their
# lives": the verb whose "for his life" is a person's critical state (injured, as "in critical
# condition"); not "fighting for its life" (a firm), "for his political life".
LIFE_FIGHT_VERBS = frozenset({"fight", "battle"})
# the owners of a fought-for life that are people ("his life", "their lives"), not "its life".
PERSON_POSSESSIVES = frozenset({"his", "her", "their"})
# "The shooting left a 19-year-old dead": with FIND_VERBS, the verbs whose object a trailing
# "dead" is said of, where the parse reads "a 19-year-old dead" as one noun phrase (killed);
# "Doctors pronounced a 4-year-old dead" (implwide).
LEFT_DEAD_VERBS = frozenset({"leave", "pronounce"})
# "located another person lying wounded in a ditch", "was found lying injured": the states of
# a person found lying hurt (injured).
HURT_STATE_WORDS = frozenset({"wounded", "injured"})


# --- gvasrc38 (session 30) ---
# A reporting verb negated by these words says nothing of the figure under it: "police have
# not announced the condition of the remaining four survivors", "they never disclosed ..."
# (negated_reports.py; the parse tags "not", "n't" and "never" as neg or advmod).
NEGATING_WORDS = frozenset({"not", "n't", "never", "nt"})


# --- fps38 (session 30) ---
# "one more chance", "one more reason to", "one last media splash", "one last round": after
# "one", the words that make it "another" or "a final", no count (one_more.py)
ONE_MORE_WORDS = frozenset({"more", "last"})
# ... kept a count where the sentence needs or compares it: "need one more seat to win control",
# "won one more delegate than Sanders", "one more vote short of a majority"
ONE_MORE_COUNTING_WORDS = frozenset({
    "need", "require", "than", "short", "shy", "away", "behind", "ahead",
})  # fmt: skip


# --- subj39 (session 31) ---
# Verbs whose subject holds a bare percentage in a poll: "The Vermont senator leads Clinton 50%
# to 40%", "the challenger has 44%" (realgold10 gold: "support", "poll", not the holder's
# description; share_holders.py)
SHARE_HOLDING_VERBS = frozenset({"have", "lead", "trail", "hold", "get", "draw", "garner"})
# ... and the prepositions by which a candidate holds one: "Rubio lags behind with 15 percent",
# "followed closely by Cruz with 22 percent", "Bush sits at just 10%", "was third on 11 percent"
SHARE_HOLDING_PREPS = frozenset({"with", "at", "on"})
# --- impl39 (session 31): people a "left / found ... dead" names, read by their words -----------
# "the shooting that left a nightclub co-owner, O'Neil Bandoo, dead", "Deputies found his wife
# Candace "Candy" Cormier and their adopted son Jeremiah dead", a title's "That Left David McCray,
# 22, Dead" (realgold, realgold12, realgold16 golds: each person 1 killed; left_dead.py): the
# forms of the verbs before the people.
LEFT_FOUND_DEAD_FORMS = frozenset(
    {"left", "leave", "leaves", "leaving", "found", "find", "finds", "finding", "discovered"}
)
# --- fp39 (session 31) ---
# "eyeing 2020 campaigns", "93 percent of 2012 voters": a year dates the plural noun after it
# (year_modifiers.py); after these nouns a year-shaped number may still measure or count
# ("2000 miles", "1950 votes"), so it is left to the other rules.
YEAR_NOUN_MEASURES = (
    MEASURE_UNIT_LEMMAS
    | LENGTH_UNITS
    | TIME_UNITS
    | frozenset({"vote", "ballot", "calorie", "round", "point", "hour"})
)
# "One recent afternoon, two volunteers were running a phone bank", "one chilly night this
# July", "Early one evening in June": "one" before a part of the day that tells when is the
# article, even beside other figures (indefinite_one.py); kept after a verb of staying ("spent
# one night in jail", "stayed one night": a count of nights).
ONE_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
ONE_DAY_PART_STAY_VERBS = frozenset({"spend", "stay", "remain", "last", "sleep", "keep", "hold"})
# "three-quarters said the same of Sanders", "Two-thirds support reducing sentences", "a third
# said that of Cruz's campaign": the verbs of saying or of a stance whose bare fraction subject
# is a share of the people polled (subject_shares.py; gold README "Shares").
SHARE_STANCE_VERBS = frozenset({
    "say", "support", "oppose", "favor", "favour", "back", "approve", "disapprove", "think",
    "believe", "want", "prefer", "see", "view", "agree", "disagree", "expect", "choose", "pick",
    "rate", "call", "consider", "plan", "trust", "like", "dislike", "report", "describe",
})  # fmt: skip
# "Jeb Bush has zero communication skills" (realgold5 gold: idiom): plurals that a bare "zero"
# only denies, as it does a singular noun ("zero knowledge", "zero experience")
EMPHATIC_ZERO_PLURALS = frozenset({"skill", "idea", "clue"})
# --- gvasrc39 (session 31) ---
# Who releases or reveals the names or details of people acts on them, and does not report the
# count inside ("Authorities have released the names of three men slain", "released new details
# about a father who shot his twin daughters", "revealed more about what drove a gunman to shoot
# four": tests/realgold, realgold8, realgold19 golds, source none; released_particulars.py).
# "Announced details about a shooting that left seven dead" stays the announcer's (realgold12).
RELEASING_VERBS = frozenset({"release", "reveal"})
# What is released about the people: their names, details of what happened. Not "identities":
# realgold3's gold keeps "The Bastrop Police Department has released the identities of the four
# people found dead" the department's (the one tuning case against the ruling).
PARTICULARS_NOUNS = frozenset({"name", "detail", "more", "information"})
# The prepositions that join the particulars to the people or event they are about.
PARTICULARS_PREPS = frozenset({"of", "about", "on"})
# --- cav39 (session 31) ---
# how far a campaign has come over a span of time is its standing in the race: "We have come a
# long way in the last nine months" (realgold19 gold, partisan), "how far his campaign had come
# in the last 10 months" (candidate_race.py)
RACE_PROGRESS_VERBS = frozenset({"come"})
PROGRESS_WORDS = frozenset({"way", "far"})
CAMPAIGN_SPAN_UNITS = frozenset({"day", "week", "month"})
# --- src39 (session 31) ---
# Reporting verbs whose third-person form the parse may read as a plural noun after a name:
# "Trump estimates that he spent $45 million", "Wealth-X tallies 585 in the United States",
# "which the Tax Foundation estimates would cost $170 billion" (misread_verbs.py; realgold10,
# PolNeAR). The name is the source.
MISREAD_VERB_LEMMAS = frozenset({
    "estimate", "tally", "calculate", "project", "predict", "count", "claim", "report", "say",
})  # fmt: skip
# --- vdesc40 (session 32) ---
# "The baby is expected to be OK", "A man was expected to survive", "the boy, who is expected to
# recover": the outlook of a person hurt (1 injured, as "survived"; care.py reads "All four were
# expected to survive" so). The verb whose passive gives the outlook, the verbs of the outlook
# and the states after "to be" (casualty_vocab4.py; realgold10 gold "The baby").
OUTLOOK_VERBS = frozenset({"expect"})
OUTLOOK_RECOVERY_VERBS = frozenset({"survive", "recover", "live"})
OUTLOOK_STATES = frozenset({"ok", "okay", "fine", "alright"})
# "The child was also bleeding from her face": a person bleeding is hurt (realgold20 gold); not
# "the campaign is bleeding support" (an object), "stop the bleeding" (a noun).
BLEEDING_VERBS = frozenset({"bleed"})
# "found the bodies of a man, two women and a small child" (realgold14 gold: each run killed),
# "the body of a 19-year-old was found": the people whose remains these are; not "the body of
# Christ", "a body of work", "the student body".
# "remain": the lemma the tagger gives the noun "remains" ("The remains of a woman were found";
# implvoc)
REMAINS_NOUNS = frozenset({"body", "remain"})
# "killing her and another woman", "shot him and his girlfriend": the object pronouns that stand
# for one person when joined to a person noun (implied_people.is_listed_pronoun; realgold10
# gold: 2; vdesc40).
LISTED_PRONOUNS = frozenset({"him", "her"})
# --- subjA41 (session 33) ---
# A bare number in the delegate race whose nearest counted noun before it is one of these counts
# delegates: "Ted Cruz has 370 delegates, Kasich has 129", "the delegate math ... the big number:
# 1,237", "With 222 delegates at stake, she is assured of winning at least 120" (realgold19
# gold "delegates"; PolNeAR politico, breitbart, huff-post, usa-today; delegate_counts.py).
DELEGATE_WORDS = frozenset({"delegate", "delegates", "superdelegate", "superdelegates"})
# Nouns a delegate number may modify that only hold the figure: "the 1,237 mark", "the magic
# 1,237 number" (the mark is a number of delegates); "1,237 delegates" is the count's own noun.
FIGURE_HOLDER_NOUNS = frozenset({"number", "mark", "threshold", "figure", "total"})
# Verbs of the race the parse may tag as plural nouns ("Cruz trails Trump 458 to 359"): no
# counted noun for a bare number after them (delegate_counts.py).
RACE_VERBS_AS_NOUNS = frozenset({"trails", "leads"})
# --- subjB41 (session 33) ---
# "a group of boosters - 34, to be exact", "a deluge of comments - nearly 300,000 in all": the
# dashes that set a bare count off after the noun it sizes, and the heads whose "of" names what
# such a count counts (dash_appositives.py).
DASH_TOKENS = frozenset({"-", "--", "—", "–"})
COLLECTIVE_HEADS = frozenset({
    "group", "deluge", "flood", "wave", "crowd", "army", "slew", "batch", "handful", "bunch",
    "team", "contingent", "delegation", "cadre", "roster", "stream", "string", "series",
})  # fmt: skip
# --- srcpn41 (session 33) ---
# "she added" after a quotation of "John Krystek": a pronoun stands for a person of its own
# gender (pronoun_gender.py). Titles and first names that say the gender, the ambiguous ones
# ("Pat", "Leslie", "Jordan") left out; a surname alone ("Clinton") says none.
MALE_TITLES = frozenset({"mr", "mr.", "sir", "father", "brother"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "sister"})
MALE_FIRST_NAMES = frozenset({
    "aaron", "adam", "alan", "albert", "alejandro", "alex", "andrew", "anthony", "antonin",
    "arthur", "barack", "ben", "benjamin", "bernie", "bernard", "bill", "bob", "bobby", "brad",
    "brian", "bruce", "carl", "charles", "charlie", "chris", "christopher", "chuck", "craig",
    "dan", "daniel", "david", "dennis", "dick", "don", "donald", "doug", "douglas", "ed",
    "edward", "eric", "frank", "fred", "gary", "george", "greg", "gregory", "harry", "harvey",
    "henry", "howard", "jack", "jacob", "james", "jason", "jeb", "jeff", "jeffrey", "jeremy",
    "jerry", "jim", "jimmy", "joe", "john", "jon", "jonathan", "joseph", "josh", "joshua",
    "keith", "ken", "kenneth", "kevin", "larry", "lindsey", "marco", "mark", "martin",
    "matt", "matthew", "michael", "mike", "mitch", "mitt", "neil", "nick", "paul", "pete", "peter",
    "phil", "philip", "ralph", "rand", "randy", "reince", "richard", "rick", "rob", "robert",
    "roger", "ron", "ronald", "rudy", "rudolph", "ryan", "sam", "samuel", "scott", "sean",
    "stephen", "steve", "steven", "ted", "thomas", "tim", "timothy", "tom", "tony", "walter",
    "wayne", "william", "zach",
})  # fmt: skip
FEMALE_FIRST_NAMES = frozenset({
    "abigail", "alice", "alison", "amanda", "amy", "andrea", "angela", "ann", "anna", "anne",
    "ashley", "barbara", "betsy", "betty", "beverly", "brenda", "carly", "carol", "caroline",
    "catherine", "chelsea", "christina", "christine", "cynthia", "debbie", "deborah", "debra",
    "diana", "diane", "donna", "dorothy", "elizabeth", "ellen", "emily", "erica", "erin",
    "frances", "gloria", "hannah", "heather", "heidi", "helen", "hillary", "huma", "ivanka",
    "jane", "janet", "jennifer", "jessica", "jill", "joan", "joyce", "judith", "judy", "julia",
    "julie", "karen", "kate", "katherine", "kathleen", "kathy", "kelly", "kelly-ann",
    "kellyanne", "kim", "kimberly", "laura", "lauren", "linda", "lisa", "liz", "loretta", "lori",
    "lynn", "maggie", "margaret", "maria", "marie", "marilyn", "martha", "mary", "maureen",
    "megan", "melania", "melissa", "michelle", "nancy", "nicole", "nikki", "pamela", "patricia",
    "paula", "rachel", "rebecca", "ruth", "samantha", "sandra", "sandy", "sarah", "sharon",
    "stephanie", "susan", "suzanne", "teresa", "theresa", "tina", "victoria", "virginia",
    "wendy",
})  # fmt: skip
# --- subj42 (session 34) ---
# Subjects that name only the kind of a poll figure, not whose it is: "poll support", "vote",
# "percentage points", "lead margin". A share or points figure a candidate owns ("Clinton's 76
# percent", "Bush was second with 18%", "Trump losing six percentage points") gets the
# candidate's name before such a subject (realgold24 golds: 76 percent -> 'Clinton'; audit
# subj42 on PolNeAR usa-today, huff-post, nyt; share_owners.py).
GENERIC_SHARE_SUBJECT_WORDS = frozenset({
    "poll", "support", "vote", "votes", "point", "points", "percentage", "percent", "lead",
    "margin", "in",
    # the margin verb as written after a margin ("lead margin led", poll_subjects.margin_of)
    "led", "leading", "trailed", "trailing", "trails", "won", "winning", "wins", "lost",
    "losing", "loses", "beat", "beating", "beats", "carried", "carrying", "carries",
    "defeated", "defeating", "defeats", "edged", "edging", "edges", "took", "taking", "takes",
    "decided",
})  # fmt: skip
# Verbs by which a candidate gains or loses points or a share: "Trump losing six percentage
# points", "Cruz gained six" (share_owners.py).
STANDING_CHANGE_VERBS = frozenset({"gain", "lose", "drop", "shed", "pick"})
# Verbs of a race whose subject holds the first figure of a pair after them: "Trump leads
# Clinton 43 percent to 41 percent", "Clinton beat Sanders 58 percent to 40 percent"
# (share_owners.py).
PAIR_RACE_VERBS = frozenset({"lead", "trail", "beat", "top", "edge", "defeat", "carry", "best"})
# --- time43 (session 35) ---
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


# --- part45 (session 37) ---
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
# Set phrases whose number counts nothing (gold README: idioms, vague amounts;
# ``number_idioms.py``): "think twice" (the verbs before "twice"), "six figures", "into the
# seven figures", "single digits" (the number words and the nouns after them).
THINK_TWICE_VERBS = frozenset({"think"})
VAGUE_FIGURE_NUMBERS = frozenset({
    "five", "six", "seven", "eight", "nine", "ten", "single", "double", "triple",
})  # fmt: skip
VAGUE_FIGURE_NOUNS = frozenset({"figures", "digits"})


# --- head49 (session 40) ---
# A telegraphic headline's casualty words, read by headline_casualties.py beside
# HEADLINE_PASSIVE_CASUALTY and HEADLINE_VOCAB_CASUALTY: "Teen gunned down near school" (killed),
# "Suspect dead after shooting" (killed), "Grandmother struck by stray bullet" (shot, only in a
# headline of gunfire, as "hit"), "Man beaten outside bar" (injured).
HEADLINE_STATE_CASUALTY = {
    "dead": "killed", "gunned": "killed", "struck": "shot", "beaten": "injured",
}  # fmt: skip
# Casualty words that say gunfire only where the headline speaks of it ("Boy hit by car").
HEADLINE_GUNFIRE_ONLY = frozenset({"hit", "hits", "grazed", "struck"})
# Active casualty words before their people, beside HEADLINE_OBJECT_CASUALTY: "Child
# accidentally shoots sibling", "Man stabs roommate", "Deputies shoot, wound armed man",
# "Police Shoot And Kill Armed Man", "Stray bullet hits toddler" (gunfire only).
HEADLINE_ACTIVE_VERBS = {
    "shoots": "shot", "shoot": "shot", "stabs": "injured", "stab": "injured",
    "kill": "killed", "wound": "injured", "hits": "shot",
}  # fmt: skip
# Words before a base-form casualty verb that make it no event ("threatens to shoot", "will kill").
HEADLINE_UNREAL_BEFORE = frozenset({
    "to", "will", "would", "could", "can", "may", "might", "not", "never", "cannot", "won't",
})  # fmt: skip
# Adverbs before an active casualty verb that make it a death ("Woman fatally shoots husband").
HEADLINE_FATAL_ADVERBS = frozenset({"fatally", "mortally"})
# Words after which a headline's clause of casualty opens again: "Man charged after girlfriend
# shot", "Vigil held for boy shot at park", "Shooting leaves man critically injured".
HEADLINE_CLAUSE_OPENERS = frozenset({"after", "for", "leaves", "left", "leaving", "as", "when"})
# The reflexive casualty after an active verb's people: "kills wife, then himself".
HEADLINE_SELF_WORDS = ("self", "himself", "herself")
# Words that tell a headline's "identified" victim was killed ("Victim identified in weekend
# homicide", "Man killed in crash identified" is read by its participle).
HEADLINE_FATAL_WORDS = frozenset({
    "homicide", "killing", "slaying", "murder", "fatal", "deadly", "death",
})  # fmt: skip
# Words that open no person before a person noun in a headline ("Drive-by leaves toddler"):
# casualty and clause words are never a person's modifier.
HEADLINE_NOT_MODIFIERS = frozenset({
    "leaves", "left", "after", "for", "and", "of", "in", "at", "by", "the", "a", "an", "with",
    "then", "while", "as", "when", "on", "near", "outside",
})  # fmt: skip
# Plural-looking words the parse tags so that still modify one person ("Police officer shot").
HEADLINE_PLURAL_MODIFIERS = frozenset({"police"})


# --- hypo (session 41) ---
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
)  # fmt: skip
# "sold 235,000 copies in eight months", "completed the tour within two weeks": a span of time
# in which what the verb says was done (gold subject: the doing, ``span_events.py``).
WITHIN_SPAN_PREPS = frozenset({"in", "within"})
# "for the second time in two months": a noun the span hangs on that only counts the doing.
OCCASION_NOUNS = frozenset({"time", "occasion"})
# Answers a poll share gives as one adjective right after it ("41 percent favorable and 56
# percent unfavorable", "37% liberal to 32% conservative", "6 percent undecided"): the golds
# name the answer (realgold7, realgold31: "favorable", "positive", "conservative").
# fmt: off
ANSWER_ADJECTIVES = frozenset({
    "favorable", "unfavorable", "favourable", "unfavourable", "positive", "negative",
    "liberal", "conservative", "moderate", "undecided", "unsure", "uncertain", "neutral",
    "opposed", "supportive", "satisfied", "dissatisfied", "optimistic", "pessimistic",
})
# fmt: on
# "a poll by the Ledger and Channel Nine": the entity kinds of a second author joined to a
# credited document's first (joined_authors.py).
JOINED_AUTHOR_ENTS = frozenset({"ORG", "PERSON", "NORP", "GPE"})
# --- subjects of spans of time said of a named party (session 43, `subjfresh`) ---------------
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
# --- implre (session 43) ---
# "a female who was deceased in the garage", "Ann Lee, 16 years old – deceased", "father to
# deceased victim Tom Lee": the police and list register's word for a death, said of one person
# however the parse hangs it (``deceased_states.py``; gold README "Implied counts").
DECEASED_WORDS = frozenset({"deceased"})
# the person nouns a name may follow in "deceased victim Tom Lee", "the slain officer Ann Ray"
DECEASED_NAME_ROLES = frozenset({"victim", "officer", "man", "woman", "teen", "boy", "girl"})
# --- anonsrc (session 43) ---
# People who speak for a candidate, campaign or company without a name, in the plural:
# "Clinton campaign aides believe", "Executives for Mondelez say", "Advisers to Mr. Rubio point
# out" (docs/gold-conventions.md "'X officials' as a source"; every tuning gold source with one of
# these plural heads is anonymous, with anonymous_source: 22 of 22).
STAFF_ROLE_HEADS = frozenset({
    "aide", "adviser", "advisor", "official", "executive", "representative", "staffer",
    "strategist", "operative", "confidant",
})  # fmt: skip
# --- pollpair (session 44) ---
# A net rating's sign (signed_figures.py): the marks glued to the number ("-11 points", "+32
# points"), the words of a minus, and the words that sign only a figure in points ("a net
# negative 6 points", "plus 21 points"; not "a negative 42%-49% approval rating").
SIGN_MARKS = frozenset({"-", "+", "−"})
MINUS_SIGN_WORDS = frozenset({"minus", "negative", "-", "−"})
SIGN_WORDS_BEFORE_POINTS = frozenset({"negative", "plus"})
# "she is at minus 72": the words of a sign, which the tagger may call a proper noun (not a
# name before its number; realgold golds: a net rating, a claim).
SIGN_WORDS = frozenset({"minus", "plus"})
# --- subj3 (session 45) ---
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
# --- fp3 (session 45): a named set counted again ---
# "those five states", "all three state polls", "the two companies": a determiner, a spelled
# size and a noun of the kind the article has just named one by one (set_re_mentions). The
# noun's kind is the entity label its members carry; a compound noun is read by its head
# ("state polls" counts the states polled, its first word). Places and bodies only: people
# ("the two American billionaires") are PolNeAR figures whose source we have right, and named
# pairs of people are left to ``named_pairs``.
SET_RE_MENTION_DETERMINERS = frozenset({"the", "those", "these", "all"})
SET_RE_MENTION_KINDS = {
    "state": frozenset({"GPE"}),
    "country": frozenset({"GPE"}),
    "nation": frozenset({"GPE"}),
    "city": frozenset({"GPE"}),
    "county": frozenset({"GPE"}),
    "territory": frozenset({"GPE"}),
    "company": frozenset({"ORG"}),
    "firm": frozenset({"ORG"}),
    "network": frozenset({"ORG"}),
    "newspaper": frozenset({"ORG"}),
    "bank": frozenset({"ORG"}),
    "union": frozenset({"ORG"}),
}
# --- subj4 (session 46) ---
# Number words that multiply the number before them ("two dozen", "three score"): the parse may
# hang them on that number ("more than two dozen other wealthy investors"), which then holds
# the noun counted (subjects.py).
MULTIPLYING_NUMBER_WORDS = frozenset({"dozen", "score"})


# --- fp5 (session 47): a pair named again by any plural noun ---
# "the two American billionaires", "those two gentlemen", "the two hometown winners" after both
# are named (named_pair_nouns). Words that make the sentence a casualty or crime report, where
# "the two" + noun counts the people or events at issue ("The two deaths Thursday raise the
# total", "The two wounded people were airlifted"): the named pairs' crime words, without
# "want" ("I want to thank Ted Kennedy because those two gentlemen ..."; "wanted" stays), and
# the casualty nouns and states.
NAMED_PAIR_CASUALTY_WORDS = (NAMED_PAIR_CRIME_WORDS - {"want"}) | frozenset({
    "wanted", "wounded", "injured", "killed", "death", "shooting", "killing", "slaying",
    "murder", "homicide", "stabbing", "hospital", "gunfire", "gunshot", "custody",
})  # fmt: skip


# --- nosrc (session 47): what frames an act of saying (speech_frames.py) ---
# "He said, twice, that ...": words that count the times a speaker spoke, the writer's count.
SPEECH_COUNT_WORDS = frozenset({"once", "twice", "thrice"})
# "Supporters say by 55%-41% that ...", "he said of the plan to hire 800": prepositions on "say"
# that frame the saying, not its content; "in" only opening the sentence before the verb ("in a
# shift from 150 years of law, Lee said that ..."), not after it ("said in addition to ...").
SPEECH_FRAME_VERBS = frozenset({"say"})
SPEECH_FRAME_PREPS = frozenset({"by", "of"})
SPEECH_FRONT_PREPS = frozenset({"in"})


# --- subj5 (session 47): subjects of participles and bare counts ---
# "..., offering $40 billion", "since peaking at $3.4 billion": the dependencies of a
# participle adjunct said of its clause's subject (``participle_doers``), not one that modifies
# a noun ("donors giving $250", acl).
PARTICIPLE_DOER_DEPS = frozenset({"advcl", "pcomp"})
# "space for six booths ... space for five", "we were at 30 percent ... at 4 and 5": the
# prepositions whose bare count leaves out the noun a figure before it names (``unnamed_counts``)
UNNAMED_COUNT_PREPS = frozenset({"at", "for"})


# --- formats (session 48): number mentions the finder never saw ---
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
# "2½ years": the fraction glyphs a figure may end in (mixed_fractions.py).
FRACTION_GLYPHS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
# --- implvoc (session 48): ordinary news words for killed, shot and injured ---
# docs/gold-conventions.md "Vocabulary of casualty shapes (session 29)": words a local crime
# reporter writes for the same events, each read by ``casualty_vocab7.py`` or
# ``casualty_measures.measure_of``.
# "A man was beaten to death", "strangled to death", "was bludgeoned to death with a hammer":
# verbs of violence that say a killing only with "to death" ("beaten" alone is no count, "beat
# the Lakers" none; "bored / scared / worked to death" are not in the list).
DEATH_MANNER_VERBS = frozenset({
    "beat", "bludgeon", "strangle", "choke", "maul", "stomp", "kick", "club", "hack", "punch",
    "stab", "shoot", "burn", "crush", "trample", "torture", "batter", "pummel", "slash",
    "bleed",  # "A man bled to death on the sidewalk" (implwide)
})  # fmt: skip
# "A woman perished in the attack": an intransitive verb of death, as "die" (the subject).
PERISH_VERBS = frozenset({"perish"})
# "A man was assassinated outside his office", "the gunman executed a clerk": verbs that say a
# killing of a person as plainly as "murder" (a search warrant or a plan executed has no person).
KILLING_VOCAB_VERBS = {"assassinate": "killed", "execute": "killed"}
# "was the victim of a fatal shooting", "fell victim to a stabbing", "A homicide victim was
# identified": the event a victim suffered says the measure ("fatal" or "deadly" makes a
# shooting a killing); "victim of fraud" or "of gun violence" says none.
VICTIM_EVENT_NOUNS = {
    "homicide": "killed", "murder": "killed", "killing": "killed", "slaying": "killed",
    "shooting": "shot", "stabbing": "injured",
}  # fmt: skip
# the compound events of "a murder victim", "a homicide victim" (a killing: the victim is dead);
# "a shooting victim" stays with the verbs of care that read it (injured).
FATAL_VICTIM_COMPOUNDS = frozenset({"homicide", "murder", "slaying"})
# "Friends remembered a slain teen", "the family of a murdered woman": an indefinite person's
# modifier that says a killing (the definite "the slain officer" is FATAL_MODIFIERS').
FATAL_INDEFINITE_MODIFIERS = frozenset({"slain", "murdered", "deceased"})
# "the family of a murdered woman", "a slain teen's mother", "friends of a slain soldier": who a
# killed person leaves behind, and what the killing left ("the funeral of", "the killer of",
# "the slaying of"), the owners by which a new one is named (modified_victims.py, implvoc2).
MOURNER_NOUNS = frozenset({
    "family", "families", "mother", "father", "parent", "son", "daughter", "sister", "brother",
    "wife", "husband", "widow", "widower", "child", "relative", "friend", "loved", "mom", "dad",
    "grandmother", "grandfather", "aunt", "uncle", "cousin", "fiancee", "fiance", "girlfriend",
    "boyfriend", "classmate", "neighbor", "coworker", "teammate", "funeral", "memorial",
    "vigil", "grave", "name", "death", "killer", "murderer", "slaying", "killing", "body",
})  # fmt: skip
# "A man took a bullet to the leg", "caught a bullet in the shoulder": the verbs by which a
# person receives a bullet (a part of the body after "to" or "in"; "took a bullet for the team"
# is an idiom).
BULLET_TAKING_VERBS = frozenset({"take", "catch"})
# what such a verb takes: the gunfire nouns a single shot is
TAKEN_GUNFIRE_NOUNS = frozenset({"bullet", "round", "slug", "shot"})
# "A man passed away from his injuries", "the teen passed away at the hospital": the verb and
# its particle that say a death as plainly as "died" (the subject; "passed the bill" is none).
PASSING_AWAY = ("pass", "away")
# "A woman was found lifeless in the driveway": a state after "found" that says a death, besides
# DEAD_STATE_WORDS ("found unresponsive" is no death: it may be an overdose, and many recover).
FOUND_LIFELESS_WORDS = frozenset({"lifeless"})
# "A man was found with multiple stab wounds", "a woman with a knife wound to the arm": the
# kinds of wound a blade gives, read as a gunshot wound is (injured).
BLADE_WOUND_MODIFIERS = frozenset({"stab", "knife"})
# "A man suffered fatal injuries", "sustained a fatal gunshot wound to the head", "was found with
# a mortal wound": a wound that says the person died (killed, not injured).
FATAL_WOUND_MODIFIERS = frozenset({"fatal", "mortal", "deadly"})
# "Man stabbed his wife", "Senator assassinated the bill": the words that open an object after a
# headline's casualty participle, making it active (HEADLINE_VOCAB_CASUALTY says nothing of the
# people before it).
HEADLINE_OBJECT_OPENERS = frozenset({
    "the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "that",
})  # fmt: skip
# "Deputies found a man unresponsive with gunshot wounds", "was found unconscious with a gunshot
# wound": a state between a person found and the wound they have (the wound says the harm; the
# state alone counts no one: "found unresponsive" may be an overdose).
FOUND_STATE_WORDS = frozenset({"unresponsive", "unconscious", "motionless"})
# --- partisan3 (session 50) ---
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
# A candidate's regret of its own act is the act told (own_record.py): "I should have used two
# email addresses" (realgold33 gold: partisan), unlike a hope or a supposition ("I would cut").
OWN_ACT_REGRET_MODALS = frozenset({"should"})
# A candidate's people named as one body in a source phrase (candidate_staff.py): "Pratt's
# team said", "the Pratt camp says" (docs/gold-conventions.md "Candidates and campaigns as a
# partisan source": the campaign or its staff; realgold24 gold: "his team", partisan).
CANDIDATE_CAMP_NOUNS = frozenset({"team", "camp"})
# --- subj51 (session 51): what a figure of points alone measures (unit_holders.py) ----------
# "a net negative 6 points", "plus 21 points": the words of a net rating before the points,
# which the golds name (realgold7 gold of a favorability poll: "net negative").
NET_RATING_WORDS = frozenset({"net", "negative", "positive", "plus", "minus"})
# "that's down 13 points from her average", "up four points": the direction of the change.
POINT_CHANGE_WORDS = frozenset({"up", "down"})
# "pitched seven innings, and the Red Sox won, 4-2", "beat Clemson 45-40 in the title game": words
# of a game, in whose sentence (or the one before) a tally is a score, not a vote (tallies.py;
# realgold7, realgold14, realgold16 golds: "score"). Not "team" or "race": campaigns have both.
SPORTS_WORDS = frozenset({
    "game", "games", "season", "postseason", "inning", "innings", "championship", "playoff",
    "playoffs", "football", "basketball", "baseball", "hockey", "soccer", "tournament",
    "halftime", "overtime", "quarterback", "touchdown", "touchdowns", "defense", "offense",
})  # fmt: skip
# Words of an election: beside them a tally is a vote, whatever game words the sentence has
# ("won the game of politics, 55-45 in the primary"; with ``TALLY_VOTE_WORDS``).
ELECTION_NOUNS = frozenset({
    "primary", "primaries", "caucus", "caucuses", "precincts", "returns", "election",
    "elections", "delegates", "electorate",
})  # fmt: skip
