"""Rule data for numbers that describe a person, not claims: ages ("the victim, 34,", "ages 18 to
29", "voters under 30") and height and weight ("6 feet tall and about 220 pounds")
(``extract/not_claims/``: ages.py, age_superlatives.py, group_ages.py, person_builds.py; gold
README: ages and measures used as descriptors). Moved out of ``lexicon.not_claims`` in session 58
to keep each module under 400 lines.
"""

# fmt: off
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
# "who was just 14 at the time": adverbs between "was" and an age.
# "he already was 18 at the time" (realgold50 gold: an age)
AGE_ADVERBS = frozenset({"just", "only", "barely", "then", "still", "now", "already"})
# "The senator, 72, said", "The chairman, 58, took over": people named by their office or role,
# whose number set off by commas is an age as after "the victim, 34," (gold README: ages used
# as descriptors; branch num54), beside the broad person nouns and the office titles.
AGED_ROLE_NOUNS = frozenset({
    "president", "chairman", "chairwoman", "chair", "candidate", "nominee", "challenger",
    "incumbent", "founder", "executive", "ceo", "chief", "spokesman", "spokeswoman",
})  # fmt: skip
# "who was just 16 when he was arrested": a clause that closes an age said of someone.
AGE_CLAUSE_CLOSERS = frozenset({"when"})
# "Jazz Lee, at 15 the youngest marshal ever": words that make an "at N" before them an age.
AGE_SUPERLATIVES = frozenset({"youngest", "oldest"})
# "the girls — Laura, 5, and Karen, 2 — to Disney World", "one is 18, the other is 19 — drove":
# what may close an age set off after a person (a dash as well as a comma or bracket).
AGE_CLOSERS = frozenset({",", ";", ")", "—", "–"})
# "ages 18 to 39", "18-to-34-year-olds", "from 8 to 15" in age: what joins the ends of an age range.
AGE_RANGE_JOINERS = frozenset({"to", "through", "-", "–"})
# "between the ages of 18 and 29", "the ages of 25 to 34": words joining the two ends of a range
# of ages that "ages of" opens (ages._between_the_ages_of).
AGE_OF_RANGE_JOINERS = frozenset({"and", "to", "through", "-", "–"})
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
# "6-feet-1-inch tall and about 220 pounds": the words of a person's height and weight, and
# the nouns that name the person described (person_builds.py; realgold6 gold: "descriptor").
BUILD_HEIGHT_WORDS = frozenset({"feet", "foot", "ft", "inch", "inches", "in", "and"})
BUILD_WEIGHT_UNITS = frozenset({"pounds", "pound", "lbs", "lb"})
# "Banks is ... tall", "was described as 5 feet tall", "stands 6 feet tall": verbs whose subject
# is the person described ("he would make the wall 50 feet tall" measures the wall).
BUILD_VERBS = frozenset({"be", "describe", "stand", "measure"})
BUILD_PERSON_NOUNS = frozenset({
    "man", "woman", "male", "female", "boy", "girl", "suspect", "teen", "teenager", "person",
    "victim", "gunman", "driver",
})  # fmt: skip
# "when he was around 10", "will be about 78": approximations that may stand between "was" or
# "be" and an age said of someone (predicative_ages; gold README: ages used as descriptors).
AGE_APPROX_ADVERBS = frozenset({"around", "about", "almost", "nearly", "roughly", "only", "just"})
# "moved to Ohio at 19", "enlisted at 17", "retired at 88": verbs of a step in a life whose
# "at N" is the age the person took it (predicative_ages). Not "stood at 19", "closed at 45",
# "polled at 35": verbs a figure stands at are not here.
LIFE_STEP_VERBS = frozenset({
    "die", "retire", "marry", "move", "leave", "join", "enlist", "start", "begin", "emigrate",
    "immigrate", "graduate", "arrive", "become", "debut", "quit", "learn", "enter", "found",
    "wed", "divorce", "adopt", "flee", "settle", "elect", "enroll", "drop", "launch",
})  # fmt: skip
# "before they turned 18", "until he turns 21": verbs whose bare number is the age reached,
# and the words opening a clause of time that make that age a threshold (predicative_ages).
AGE_REACHING_VERBS = frozenset({"turn"})
AGE_THRESHOLD_MARKS = frozenset({"when", "before", "after", "until", "till", "once", "since"})
# "when he was around 10", "teased when they're 60", "It starts when you're 40" (realgold48
# gold: ages, hypothetical or not): "be" after a personal pronoun in a "when" clause
# (predicative_ages).
WHEN_AGE_BE_FORMS = frozenset({"was", "is", "were", "are", "am", "'re", "’re", "'m", "’m", "'s", "’s"})
WHEN_AGE_PRONOUNS = frozenset({"he", "she", "i", "you", "we", "they"})
# "was 14 points ahead", "is 3 for 3", "was 10 behind": words after a number said of someone
# that make it a margin or a score, not an age.
NOT_AGE_AFTER = frozenset({
    "behind", "ahead", "up", "down", "back", "over", "under", "short", "percent", "%", "points",
    "for", "of", "out", "to", "-", "–", "times", "per", "a", "an",
})  # fmt: skip
