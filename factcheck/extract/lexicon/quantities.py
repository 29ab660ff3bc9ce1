"""Rule data of quantities, used by more than one stage of extraction: qualifiers of a figure
(approximate, bounds), number, scale and fraction words, currencies, percent and point words, and
the spaces and signs a figure may be written with.
"""

# fmt: off
# "about", "around", "roughly", "some", "nearly", "almost", "an estimated" -> approximate;
# "near 10 percent", "hovering near 60%" are about it (realgold5, realgold12 golds); so are "Just
# shy of half", "not quite 13 cents", "barely half" (realgold8, realgold32, realgold35 golds);
# a rival's "put it closer to 1,100" is about it (wireb, wiree golds: 3 of 3 approximate).
# A witness's guess right before the figure, "maybe 200 in our coach", "for maybe 20 minutes", is
# about it, "maybe" inside the span (tests/wirea, wirew, wirex golds: 3 of 3 approximate, three
# writers). Not "perhaps": "perhaps four out of five" is exact with "perhaps" outside (wiree gold).
APPROXIMATE_QUALIFIERS = frozenset({
    ("about",), ("around",), ("roughly",), ("some",), ("nearly",), ("almost",), ("approximately",),
    ("approx.",), ("circa",), ("c.",), ("estimated",), ("an", "estimated"), ("close", "to"),
    ("some", "estimated"), ("in", "the", "region", "of"), ("on", "the", "order", "of"), ("near",),
    ("just", "shy", "of"), ("not", "quite"), ("barely",), ("closer", "to"), ("maybe",),
})
# "more than", "over", "at least", "crossed", "exceeded" -> lower_bound; "Just over a quarter"
# is over it as the gold README reads "over" (realgold tuning gold: lower_bound); "upward of $10
# million", "north of 65 million" are more than it (realgold3, realgold10 golds); "not less
# than 53%" is "no less than" (wireb gold: lower_bound).
LOWER_BOUND_QUALIFIERS = frozenset({
    ("more", "than"), ("over",), ("at", "least"), ("above",), ("in", "excess", "of"),
    ("no", "fewer", "than"), ("no", "less", "than"), ("greater", "than"), ("at", "minimum"),
    ("a", "minimum", "of"), ("well", "over"), ("well", "above"), ("well", "beyond"), ("beyond",),
    ("exceeding",), ("topping",), ("just", "over"), ("just", "above"), ("upward", "of"),
    ("upwards", "of"), ("north", "of"), ("not", "less", "than"), ("not", "fewer", "than"),
    # "the real deficit was "nothing less than 7%"" (tests/wiren gold: lower_bound)
    ("nothing", "less", "than"), ("nothing", "short", "of"),
})
# The first words of the comparative qualifiers a negated clause turns round ("will not go back
# for less than 9%", "at no point were there more than 42,000": ``negated_comparatives``)
COMPARATIVE_QUALIFIER_WORDS = frozenset({
    "more", "less", "fewer", "over", "under", "above", "below", "greater",
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
# Shares (gold README, "Shares"): "a third", "two-thirds", "half of voters" -> the fraction.
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10,
    "fourths": 4, "eighths": 8,  # "three-fourths of them": a plural is never an ordinal (fppn41)
}
# "eight of 10 voters", "one in five": the words joining a part to its whole.
SHARE_JOINERS = frozenset({"of", "in"})
# "12 of the 19", "two of those seven cities": a determiner between "of" and a share's whole
WHOLE_DETERMINERS = frozenset({"the", "those", "these"})
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
# "US$100 million", "HK$123 million" (gold README, span includes the currency).
CURRENCY_SYMBOLS = {
    "us$": "USD", "$": "USD", "usd": "USD", "hk$": "HKD", "a$": "AUD", "au$": "AUD", "c$": "CAD",
    "ca$": "CAD", "nz$": "NZD", "s$": "SGD", "£": "GBP", "gbp": "GBP", "€": "EUR", "eur": "EUR",
    "¥": "JPY", "₹": "INR", "rs": "INR", "₽": "RUB", "₪": "ILS",
    "$us": "USD", "us": "USD",  # "$US12 million" (issue 11, "Formats"): only glued to digits
    # the signs of international wire copy's currencies, glued to the digits ("GH¢14.2bn",
    # "₦1,450"; tests/wiren, wireo, session 67): none is a word or a letter alone
    "gh¢": "GHS", "gh₵": "GHS", "₦": "NGN", "₱": "PHP", "₩": "KRW", "₺": "TRY", "₫": "VND", "৳": "BDT",
    "r$": "BRL", "ksh": "KES",
}
# A capital letter a currency is written with only before a number grouped in thousands:
# "N2,240", "N165,000" (the naira in Nigerian copy; tests/wireo, 11 figures); not "N95" (a
# mask) nor "N1" (a road), which are names (number_values.NUMERAL_RE).
GROUPED_CURRENCY_LETTERS = {"N": "NGN"}
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY", "rupee": "INR",
    "rouble": "RUB", "ruble": "RUB", "shekel": "ILS", "franc": "CHF", "peso": "MXN", "won": "KRW",
    # the currencies of international wire copy ("stole 1.2 billion shillings", "pay 200,000
    # taka"): a unit, not what the money counts (tests/wirea, wireb, session 64); the code is
    # the commonest country's, as "pound" is GBP. Not "rand" or "real" (names, adjectives).
    "shilling": "KES", "naira": "NGN", "kwacha": "ZMW", "taka": "BDT", "rial": "IRR",
    "riyal": "SAR", "dirham": "AED", "dinar": "IQD", "lira": "TRY", "lire": "TRY", "cedi": "GHS",
    "birr": "ETB", "hryvnia": "UAH", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF",
    "baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "krona": "SEK", "kronor": "SEK",
    "krone": "NOK", "kroner": "NOK",
    # "31 trillion dong", "1.4 million leones", "85 million soles" (tests/wiree, wireg, session
    # 65): "soles" is the plural of "sol", "sole" only its spelling with the "s" stripped.
    "dong": "VND", "leone": "SLE", "sol": "PEN", "sole": "PEN",
    # "allocated 2.5 billion gourdes (about $19 million)" (tests/wirek, session 66): the rest of
    # the currencies such copy names, none of them a common word
    "gourde": "HTG", "kyat": "MMK", "tenge": "KZT", "quetzal": "GTQ", "lempira": "HNL",
    "kwanza": "AOA", "metical": "MZN", "somoni": "TJS", "manat": "AZN", "tugrik": "MNT",
    "riel": "KHR", "dalasi": "GMD", "ariary": "MGA",
    # "announced 1.2 billion reais", "500 million meticais", "fined up to 5,000 lari" (tests/
    # wire2d, wire2e, wire2g, wire2a, wire2h, session 70): plurals the tagger keeps as lemmas
    # (Brazil's "real" alone stays out, an adjective), and Georgia's lari
    "reais": "BRL", "meticais": "MZN", "lari": "GEL",
}
PERCENT_WORDS = frozenset({"percent", "per cent", "%", "percentage", "pct"})
# "the top 1 percent", "the bottom 90 percent": adjectives that, like a superlative ("the
# richest 1 percent"), pick a group out of a ranking (``ranked_shares.py``).
RANKED_GROUP_WORDS = frozenset({"top", "bottom"})
# "the lower half of the income distribution", "the upper third": a comparative that, before a
# fraction, picks a group out of a ranking as "top" does (group_percentiles.py; realgold48).
RANKED_PART_WORDS = frozenset({"upper", "lower"})
# "six percentage points", "a lead of 29 points": the unit of a margin.
POINT_WORDS = frozenset({"point", "points", "pts"})
# No-break spaces (U+00A0, narrow U+202F, figure space U+2007) the tokenizer reads as plain
# spaces where they touch a figure: "almost\xa014\xa0million" is one figure (plain_spaces.py)
NO_BREAK_SPACES = frozenset({"\u00a0", "\u202f", "\u2007"})
# one-character currency signs a figure may open with ("at least\xa0$345,430")
SINGLE_CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥", "₹", "₽", "₪"})
