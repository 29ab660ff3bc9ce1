"""Rule data for the subjects of poll and vote figures: shares, points, margins, pairs, tallies
(``extract/subjects/``).
"""

# fmt: off
# "46 to 40 percent", "11 and 8 percent": a bare number joined to a figure with a unit.
SHARED_UNIT_JOINERS = frozenset({"to", "and", "or", "-", "–"})
# "won Ohio by 20 percentage points", "the state was decided by one point": a winning margin.
MARGIN_VERBS = frozenset({
    "win", "lose", "decide", "carry", "beat", "defeat", "lead", "trail", "edge", "take",
})
# "leading by 2.2 percent", "trailed by 5 points": the margin is a lead (subjects13).
LEAD_MARGIN_VERBS = frozenset({"lead", "trail"})
# Verbs of opinion whose subject, a share in a poll, is the poll's respondents: "a quarter
# say they will vote for someone else", "40 percent support the plan".
OPINION_VERBS = frozenset({
    "say", "think", "believe", "support", "back", "favor", "favour", "oppose", "approve",
    "disapprove", "want", "prefer", "expect", "plan", "agree", "disagree", "trust", "view",
    # answers that choose, blame or find: "31 percent would choose Lind", "33 percent blame
    # the mayor", "7 percent found it to be a drawback", "48% describe themselves as liberal"
    "choose", "blame", "find", "describe",
})
# "margins of error plus or minus 3.1 percent and 5.2 percent": words that join margins listed
# after "margin of error".
MARGIN_LIST_WORDS = frozenset({"plus", "or", "minus", "and", ",", "percent", "%", "points", "±"})
# "the margin of sampling error": a kind of error named between "of" and "error" (realgold20).
ERROR_KINDS = frozenset({"sampling"})
# "Cruz won, 27.6 percent to 24.3 percent", "finished third, getting 14 percent": a percentage
# with no noun in a sentence of election results (and no poll in it) is the vote.
ELECTION_RESULT_WORDS = frozenset({
    "won", "win", "wins", "winning", "beat", "beats", "defeated", "edged", "finished", "carried",
    "pulled", "caucus", "caucuses", "primary", "primaries", "precincts", "returns",
})  # fmt: skip
POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "polling", "pollster"})
# "was confirmed 92 to 0", "beat him by 20 points (55 to 35)", "a 5-to-4 decision": a pair of
# bare numbers in a sentence of votes counts votes; a noun after the pair names it.
TALLY_VOTE_WORDS = frozenset({
    "vote", "votes", "voted", "voting", "confirmed", "passed", "approved", "rejected", "ballot",
    "ballots", "elected", "margin",
})  # fmt: skip
TALLY_NOUNS = frozenset({"vote", "decision", "ruling", "verdict", "margin", "majority", "tally"})
# "leads 1,428 to 1,153 in pledged delegates", "516 to 39 among superdelegates": the words
# that bring in what a tally counts (tallies.py).
TALLY_COUNTED_IN = frozenset({"in", "among"})
# "from 10 to 15", "between 20 and 30", "voters aged 18 to 29": a change or a range, not a tally.
TALLY_RANGE_OPENERS = frozenset({"from", "between", "aged", "ages", "age"})
# "by a ratio of 3 to 1", "by a factor of 2-1" (verbs such as "outnumber" are told by prefix)
RATIO_WORDS = frozenset({"ratio", "factor", "odds"})
# "30 percent would vote for Jones", "up to 15 percent may not vote": a bare share that votes
# counts votes (``predicated.py``).
SHARE_VOTE_VERBS = frozenset({"vote"})
# "21 percent said they would not vote", "a third say they don't know", "34% 'strongly agree'":
# the words kept around the verb of an answer besides its complement (``poll_subjects``).
ANSWER_PART_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "prt"})
# The complements an answer keeps after its verb: "reflects an improvement", "be satisfied".
ANSWER_COMPLEMENT_DEPS = frozenset({"dobj", "attr", "acomp", "oprd", "xcomp"})
# "handle Wichita State 62-52", "within 5 points of Trump (35-30)": the kinds of name that take
# a side of a pair (not NORP: "Democrats favored Clinton, 72 percent to 8 percent" names the
# group polled, which both figures count; real golds, realgold14/16/8).
PAIR_SIDE_LABELS = frozenset({"PERSON", "ORG", "GPE"})
# "within 5 points of Trump", "a lead over Sanders", "62-52 against Lakeview": a side the pair
# hangs on through a preposition (not "for": "40 percent for Trump" is the figure's own side).
PAIR_SIDE_PREPS = frozenset({"of", "over", "against"})
# Words between "up"/"down" and its points: "up by 10 points", "up an average of 9.2 points".
UP_DOWN_FILLERS = frozenset({"by", "an", "average", "of"})
# Subjects that say only that a share is a poll's ("poll support", "poll respondents would not
# vote"): the group the poll asked is named after them (realgold14, realgold20 golds: "voters",
# "American voters", "troops" for shares of "a poll of American voters", "among 1,358 registered
# voters", "surveyed troops").
POLL_SHARE_SUBJECTS = ("poll support", "poll respondents")
# Nouns of the poll itself and verbs of polling whose object or "of"/"among" phrase names the
# group asked: "a YouGov poll of American voters", "surveyed troops", "conducted ... among 1,358
# registered voters".
POLLED_GROUP_NOUNS = frozenset({"poll", "survey", "polling"})
# The people a poll asks, as the head of a source phrase ("Most voters said ..., and 35 percent
# of voters said", "respondents said"): the counted, never the source (issue 11, "never take the
# counted thing ... as the source"; ``polled_people.py``). Not "members", "Democrats" or
# "students": those speak for themselves in the golds.
POLLED_PEOPLE = frozenset({"respondents", "voters", "americans", "adults", "independents"})
POLLED_GROUP_VERBS = frozenset({"poll", "survey", "interview", "conduct"})
# Words of a clause, beside ELECTION_RESULT_WORDS, that tell a candidate's share of the vote:
# "Clinton had received 49.84 percent" (realgold19 gold: "vote", "received";
# ``clause_results.py``).
CLAUSE_RESULT_WORDS = frozenset({"received"})
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
# "81 delegates to Rubio's 17", "raised $293,565 to Kingson's $199,445": the word joining the
# first figure of a pair to a possessive name and its figure (not "versus", which the compared
# figures' rule holds), and how many words may stand between the first figure and it ("585 in
# the United States to China's 260")
POSSESSED_PAIR_JOINS = frozenset({"to"})
POSSESSED_PAIR_MAX_GAP = 4
# Verbs whose subject holds a bare percentage in a poll: "The Vermont senator leads Clinton 50%
# to 40%", "the challenger has 44%" (realgold10 gold: "support", "poll", not the holder's
# description; share_holders.py)
SHARE_HOLDING_VERBS = frozenset({"have", "lead", "trail", "hold", "get", "draw", "garner"})
# ... and the prepositions by which a candidate holds one: "Rubio lags behind with 15 percent",
# "followed closely by Cruz with 22 percent", "Bush sits at just 10%", "was third on 11 percent"
SHARE_HOLDING_PREPS = frozenset({"with", "at", "on"})
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
# Answers a poll share gives as one adjective right after it ("41 percent favorable and 56
# percent unfavorable", "37% liberal to 32% conservative", "6 percent undecided"): the golds
# name the answer (realgold7, realgold31: "favorable", "positive", "conservative").
ANSWER_ADJECTIVES = frozenset({
    "favorable", "unfavorable", "favourable", "unfavourable", "positive", "negative",
    "liberal", "conservative", "moderate", "undecided", "unsure", "uncertain", "neutral",
    "opposed", "supportive", "satisfied", "dissatisfied", "optimistic", "pessimistic",
})
# Answers a poll or a referendum result gives as a label right before its share, in a list
# ("No 58.9%, Yes 41.1%", a results box's "Undecided   9%"): the golds name the answer
# (tests/wire2e, realgold31: "No", "Yes", "Undecided"). Matched capitalised only.
ANSWER_LABELS = frozenset({"yes", "no", "undecided", "unsure"})
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
# "a negative 42%-49% approval rating", "a high approval rating -- he was hovering near 60%":
# the kinds of rating a poll share in the sentence measures when no rule named it
# (rating_shares.py; realgold10, realgold12 golds: "approval").
RATING_KINDS = frozenset({
    "approval", "disapproval", "favorability", "unfavorability", "favorable", "unfavorable",
})
RATING_HEAD_NOUNS = frozenset({"rating", "ratings"})
