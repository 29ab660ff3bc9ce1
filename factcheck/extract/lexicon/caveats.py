"""Rule data for caveat cues and their scope: not verified, disputed, preliminary, anonymous
(``extract/caveats/``; gold README, "Caveat kinds"). The words of disputes (contesting, denying,
correcting, discrepancies) are in ``lexicon.disputes``.
"""

# fmt: off
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
# Heads of a state-owned business or service, which "state-run" does not make a party to the
# matter it speaks of (PARTISAN_PATTERNS; plural forms written out).
STATE_SERVICE_HEADS = (
    "hospitals?", "clinics?", "enterprises?", "compan(?:y|ies)", "firms?", "giants?",
    "corporations?", "conglomerates?", "banks?", "lenders?", "insurers?", "utilit(?:y|ies)",
    "funds?", "airlines?", "railways?", "refiner(?:y|ies)", "producers?", "manufacturers?",
    "suppliers?", "schools?", "universit(?:y|ies)",
)
# "the Hamas-run health ministry", "state media", "the campaign said", "march organisers"
PARTISAN_PATTERNS = (
    # a body of no side running it: "a court-appointed monitor", "a student-led group", "a
    # university-affiliated hospital", "a women-led cooperative", "a church-run shelter"
    # (not from inside an initialism: "the U.N.-backed monitor" has no side "N.-backed")
    r"(?<![\w'’.])(?!(?:UN|U\.N\.|UNRWA|WHO|EU|NGO|state|privately|independently|locally|family|"
    r"community|volunteer|court|student|students|women|woman|youth|university|church|city|"
    r"county|employee|employees)-)[\w'’.]+-(?:run|controlled|led|backed|affiliated|appointed|aligned|"
    r"linked|held|installed)\b",  # part45: "the rebel-held health ministry", "opposition-held";
    # partisan3: "Russian-installed officials", "the Moscow-installed governor" (an occupier's
    # appointees, as "-appointed")
    # state media and a state's news organs ("the state-run Anadolu Agency", "the state-run
    # Global New Light of Myanmar newspaper": wirev, wire2b gold), not a state-owned business or
    # service speaking of its own work ("The state-owned Ethiopian Petroleum Supply Enterprise
    # says", "The state-run Sadar Hospital in Deoghar said": wire2t, wire2h gold give no
    # partisan caveat; a state-owned "investment giant" on its own fund, a Washington Post
    # article of the session 73 audit). The README's party is "state media", not the state's
    # firms and hospitals.
    r"\bstate-(?:run|owned|controlled)\b(?![^,;()]*?\b(?:" + "|".join(STATE_SERVICE_HEADS) + r")\b)",
    r"\bstate(?:-run|-owned|-controlled)?\s+(?:media|television|tv|news|broadcaster|radio|"
    r"news agency|agency|outlet)\b",
    # an official news agency or broadcaster is state media: "the official Xinhua news agency
    # said", "official media reported" (tests/wirep p_4, tests/wirez z_2 gold, two writers: its
    # figures and its later mentions' partisan); the name between is capitalised ("an official at
    # the broadcaster" is a person at one)
    r"\bofficial\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}(?:news agency|press agency|news service|"
    r"media|broadcaster|television|tv|radio)\b",
    r"\bcampaign\b",
    r"\borgani[sz]ers?\b",
    r"\bpropaganda\b",
    r"\bmouthpiece\b",
)
# The words by which the text marks a body as a party wherever it stands (body_mentions.py): a
# run-by word ("the Hamas-run ministry", "the Houthi-run agency") and state media; not
# "campaign" or "organizers", which need their own tests of what the body speaks on.
MARKED_PARTY_PATTERNS = PARTISAN_PATTERNS[:4]
# The place a source speaks from, run by a side, right after the source phrase: "health
# officials in Hamas-controlled Gaza", "the health office in rebel-held Idlib" (as "the Hamas-run
# health ministry"); not the exclusions of the first pattern ("in UN-run schools").
RULED_PLACE_AFTER_SOURCE_PATTERN = (
    r"\s+(?:in|of)\s+(?:the\s+)?((?!(?:UN|U\.N\.|UNRWA|WHO|EU|NGO|state|city|county)-)"
    r"[\w'’.]+-(?:run|controlled|held|occupied|ruled))\b"
)
# A belligerent reporting the results of its own military action (gold README,
# "partisan_source"): a military source and a claim about what it killed or destroyed.
MILITARY_HEADS = frozenset({
    "military", "army", "idf", "forces", "force", "militia", "defence", "defense", "navy",
    "troops",  # "The border troops said their units had destroyed two armoured vehicles"
    # armed groups are belligerents too: "the rebels said they captured 40 soldiers", "a
    # spokesman for the separatists said 18 troops were killed" (gold README partisan_source)
    "rebels", "rebel", "separatists", "separatist", "insurgents", "insurgent", "militants",
    "guerrillas", "guerrilla", "hamas", "hezbollah", "houthis", "houthi", "taliban",
})
# What a military's own action is done by: "its aircraft and artillery struck 150 targets",
# "the strike had targeted approximately 10 operatives".
MILITARY_AGENTS = frozenset({
    "troop", "jet", "force", "aircraft", "artillery", "drone", "warplane", "plane", "soldier",
    "unit", "strike", "airstrike", "attack", "raid", "operation", "missile",
})
# Words before a combat verb's doer that name its side, as a people's or a state's adjective does
# ("A Russian drone strike", "Israeli strikes"): "government warplanes", "rebel shelling"
# (other_sides.py: another side's act is not the source's own)
SIDE_WORDS = frozenset({"government", "rebel", "enemy", "opposition", "militant", "jihadist"})
COMBAT_VERBS = frozenset({
    "kill", "destroy", "strike", "hit", "eliminate", "shoot", "down", "intercept", "neutralize",
    "neutralise", "capture", "target",
    "fire", "launch",  # "Hezbollah said it fired 60 rockets", "launched 30 drones"
})
# The verbs of a salvo (other_sides.launched_by_another_side): the weapons another side
# launched or fired, counted by the side they were aimed at ("said Russia launched 215 drones").
LAUNCH_VERBS = frozenset({"launch", "fire"})
# A body's own people: an organisation counting them is a party ("its members walked out").
OWN_PEOPLE = frozenset({
    "member", "supporter", "force", "troop", "soldier", "fighter", "worker", "employee", "staff",
})
# of them, the people only a union counts as its side (caveat_sources._a_side_of, session 65)
OWN_STAFF = frozenset({"worker", "employee", "staff"})
# "preliminary", "initial count", "expected to rise"
PRELIMINARY_PATTERNS = (
    # not the name of a stage in a procedure: "a preliminary hearing on charges of killing two",
    # "a preliminary injunction", "the preliminary round" (session 61, cav61: no figure of
    # them may change)
    r"\bpreliminary\b(?! hearings?\b| injunctions?\b| rounds?\b| heats?\b| exam\w*)",
    # "initially" supersedes a figure only when another revises it (SUPERSEDED_CUE_PATTERN);
    # "initial" makes a figure preliminary only as the README's "initial count": on a count,
    # a report or a figure ("initial reports said two", "initial estimates put it at 55,000").
    # Not "initial" as first in a series: "the initial investment was $5 million", "in the
    # initial round, Smith got 40 percent", "voters in the initial 15 states" (session 61,
    # cav61: first ones, no figure that may change).
    r"\binitially\b",
    # ... or on a first finding, as "preliminary" is ("an initial investigation found two
    # shots were fired", "initial autopsy results")
    r"\binitial (?:\w+ )?(?:counts?|tall(?:y|ies)|figures?|estimates?|numbers|tolls?|totals?|"
    r"results|returns|reports?|data|findings|assessments?|investigations?|autops(?:y|ies)|"
    r"reviews?|inspections?|surveys?|analysis|analyses|indications?|information)\b",
    # a relative clause forecasting a change of the noun's figure, with no new level: "the
    # initial buys, which will likely rise, are ..." (the README's "expected to rise")
    r"\b(?:which|that) (?:will|could|may|might) (?:likely |probably |still )?(?:rise|climb|"
    r"increase|grow|go up)\b(?! to\b| by\b)",
    # not a kind of ballot: "2,000 provisional ballots were cast" counts ballots, no count that
    # may change (part55 battery)
    r"\bprovisional\b(?! ballot| voter| voting)",  # a look-ahead with no group: the gate reads it
    r"\bearly (?:count|tally|estimates?|figures?|reports?)\b",
    r"\b(?:expected|likely|feared|set|could|may|might|is likely) to (?:rise|climb|increase|grow|"
    r"go up|change)\b",
    # said with certainty: 'the toll was "certain to rise"', "a count that is sure to rise"
    # (tests/wire2o o_1, tests/wiren n_5 gold: preliminary; the README's "expected to rise").
    # Not "increase" or "grow": "that last figure is certain to increase once he wins the
    # nomination" forecasts a poll's share (realgold5 gold: no caveat, audit session 71)
    r"\b(?:certain|sure|bound) to (?:rise|climb|go up)\b",
    # a figure noun said to be open to change: "the figure was based on accounts from
    # relatives and could change", "the number ... could change as more survivors were
    # interviewed" (tests/wirey y_4, tests/wirex x_2 gold: preliminary; the README's "the
    # figure may change")
    # Not a noun that names what it counts ("the number of missing could change": which
    # figure is the matter of the cue's reach) nor a change with a size ("could change by $200
    # million": a forecast of a size)
    r"\b(?:the|that|this|its|their) (?:figures?|numbers?|counts?|tolls?|tall(?:y|ies)|estimates?) "
    r"(?:(?:is|are|was|were|remains?|remained)\b[^.;]{0,50}?\b)?(?:could|may|might) change\b"
    r"(?!\s*[\"“]?by\b)",
    # a toll that "could rise" with no "to": "officials fear the toll could rise", "the number of
    # dead may climb", "rose to 31 and could climb further"
    r"\b(?:toll|tally|number of (?:dead|deaths|victims|casualties|injured|missing))\b[^.;]{0,30}?"
    r"\b(?:could|may|might|will)\s+(?:still\s+|further\s+)?(?:rise|climb|increase|go up)\b",
    r"\b(?:could|may|might|will)\s+(?:rise|climb|increase|go up)\s+further\b",
    # what someone expects of the toll: "officials expect the death toll to rise", "fear the
    # number will climb" (the README's "expected to rise", said with the verb active)
    r"\b(?:expects?|expected|expecting|fears?|feared|fearing|warns?|warned|warning) (?:that )?"
    r"the (?:death |casualty )?(?:toll|tally|count|number(?: of \w+)?) (?:to|will|could|may|"
    r"might) (?:still |further )?(?:rise|climb|increase|grow|go up)\b",
    # the toll a phrase on it forecasts: "killing at least 14 people, a toll officials expect to
    # rise" (tests/wire2q q_1 gold: preliminary; the README's "expected to rise" with the
    # forecaster before the verb; toll_appositions.py)
    r"\btoll (?:that |which )?(?:\w+ ){1,3}?(?:expects?|expected|fears?|feared) (?:will |would |"
    r"could |may )?(?:to )?(?:rise|climb|increase|grow|go up)\b",
    r"\bstill (?:being )?(?:counted|rising|climbing)\b",
    # a superseded figure: "earlier reports said 12", "first reported 30" (issue 11)
    r"\b(?:earlier|initial|first|original) (?:reports?|figures?|estimates?|counts?|tolls?)\b",
    r"\b(?:originally|previously|earlier|initially) reported\b(?! by| in| on)",
    # a body count given while the search goes on: "We have recovered 18 bodies so far",
    # "So far, rescuers have pulled out 26 bodies" (the README's "initial count"; tests/wired
    # d_1, tests/wirej j_3, tests/wirel l_3 gold: preliminary); not a period, "killed so far
    # this year" (a count to a date)
    # (a look-ahead with no group, and a comma right after "so far": the gate reads them)
    r"\b(?:bodies|dead)\b[^.;]{0,20}?\bso far\b(?!,? this\b|,? in\b|,? during\b|,? since\b)",
    r"\bso far, [^.;]{0,40}?\b(?:bodies|dead)\b",
    # a figure said not to be final: "The figure is not final", "the toll is not yet final"
    # (the README's "the figure may change"; tests/wirel l_3 gold)
    r"\b(?:figures?|numbers?|tolls?|tall(?:y|ies)|counts?|totals?) (?:is|are|was|were|remains?|"
    r"remained) (?:still )?not (?:yet )?final\b",
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
    # people named only by the side they take: "His opponents say fewer than 200,000 have
    # materialised", "Critics put the cost at ..." (tests/wireb b_2 gold: anonymous, with
    # anonymous_source; session 65)
    "opponent", "critic", "supporter", "rival", "detractor",
})
# "None of the figures given by either side could be confirmed", "the warring parties",
# "neither side's figures": the caveat covers the sides' sources (caveat_sides.py).
ALL_SIDES_PATTERN = (
    r"\b(?:n?either|both|all|each) (?:sides?|parties|camps|accounts)\b"
    r"|\b(?:warring|rival|opposing|two) (?:sides|parties|camps)\b"
)
# "AFP could not verify either count", "both tallies", "neither estimate", "either account"
# (tests/wired d_3: the two local accounts): a pair of figures of two sources (caveat_sides.py);
# the group is the figure noun.
PAIR_FIGURES_PATTERN = (
    r"\b(?:n?either|both)(?: of the)? (count|figure|tally|tallie|estimate|toll|number|claim|account)s?\b"
)
# ... of which a count, a tally or a toll is a plain count (not a span of time or a multiplier)
PAIR_COUNT_NOUNS = frozenset({"count", "tally", "tallie", "toll"})
# "These numbers are still provisional", "These are preliminary figures": the figures of the
# account just given (figure_runs.py).
PLURAL_DEMONSTRATIVES = frozenset({"these", "those"})
# "..., it said, adding that the figures were preliminary": the determiners by which a plural
# figure noun names the account a source has just given (figure_runs.named_account_figures).
ACCOUNT_DETERMINERS = frozenset({"the", "these", "those"})
# "verify any of the estimates", "None of the figures": a quantifier over figures of every
# source before it (quantified_figures.py).
FIGURE_QUANTIFIERS = frozenset({"any", "all", "none", "each"})
# The determiner of an ownerless "the figures" that a verification line opening its own
# paragraph names: every account before it (closing_lines.py); not "either", "his", nor
# "Those estimates", the account just given (tests/wire2d d_4 gold: MapBiomas's figures only).
CLOSING_LINE_DETERMINERS = frozenset({"the"})
# ... and its noun: figures of any kind ("the figures", "None of the counts"); "the tolls" and
# "any of the estimates" name a kind of figure, read by that kind (quantified_figures.py).
CLOSING_LINE_NOUNS = frozenset({"figure", "number", "count", "tally", "statistic"})
# Preliminary cues that say a count may still change ("will go up", "expected to rise", "bodies
# so far", "not final"), as against those that say an earlier report differed ("initial
# reports", "initially"): only these reach the lede's same toll (caveats._with_lede_toll).
OPEN_TOLL_CUE_PATTERN = r"\b(?:rise|climb|increase|grow|go up|change|so far|final|revised)\b"
# Figure nouns that name one figure in the singular: "rejected that figure" (a tally or a count
# may hold several figures of one result; singular_disputes.py).
ONE_FIGURE_NOUNS = frozenset({"figure", "number", "estimate"})
# Words of a source phrase that do not identify it: "the military" and "Arvenia's military" are
# one source, "Mr. Varga" and "Aleksi Varga" one person.
SOURCE_KEY_STOPS = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "'s", "’s", "mr", "mr.", "ms", "ms.",
    "mrs", "mrs.", "dr", "dr.", "new", "own", "latest", "local", "said",
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
# Victims of the act an accused is charged with: "accused of shooting two men" (the shooting is
# a fact, who did it is alleged); "accused of taking $5,000" stays hedged (real gold).
VICTIM_VERBS = frozenset({
    "shoot", "kill", "murder", "stab", "wound", "injure", "assault", "attack", "beat", "strangle",
    "shooting", "killing", "stabbing", "slaying", "death",
})
# How many times a victim was hit, on the harm verb: "accused of shooting his mother and brother
# once each" (realgold3 gold: not hedged), "charged with stabbing a man 12 times": the wounds
# are found, as the victims are; only the doer is alleged (caveat_scope.allegation).
HIT_COUNT_WORDS = frozenset({"once", "twice", "thrice", "time", "times"})
# Estimate nouns as the subject of a figure: "His cost estimates have been between $8 billion
# and $12 billion", "The estimated cost is $5 million" (gold README, hedged: "estimated").
HEDGE_SUBJECT_NOUNS = frozenset({
    "estimate", "projection", "forecast", "guess", "assumption", "estimated", "projected",
})
# Bare pronouns name no unnamed person: an unresolved "he" is someone named earlier, so it gives
# no anonymous_source caveat (the real gold never writes a pronoun source).
PRONOUN_SOURCES = frozenset({"he", "she", "him", "her"})
# Adverbs that say a figure was superseded ("initially", "originally reported"): only when
# another figure revises it ("Initially, the paper reported two victims" and no other count is
# no revision); "earlier reports" and "initial count" are preliminary by themselves. "first" and
# "original" as well ("the first report said 30; the toll is now 41"): without a report of them
# or a revising figure they are first of a series ("in his first report to Congress, the
# inspector found 12 violations", "the state's first count found 3,000"; session 61, cav61).
SUPERSEDED_CUE_PATTERN = r"(?:initially|originally|previously|first|original)\b"
# A preliminary cue that names an earlier report ("an initial report that a second victim had
# died", "earlier reports said 12"): a correction of that report disputes its figure instead
# (corrected_reports.py; realgold10, realgold14 golds: disputed, not preliminary).
EARLIER_REPORT_CUE_PATTERN = r"\b(?:earlier|initial|first|original) (?:\w+ )?(?:reports?|information)\b"
# Words that let a caveat noun point back to figures in an earlier sentence ("These claims
# could not be verified", "The figures", "his account"): a bare "claims that the report could
# not corroborate" is about what follows, not about earlier figures.
ANAPHORIC_DETERMINERS = frozenset({
    "the", "these", "those", "this", "that", "such", "both", "either", "neither", "all", "each",
    "his", "her", "its", "their", "our", "none",
})
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
# Counts not yet certified are preliminary: "in unofficial returns", "partial results"
# (gold README, preliminary: "initial count").
UNOFFICIAL_COUNT_PATTERNS = (
    r"\b(?:unofficial|partial|incomplete|uncertified) (?:election )?(?:returns|results|counts?|"
    r"tall(?:y|ies)|figures|vote counts?|(?:voter )?turnout)\b",
    # a count said not to be final yet: "according to results that are not yet final", "the
    # returns, which have yet to be certified" (the README's "the figure may change")
    r"\b(?:returns|results|counts?|tall(?:y|ies)|totals?)\b[^.;]{0,20}?\b(?:(?:are|were|is|was|"
    r"remains?|remained) (?:still )?not (?:yet )?|(?:had|have|has) yet to be |not yet )"
    r"(?:final|certified|official)\b",
    # a count reported while it comes in: "results so far give her 3,100 votes" (gold README,
    # preliminary: "initial count"; issue 11). Not "early returns/results": session 54's ruling
    # (test_count_not_yet_final.py), measured again in session 56 (held out -1)
    r"\b(?:returns|results|counts?|tall(?:y|ies)) (?:so far|thus far|to date)\b",
    # the README's own word on a count: "According to preliminary results released by the
    # state, Diaz won 52 percent" (every figure of that count, not only those the parse links
    # to the word)
    r"\b(?:preliminary|initial|provisional) (?:election |vote )?(?:returns|results|counts?|"
    r"tall(?:y|ies)|vote counts?)\b",
)
# What a count covers, not what it found: "in the 15 states that have held primaries, according
# to unofficial results" (realgold8 gold: the 15 is no preliminary figure, the turnout is).
COUNT_SCOPE_NOUNS = frozenset({
    "state", "states", "precinct", "precincts", "county", "counties", "district", "districts",
    "caucus", "caucuses", "primary", "primaries", "contest", "contests", "race", "races",
})
# A count said to be still open: "votes are still being counted", "ballots remain to be
# counted", "once the absentee ballots are counted", "the count is not complete" (gold README,
# preliminary: "the figure may change"; issue 11). Its figures are the results the count has
# given so far (partial_returns.open_count_figures), not a forecast of the final margin.
COUNT_OPEN_PATTERNS = (
    r"\b(?:votes|ballots|returns|results)\b[^.;]{0,30}?\b(?:(?:(?:are|is) )?still being|"
    r"(?:remain|remains|have yet|has yet|are yet|is yet|still need|still needs) to be) "
    r"(?:counted|tallied|reported)\b",
    r"\b(?:once|until|when) (?:all )?(?:of )?(?:the )?(?:\w+ )?(?:votes|ballots) (?:are|have been) "
    r"(?:counted|tallied|in)\b",
    r"\bcounting (?:continues|is continuing|is still under ?way|goes on)\b",
    # "as counting continued", "with the counting still under way"
    r"\b(?:with|as|while) (?:the )?(?:vote )?counting (?:was |is )?(?:still )?"
    r"(?:continu\w+|under ?way|going on|in progress)\b",
    r"\bcount (?:is|remains) (?:still )?incomplete\b",
    r"\bcount (?:is|remains) (?:still )?not (?:yet )?(?:complete|finished|over|final)\b",
    # "Twenty precincts have yet to report"
    r"\b(?:precincts|counties)\b[^.;]{0,20}?\b(?:(?:have|has|had|are|were) (?:still )?yet to|"
    r"still (?:have|had) to) report\b",
    r"\bnot all (?:of )?(?:the )?(?:votes|ballots|precincts) (?:have|had) (?:yet )?(?:been )?"
    r"(?:counted|tallied|reported|in)\b",
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
    r"(?:(?:expected|estimated) )?"  # "with 60 percent of the expected vote counted"
    r"(?:precincts|votes?|ballots|returns|results) (?:reporting|counted|tallied|in)\b",
    # the share alone: "With 60 percent reporting, Smith leads" (session 61, cav61)
    r"\bwith (?:(?:almost|nearly|about|roughly|over|more than|just over|some) )?"
    r"(?:[1-9]|[1-8]\d|9[0-8])(?:\.\d+)? ?(?:percent|%) (?:reporting|counted|tallied)\b",
    r"\bwith (?:(?:almost|nearly|about|roughly|over|more than|just over) )?"
    r"(?:most|some|half|two-thirds|three-quarters|a third|a quarter|partial) "
    r"(?:of (?:the )?)?(?:(?:expected|estimated) )?(?:precincts|votes?|ballots|returns|results) "
    r"(?:reporting|counted|tallied|in)\b",
    # "with results from 60 percent of precincts", "with returns in from most counties"
    r"\bwith (?:results|returns) (?:in )?from (?:(?:almost|nearly|about|roughly|over|more than|"
    r"just over) )?(?:(?:[1-9]|[1-8]\d|9[0-8])(?:\.\d+)? ?(?:percent|%)|most|some|half|"
    r"two-thirds|three-quarters|a third|a quarter) of (?:the |all )?(?:precincts|counties)\b",
    # "with 20 precincts yet to report", "with a few counties still outstanding"
    r"\bwith (?:only |just )?(?:\d+(?:,\d+)*|\w+(?:-\w+)?) (?:of (?:the )?\d+(?:,\d+)* )?"
    r"(?:precincts|counties) (?:still )?(?:yet to report|outstanding|not yet reporting|"
    r"to report)\b",
    # "with 312 of 400 precincts reporting": a part of the precincts, not all of them
    r"\bwith (?:(?:almost|nearly|about|roughly|over|more than|just over) )?\d+(?:,\d+)* of "
    r"(?:the )?(?:state's |county's |district's )?\d+(?:,\d+)* precincts (?:reporting|counted|tallied|in)\b",
    # wire copy on an election abroad: "Figures released by the commission, covering 3,412 of
    # the country's 5,003 polling centres, gave Ngwira 52.4%", "the figures were based on
    # returns from 1,843 of the country's 2,105 polling stations" (tests/wireb b_2 gold, tests/
    # corpus d2_election gold: the results beside it preliminary)
    r"\b(?:covering|based on (?:returns|results|counts|tallies) from|(?:returns|results) from) "
    r"(?:(?:almost|nearly|about|roughly|over|more than|just over) )?\d+(?:,\d+)* of (?:the )?"
    r"(?:\w+'s )?\d+(?:,\d+)* (?:polling (?:stations|centres|centers|places|units)|precincts|"
    r"constituencies)\b",
)
# The share of a count done so far, at any share ("with 99.2% of the vote counted", "With 87.5%
# of ballots counted"): the count's progress, a fact of the moment, not a result that may change;
# a cue that the count is provisional leaves it (session 75, wcav75: tests/wiref f_5, wirej j_5,
# wirey y_3, wire2c c_4, wire2e e_4 golds, the share counted never preliminary).
COUNT_PROGRESS_PATTERN = (
    r"\bwith (?:(?:almost|nearly|about|roughly|over|more than|just over|some) )?"
    r"\d+(?:\.\d+)? ?(?:percent|%) (?:of (?:the |all )?(?:(?:expected|estimated) )?"
    r"(?:precincts|votes?|ballots|returns|results|tally sheets|polling stations) )?"
    r"(?:reporting|counted|tallied|processed|in)\b"
)
# Unnamed people who report a figure, beyond ANONYMOUS_HEADS: "The caller said a person had
# been shot", "a passerby said" (gold: anonymous_source); "told" for the source "We're told",
# "FOX59 is told" (newsroom.py): whoever told the newsroom is unnamed (sources12).
UNNAMED_REPORTER_HEADS = frozenset({"caller", "passerby", "bystander", "onlooker", "told"})
# Unnamed sources whose head the anonymous_source caveat did not know: "A count showed",
# "Earlier information said" (the anonymous kind's own words: gold gives them the caveat).
UNNAMED_SOURCE_HEADS = frozenset({"count", "information"})
# Words that make any source phrase unnamed: "an anonymous 911 call", "an unnamed aide".
ANONYMITY_WORDS = frozenset({"anonymous", "unnamed", "unidentified"})
# "The toll is expected to rise": a caveat naming a toll attaches to casualty figures.
TOLL_NOUNS = frozenset({"toll", "death", "casualty"})
CASUALTY_WORDS = frozenset({
    "killed", "kill", "dead", "died", "die", "death", "deaths", "toll", "casualties", "fatalities",
})
# The hurt and the missing given beside a death toll: "1,140 people had been killed and about
# 2,600 injured. He warned the toll was likely to rise" (cue_relations.counts_only_the_hurt;
# docs/gold-conventions.md, session 72: a toll cue does not reach them)
HURT_SUBJECT_WORDS = frozenset({
    "injured", "wounded", "hurt", "injuries", "critical", "missing", "unaccounted",
    "hospitalized", "hospitalised", "treated",
})
# Words that point back to a figure named before: "they could not be verified".
ANAPHORA = frozenset({"they", "it", "this", "these", "those", "that", "which"})
# "If confirmed, it would be the worst flood in 40 years": the subjects by which a condition's
# main clause points back to what is to be confirmed, so that the figures of that clause are
# not what the condition is about (cue_relations.conditions_pronoun_clause).
CONDITION_PRONOUN_SUBJECTS = frozenset({"it", "this", "that"})
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
        # "GERB's campaign chief, Petar Dimov" (tests/wirej j_5 gold: partisan on the race)
        "chief",
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
# Words that make a poll phrase an average of polls ("the RealClearPolitics polling average",
# "his lead in polling averages"): an aggregate someone computes, not an unnamed source
# (singular forms: the caveat check strips a plural "s").
POLL_AGGREGATE_WORDS = frozenset({"average", "aggregate"})
# "but that information was incorrect": a word by which a caveat refers back to figures told.
TOLD_NOUNS = frozenset({"information"})
# The verbs by which the "but" clause's source answers: statements, not pledges or plans ("but
# the socialist has vowed to soldier on" answers nothing).
ANSWERING_VERBS = frozenset({
    "say", "tell", "report", "state", "insist", "counter", "deny", "dispute", "confirm",
    "maintain", "contend", "respond", "reply",
})
# Plural bodies of a kind that the anonymous_source caveat names when the source kind is
# anonymous ("liberal groups reported spending ...": realgold19 gold); not "a rights group" (the
# dev corpus gives it no caveat); "outlet" and "media" are in ANONYMOUS_EXTRA_HEADS already.
# "Unions say the minimum pension now covers less than half" (tests/wireb b_1 gold, session 65)
UNNAMED_GROUP_HEADS = frozenset({
    "groups", "organizations", "organisations", "companies", "firms", "unions",
})
# A source that will not confirm a figure leaves it unverified, as "could not be confirmed" does
# (gold README, not_independently_verified): "Campaign aides declined to confirm the buys",
# "Police would not confirm that", "the ministry refused to confirm the toll" (realgold19 README).
DECLINED_CONFIRM_PATTERNS = (
    r"\b(?:declined|declines|decline|refused|refuses|refuse|would not|wouldn't|will not|won't)\s+"
    r"(?:to\s+)?(?:(?:independently|immediately|publicly|officially)\s+)?(?:confirm|verify)\b",
)
# People named only by what they do, beside the trades of person_nouns.py: "Economists said",
# "an engineer said", "Researchers found" name no one (gold README, anonymous_source: "the
# source is unnamed"; every anonymous source of the tuning golds carries it).
UNNAMED_EXPERT_HEADS = frozenset({
    "economist", "researcher", "scientist", "engineer", "scholar", "academic", "historian",
    "statistician", "demographer", "epidemiologist", "meteorologist", "forecaster", "pollster",
    "teacher", "nurse",
})  # fmt: skip
# People a wire story quotes by what they do or are where it happened, none named: "traders
# say", "French farmers say", "One prominent blogger wrote", "An army rescuer said", "A
# 67-year-old woman said" (tests/wiree e_1, wireo o_3, wireg g_4, wirem m_1, wirej j_3,
# wirev v_4 gold, six writers: anonymous with anonymous_source). Words on a person's ending
# ("an anthropologist") count too (unnamed_trades.py).
UNNAMED_SCENE_PEOPLE = frozenset({
    "trader", "farmer", "blogger", "rescuer", "herder", "villager", "shopkeeper",
    "storekeeper", "woman", "man", "elder",
})  # fmt: skip
# Determiners that leave a person of a trade unnamed: "an engineer", "some economists", "two
# nurses"; a bare plural ("Economists") has none.
UNNAMING_DETERMINERS = frozenset({
    "a", "an", "one", "some", "several", "many", "two", "three", "few", "other", "most",
})  # fmt: skip
# The nouns that name an event's overall toll as a caveat's subject (overall_tolls.py): "the
# toll is likely to rise", "the death toll was expected to rise", "the number of dead and
# injured is likely to go up".
OVERALL_TOLL_NOUNS = frozenset({"toll"})
# A phrase on "a toll" that forecasts its rise, after the counts it restates: "killing at least
# 14 people in a toll officials said was likely to rise", ", a toll officials expect to rise"
# (toll_appositions.py; tests/wireg g_1, tests/wire2q q_1 golds)
TOLL_APPOSITION_PATTERN = (
    r"\b(?:in )?a (?:death )?toll,? (?:that |which )?(?:\w+ ){1,3}?(?:(?:said|say|says) "
    r"(?:was|is|would|will) (?:likely|expected|certain|sure|set|bound) to |(?:expects?|expected|"
    r"fears?|feared|warned) (?:will |would |could |may )?(?:to )?)(?:rise|climb|increase|grow|"
    r"go up)\b"
)
TOLL_NUMBER_NOUNS = frozenset({"number", "count"})
# How a lede states the dead beyond the casualty words: "are feared to have drowned".
TOLL_DEATH_WORDS = frozenset({"drowned", "drown", "perished", "perish"})
# A count of bodies or killings is a count of the dead: "We have counted 23 bodies so far" gives
# the lede's toll again (overall_tolls.same_toll_figures; tests/wired d_1), "documented at least
# 38 killings" is a toll (quantified_figures.py; tests/wiree e_1).
BODY_COUNT_NOUNS = frozenset({"body", "corpse", "killing"})
# A toll named with the hurt takes the lede's counts of the wounded too: "the number of dead and
# injured is likely to go up".
TOLL_WOUND_WORDS = frozenset({"injured", "wounded", "hurt", "injuries", "casualties"})
# A part of the lede's toll, not the toll: "23 civilians died, among them seven children".
TOLL_PART_PREPS = frozenset({"among", "including"})
# ... or a part named by a pronoun for the whole: "six of them", "14 of those buried"
# (quantified_figures.py)
PARTITIVE_WHOLES = frozenset({"them", "those", "these", "whom"})
# The role nouns by which wire copy names a belligerent's speaker once ("Army spokesman Brig.
# Gen. Nabil Abdelrahim", "Col. Ivan Petrov, a defence ministry spokesman") and then quotes the
# person by name alone (military_speakers.py).
MILITARY_SPEAKER_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "commander"})
# A source that is one or some of a group named before ("one of them said", "One of them, a
# Western diplomat, said"): when the source finder reads it as anonymous, the group is unnamed
# people (partitive_sources.py; tests/wiree e_3, wirey y_2, wire2a a_5 golds, session 69)
PARTITIVE_SOURCE_PATTERN = (
    r"(?:one|two|three|some|several|many|most|both|each|another|either|neither)"
    r" of (?:them|those|these)"
)
# A cue's figure noun that says what its figures count: "the passenger numbers", "The figures for
# injured officers" (counted_cues.py; session 75, wcav75: tests/wire2w w_2 and tests/wire2u u_4
# golds, the cue only on the passengers' and the officers' figures, not the toll before them).
COUNTED_FIGURE_NOUNS = frozenset({
    "number", "figure", "count", "tally", "total", "statistic", "estimate",
})
# ... and the prepositions by which such a noun takes what it counts ("figures for", "data on")
COUNTED_PREPOSITIONS = frozenset({"for", "on"})
