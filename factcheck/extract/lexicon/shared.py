"""Rule data used by more than one stage of extraction (or only outside it, as flags.py's key
words): units, reporting verbs, source heads, person nouns and the like. The words of quantities
(qualifiers, number, scale and fraction words, currencies) are in ``lexicon.quantities``.
"""

from factcheck.extract.lexicon.person_nouns import (
    BROAD_PERSON_NOUNS,
    NOT_PERSON_ENDING_TAILS,
    NOT_PERSON_ENDING_WORDS,
    PERSON_ENDINGS,
)

# fmt: off
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
STREET_WORDS = frozenset({
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane",
    "ln", "court", "ct", "place", "pl", "way", "highway", "hwy", "parkway", "pkwy", "circle",
    "terrace", "trail", "pike",
})
# Units that make a number a span of time; "nearly two years ago" places an event in time.
TIME_UNITS = frozenset({
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
})
# "a 50-year low", "a 13-year high": the noun of a record a span of time holds over
# (record_spans.py; gold README "the slowest rate in 13 years").
RECORD_SPAN_NOUNS = frozenset({"low", "lows", "high", "highs"})
# Months and weekdays: a number next to one is a date (spaCy sometimes misses these).
MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
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
# The name words above that are written abbreviated with a full stop ("No. 12858", "Prop. 8"):
# only these make a number after a "." a label; "shot inside a hotel room. One round was
# fired" ends a sentence on "room" (branch num54).
ABBREVIATED_NAME_PRECEDERS = frozenset({"no", "nos", "prop"})
# Verbs whose "to" introduces the new level, not a range's top: "fell 12% to HK$18.40".
CHANGE_VERBS = frozenset({
    "rise", "fall", "drop", "climb", "increase", "decrease", "decline", "grow", "jump", "slip",
    "slide", "surge", "plunge", "soar", "tumble", "gain", "lose", "ease", "sink", "shrink",
})
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
    # "the poll reaffirmed that ...: 42% of Ohioans say ...": a restated finding, like "confirm"
    "reaffirm",
})
# Post-nominal words that describe an unnamed source and belong to its phrase: "people
# familiar with the matter", "officials close to the talks", "sources briefed on the plans".
SOURCE_DESCRIPTORS = frozenset({"familiar", "close", "briefed", "involved", "knowledgeable"})
# Of those, the words that also name the people an event happened with: "the three men involved
# in the shooting", "one of two terrorists involved in the attacks" count participants; such a
# count is the number of sources only when its noun reports ("two officials involved in the
# talks said"), which the not-claim test reads from the reporting verb, not from this word.
PARTICIPANT_DESCRIPTORS = frozenset({"involved"})
# Unnamed people or unspecified sources -> anonymous ("a US official said", "sources familiar").
ANONYMOUS_HEADS = frozenset({
    "official", "source", "diplomat", "person", "people", "insider", "aide", "officer", "report",
    "reports", "witness", "resident", "observer", "analyst", "expert", "someone", "individual",
    "member", "staffer", "employee", "worker", "activist", "medic", "doctor", "lawmaker",
    "legislator", "negotiator", "mediator", "spokesperson", "spokesman", "spokeswoman",
    "representative", "rumor", "rumour", "leak", "document", "estimate", "figure", "account",
})
# Titles of courtesy the named-entity tagger leaves out of a person's name ("Mr. Rubio" tagged
# "Rubio"); a pronoun resolved to the name keeps them, as the golds write the name.
COURTESY_TITLES = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"})
# Titles that make the name after them a person's ("Mr. Trump" even beside "Trump University").
PERSON_TITLES = COURTESY_TITLES | frozenset({
    "sen.", "rep.", "gov.", "sgt.", "lt.", "det.", "officer", "judge", "senator", "governor",
})
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
    # a military government ("the junta said": tests/wiree e_1, named_org)
    "junta",
    "un", "idf",
    # a government named by its territory (issue 11): "the state said", "the city said"
    "state", "city", "county", "town", "township", "village", "province",
    # "the intelligence community has concluded"
    "community",
    # law enforcement speaking as a body, as "police" does (real gold: "Deputies",
    # "Investigators", "North Carolina investigators"); one "officer" stays anonymous
    "deputies", "investigators", "detectives", "troopers",
    # a maritime or armed service speaks as a body, as "the army" does ("The coastguard said":
    # tests/wireb b_4, named_org)
    "coastguard", "navy",
    # a fire service, a railway operator and a court's trial chamber speak as bodies ("the fire
    # brigade said", "The railway says", "The chamber found": tests/wirej, wirel, wiref,
    # named_org)
    "brigade", "railway", "railways", "chamber",
    # bodies of wire copy the golds write named_org, each by two writers or more: a growers'
    # cooperative, a search collective, a civil defence directorate or its headquarters, a
    # presidential palace ("The collective also says", "the directorate said", "the civil
    # defence says", "The presidential palace said": tests/wirep, wirev, wirex, wirez, wirek)
    "cooperative", "collective", "directorate", "headquarters", "palace", "defence", "defense",
})
# Nominal sources (issue 11): polls, surveys and studies attribute the figures of the verb
# they are the subject of ("The poll surveyed 552 voters", "a study concluded ... $350") and
# of the clause they frame with "in" ("In a Reuters poll, 50 percent chose ...").
SURVEY_HEADS = frozenset({
    "poll", "survey", "study", "report", "analysis", "census", "audit", "research",
    "investigation", "review", "assessment", "average", "polling",
})
# Pronouns whose referent is found in earlier text.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# Titles of address the real gold keeps before a name ("Chief Tim Styka", "Sgt. Kevin Lee"),
# unlike a role ("WHO spokesperson Daniel Amadou" -> "Daniel Amadou").
ADDRESS_TITLES = COURTESY_TITLES | frozenset({
    "chief", "sheriff", "trooper", "sgt.", "sgt", "sergeant", "officer", "detective", "det.",
    "capt.", "captain", "lt.", "lieutenant", "deputy", "cpl.", "corporal", "inspector",
    "commander", "cmdr.", "constable", "marshal",
})
# Nouns that let a caveat sentence refer back to earlier figures ("Those numbers cannot be
# independently verified").
FIGURE_NOUNS = frozenset({
    "number", "figure", "toll", "count", "tally", "total", "estimate", "statistic", "datum",
    "data", "claim", "report", "account", "casualty", "death", "post", "allegation", "statement",
    "assessment", "projection", "result",
})
# Subjects that only hold the figure, so a hedge on their clause is on it: "A total of 300 are
# believed dead", "The number of victims could be as high as 40" (not "The deaths of four
# people may have been part of a robbery").
QUANTITY_SUBJECTS = frozenset({
    "total", "number", "toll", "count", "tally", "figure", "estimate", "sum", "amount",
})
# Determiners that make a figure a known one: "Trump's two rivals", "the four Americans killed",
# "the two dozen states": a belief or modal outside the phrase does not hedge it.
DEFINITE_DETERMINERS = frozenset({"the", "these", "those", "this", "that", "all"})
# "put the debt at $4 billion", "raised the reward by $5,000", "raised the toll to 267".
VALUATION_PREPS = frozenset({"at", "by", "to"})
# Units of length: a distance with no noun measures the distance ("some 50 meters").
LENGTH_UNITS = frozenset({
    "mile", "miles", "kilometer", "kilometers", "kilometre", "kilometres", "km", "kms", "foot",
    "feet", "ft", "yard", "yards", "meter", "meters", "metre", "metres", "inch", "inches",
})
# "the first death in a decade", "the only loss in 13 years": a record over a span of time
# (superlatives are found by their tag).
RECORD_MODIFIERS = frozenset({"first", "only", "last", "record", "lowest", "highest"})
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
# A spokesperson speaks for one body: "WHO spokesperson Daniel Amadou" is a named person.
SPOKESPERSON_HEADS = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# Verb lemmas and the measure they imply. "shot" alone is "shot" (maybe fatal, maybe not),
# unless a conjunct or adverb says ("shot and killed", "fatally shot", "shot and wounded").
CASUALTY_VERBS = {
    "kill": "killed", "die": "killed", "wound": "injured", "injure": "injured",
    "hospitalize": "injured",  # "a woman was hospitalized" after a shooting
    "survive": "injured",  # "Both victims survived": shot, not killed
}  # fmt: skip
MULTIPLE_EVENT_NOUNS = {
    "homicide": "killed", "murder": "killed", "killing": "killed", "slaying": "killed",
    "shooting": "shot", "stabbing": "injured",
}  # fmt: skip
# "the fatal shooting of a man", "the killing of his wife": event nouns whose "of" names victims.
NOMINAL_EVENTS = {
    "shooting": "shot", "killing": "killed", "slaying": "killed", "murder": "killed",
    "death": "killed",
}  # fmt: skip
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


