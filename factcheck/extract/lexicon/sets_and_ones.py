"""Rule data for numbers that pick out what the text named before or mean "a": pairs and sets
named again, "one" as an article or a pronoun (``extract/not_claims/``).
"""

from factcheck.extract.lexicon.shared import PERSON_NOUNS

# fmt: off
# "the five boroughs", "the 50 states": a place named by its number of parts, after "the"
# (``set_names.py``, fp4; realgold8, realgold31, realgold32 golds: part of a name).
SET_NAMES = frozenset({("five", "boroughs"), ("50", "states"), ("fifty", "states")})
# "the two candidates are tied", "between our two countries", "the two cities share a drain":
# "two" after a definite determiner, right before one of these nouns, names again a pair
# already named, not a count (realgold3, realgold10, realgold12, realgold14, realgold19,
# realgold20 golds: not claims). Not "the two men" (a count of suspects in local news) nor
# "the two chief antagonists" (a noun with its own modifier).
PAIR_RE_MENTION_DETERMINERS = frozenset({"the", "our", "these", "those"})
PAIR_RE_MENTION_NOUNS = frozenset({
    "candidate", "country", "nation", "city", "state", "party", "campaign", "camp", "side",
    # "the death toll reported by the two governments", "The two groups' counts differ" after
    # both are named (tests/wirep, wireo golds: re-mention of a named pair; session 67)
    "government", "group",
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
# the pronoun a re-mentioned group is counted out of: "the two of them", "the three of us"
PRONOUN_GROUP_OBJECTS = frozenset({"them", "us", "you"})
# what a re-mentioned list names ("Florida or Ohio, the two primaries"): places and bodies, not
# people (``named_pairs`` reads those, with the casualty reports' exceptions)
LISTED_SET_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})
# the spelled sizes of a list named again after it ("Florida and Ohio, the two states")
LISTED_SET_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# the marks that set a number in apposition after the list it counts ("Lee and Roe, two TV
# hosts", "Abel, Barr and Cole ― three former members"; ``listed_appositives``)
LISTED_APPOSITIVE_MARKS = frozenset({",", ":", "-", "--", "–", "—", "―"})
# "a delegate or two", "an anecdote or two": the number after "or" that makes the phrase a
# vague "one or two" (gold README: vague amounts are not claims), the articles that open the
# noun phrase ("the issue or two on which they agree" is as vague: realgold50 gold), and how
# many words (nouns, adjectives, "or") may stand between the article and the "or" ("a council
# member or two", "a fighter or aircraft or two")
OR_TWO_NUMBERS = frozenset({"two"})
OR_TWO_STARTS = frozenset({"a", "an", "the"})
OR_TWO_REACH = 5
# "one industrial park after another", "from one contest to the next": the words joining the
# "one" of a succession to the pronoun that ends it ("the" may stand between: "to the next")
SUCCESSION_JOINERS = frozenset({"after", "to"})
SUCCESSION_ENDS = frozenset({"another", "next", "other"})
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
# "one" as the article "a" before a singular noun (indefinite_one.py): "according to one
# research firm", "in one case", "one evening in June", "is one example", "one user commented"
# count nothing. The noun's links where that reading is the rule: a preposition's object, a
# subject, a predicate, a time adverbial (an object, "faces one count", is left alone).
INDEFINITE_ONE_NOUN_DEPS = frozenset({"pobj", "nsubj", "nsubjpass", "attr", "npadvmod"})
# "had one message for voters", "tells one joke", "offered one explanation": as an object,
# a thing said or thought is picked out, not counted (clm63 pool: "one" = "a" before a message,
# a joke, a management style). Not what is filed, asked or answered and so counted ("a judge
# granted one request", "the board received one complaint", "took one question").
ONE_SAID_THING_NOUNS = frozenset({
    "message", "joke", "story", "anecdote", "explanation", "idea", "argument", "thought",
    "theme", "style",
})
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
# A margin is counted: "the bill failed by one vote", "she lost the primary by one seat" (gold
# conventions, margins are claims): the verbs whose "by" gives the margin, beyond a poll's
# MARGIN_VERBS ("won by one point"), those of a vote or a race.
ONE_MARGIN_VERBS = frozenset({"pass", "fail", "approve", "reject", "confirm", "miss", "clear"})
# ... and the units a margin is counted in ("by one vote"), not the doer of a passive ("was
# rejected by one judge", "passed by one chamber").
ONE_MARGIN_UNITS = frozenset({"vote", "point", "seat", "delegate", "ballot", "stroke", "goal", "run"})
# People as local news names them, counted there even bare ("I saw one guy laid out", realgold16
# gold: implied count; "one man", "one victim", "one suspect"): PERSON_NOUNS and the casual words.
INDEFINITE_ONE_PEOPLE = PERSON_NOUNS | frozenset({"guy", "gentleman", "lady", "casualty"})
# "one more chance", "one more reason to", "one last media splash", "one last round": after
# "one", the words that make it "another" or "a final", no count (one_more.py)
ONE_MORE_WORDS = frozenset({"more", "last"})
# ... kept a count where the sentence needs or compares it: "need one more seat to win control",
# "won one more delegate than Sanders", "one more vote short of a majority"
ONE_MORE_COUNTING_WORDS = frozenset({
    "need", "require", "than", "short", "shy", "away", "behind", "ahead",
})  # fmt: skip
# "One recent afternoon, two volunteers were running a phone bank", "one chilly night this
# July", "Early one evening in June": "one" before a part of the day that tells when is the
# article, even beside other figures (indefinite_one.py); kept after a verb of staying ("spent
# one night in jail", "stayed one night": a count of nights).
ONE_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
ONE_DAY_PART_STAY_VERBS = frozenset({"spend", "stay", "remain", "last", "sleep", "keep", "hold"})
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
# "One" that measures beside its idiom words (not_claims/one_counts.py): the words that may
# stand between it and what governs it ("in just one day", "by only one point") ...
ONE_COUNT_BOUNDS = frozenset({"just", "only", "exactly", "barely", "merely"})
# ... the prepositions that make "one day" a window or a stretch ("In one day, we raised
# $18,000", "for one day"), not "one day he will" or "at one time" ...
ONE_MEASURE_PREPS = frozenset({"in", "for", "within", "over", "than"})
# ... the verbs whose points are a move ("gained one point", "slipped one point") ...
ONE_POINT_VERBS = frozenset({
    "gain", "lose", "rise", "fall", "drop", "slip", "climb", "dip", "jump", "trail", "lead",
    "edge",
})  # fmt: skip
# ... and the verbs whose bare object "one" stands for things the sentence counts ("Cruz won
# three states and Rubio won one"; "in one" after a preposition too).
ONE_ELLIPSIS_HEADS = frozenset({
    "win", "carry", "take", "lose", "have", "hold", "get", "gain", "flip", "capture", "claim",
    "add", "score", "pick", "sweep", "need",
})  # fmt: skip