class PersonNouns(frozenset[str]):
    """Lower-case words for one person: the listed words, and any word on a person's ending
    (``PERSON_ENDINGS``: "motorcyclist", "pediatrician", "octogenarian"; impl56). Membership is the
    one question the casualty gates ask of it (``lemma in CASUALTY_PERSON_NOUNS``), so every
    gate reads the endings without a change of its own; iterating gives the listed words only."""

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or (
            isinstance(word, str) and has_person_ending(word)
        )


def has_person_ending(word: str) -> bool:
    """ "bicyclist", "technician", "octogenarian": a word on a person's ending, long
    enough that the ending is a suffix, and not one of the known things on such an ending."""
    return (
        word.isalpha()
        and word.islower()
        and word not in NOT_PERSON_ENDING_WORDS
        and not word.endswith(NOT_PERSON_ENDING_TAILS)
        and any(word.endswith(e) and len(word) >= n for e, n in PERSON_ENDINGS.items())
    )


CASUALTY_PERSON_NOUNS = PersonNouns(PERSON_NOUNS | BROAD_PERSON_NOUNS | PLAIN_PERSON_NOUNS)
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
# "10 cubic kilometres of ice", "30,000 hectares of wheat", "a cost of 4,000 Swiss francs",
# "charged 2,000 dinars", "420 parts per million": a unit measures; what it measures is named
# by its "of", its owner or its clause (lemmas; lengths are LENGTH_UNITS).
MEASURE_UNIT_LEMMAS = frozenset(
    "hectare acre kilometre kilometer metre meter mile foot yard inch litre liter gallon "
    "tonne ton kilogram kilo gram ounce pound part degree celsius fahrenheit dinar franc peso rupee euro dollar yen yuan "
    "shekel riyal dirham lira rand naira baht ringgit rouble ruble krona krone zloty cent".split()
)
# "turnout was down an average of 30 percent", "an average of 500 a day": an average, like a
# total, is what its "of" or its clause names (joins PARTITIVE_HEADS as COUNT_HEADS in
# ``noun_phrases.py``).
AVERAGE_HEADS = frozenset({"average", "mean", "median"})
CARE_NOUNS = frozenset({"hospital", "surgery"})
# Polls no pollster owns ("exit polls", "the most recent polling in Ohio", "state surveys")
# are unspecified: anonymous, as the real golds write them; one poll ("a new poll") is not.
UNNAMED_POLL_WORDS = frozenset({"polls", "surveys", "polling"})
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
# Belief verbs whose own modifiers are no belief: "think twice", "we think about the big number:
# 1,237" (3 PolNeAR articles); what is believed is the verb's clause ("Officials believe 12
# people drowned", "12 are believed to have drowned").
BELIEF_VERBS = frozenset({"think", "believe"})
ONE_PART_CONDITIONS = frozenset({"critical", "stable", "serious", "fair", "good", "grave"})
SURVIVAL_VERBS = frozenset({"survive"})
SPEAKER_PRONOUNS = frozenset({"he", "she", "we", "i"})
# Unnamed people the source classifier reads as anonymous whose phrase gives the
# anonymous_source caveat too (every gold anonymous source carries it): "strategists think",
# "one spectator said" (realgold16, realgold19).
UNNAMED_PEOPLE_HEADS = frozenset({
    "strategist", "adviser", "advisor", "operative", "consultant", "spectator", "attendee",
    # "..., an investigator said": one of the police, unnamed (realgold4 gold "an
    # investigator", anonymous with anonymous_source; gvasrc)
    "investigator", "detective",
    # "an organizer", "Legislative leaders in North Carolina": unnamed people of a movement or a
    # body (realgold35 golds: anonymous with anonymous_source); "the leader" stays a unique role
    "organizer", "organiser", "leader",
    # "advocates estimate ...": people of a cause, none named, as "activists" already are
    # (tests/realgold50 "advocates" x2, tests/wire2w "activists": anonymous with
    # anonymous_source; rsrc74)
    "advocate",
})  # fmt: skip
# Words that leave a plural group unspecified: "some Democrats now think", "several newspapers
# said" (realgold20, realgold14 golds: anonymous); "the Democrats" is the party.
UNSPECIFIED_GROUP_QUANTIFIERS = frozenset({"some", "many", "several", "few", "various", "numerous"})
# Relative pronouns that stand for a thing: the subject of "the gap, which stood at 263" is the
# noun the clause hangs on (a person's "who" is an agent, not what a figure measures).
RELATIVE_THING_PRONOUNS = frozenset({"which", "that"})
# "shot once in the arm", "the phrase was uttered once": "once" after the verb it counts is one
# time, as "twice" is two (realgold3, realgold5 golds; ``once_counts.py``).
ONCE_WORDS = {"once": 1}
# "suspended for two weeks after slamming Republicans", "for nearly nine years after leaving
# the White House": a span of time these hold measures how long something lasted, even when
# "after"/"before" follows it (unannotated nyt, breitbart, west-journal articles)
DURATION_PREPOSITIONS = frozenset({"for"})
# "it's been two months since", "in the 72 hours since the scandal erupted": a span of time
# before these is a gap or a window (docs/gold-conventions.md), not a placing like "after"
GAP_WORDS = frozenset({"since"})
# A reporting verb negated by these words says nothing of the figure under it: "police have
# not announced the condition of the remaining four survivors", "they never disclosed ..."
# (negated_reports.py; the parse tags "not", "n't" and "never" as neg or advmod).
NEGATING_WORDS = frozenset({"not", "n't", "never", "nt"})
# "she added" after a quotation of "John Krystek": a pronoun stands for a person of its own
# gender (pronoun_gender.py). Titles and first names that say the gender, the ambiguous ones
# ("Pat", "Leslie", "Jordan") left out; a surname alone ("Clinton") says none.
MALE_TITLES = frozenset({"mr", "mr.", "sir", "father", "brother"})
# Roles whose word says the person's sex, beyond victims.py's MALE/FEMALE_PERSON_NOUNS: "an
# ICE spokeswoman" is no "he" (session 65, unnamed_antecedents.py).
MALE_ROLE_NOUNS = frozenset({
    "spokesman", "chairman", "businessman", "congressman", "policeman", "alderman",
})  # fmt: skip
FEMALE_ROLE_NOUNS = frozenset({
    "spokeswoman", "chairwoman", "businesswoman", "congresswoman", "policewoman", "alderwoman",
})  # fmt: skip
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "sister"})
# People who speak for a candidate, campaign or company without a name, in the plural:
# "Clinton campaign aides believe", "Executives for Mondelez say", "Advisers to Mr. Rubio point
# out" (docs/gold-conventions.md "'X officials' as a source"; every tuning gold source with one of
# these plural heads is anonymous, with anonymous_source: 22 of 22).
STAFF_ROLE_HEADS = frozenset({
    "aide", "adviser", "advisor", "official", "executive", "representative", "staffer",
    "strategist", "operative", "confidant",
})  # fmt: skip
# People of a trade who work at a body, in the plural: "Economists at Frontier Research",
# "Analysts at the investment bank X", "Doctors at Sadar Hospital". The body they work at is
# not the source: they speak unnamed, as staff do (docs/gold-conventions.md, "People at a
# named body"; unnamed_staff.py). Not people a poll asked ("Economists polled by X").
WORKPLACE_PEOPLE_HEADS = frozenset({
    "analyst", "economist", "researcher", "scientist", "forecaster", "doctor", "physician",
    "lawyer", "attorney", "engineer", "expert", "specialist", "epidemiologist",
    "meteorologist", "seismologist", "volcanologist", "statistician", "strategist", "trader",
    "academic", "scholar", "nurse",
})  # fmt: skip
# How such people hang on the body they work at: "analysts at X", "lawyers with X".
WORKPLACE_PREPS = frozenset({"at", "with", "from", "for"})
