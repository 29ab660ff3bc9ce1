"""Rule data for nominal sources: documents, polls, reports and estimates that speak for their
author ("a poll by Gallup", "figures released by the ministry", "the AP's tally"). Split from
``reporting.py`` (session 57, at its 400-line limit); re-exported by ``lexicon``.
"""

# fmt: off
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
# "reports of 200 missing", "estimates of 40 ships": the noun is the source of its "of" figure.
REPORT_OF_HEADS = frozenset({"report", "estimate", "rumor", "rumour"})
# ... and of the clause they frame: "outside estimates that the navy has 40 ships" (issue 11).
REPORT_THAT_HEADS = REPORT_OF_HEADS | frozenset({"claim", "assessment", "projection"})
# Verbs by which a pollster carries out a poll: "Quinnipiac conducted the poll of 1,042 voters"
# (with SURVEY_VERBS, "The university surveyed 1,051 voters": realgold10 golds, the pollster).
POLL_CONDUCTING_VERBS = frozenset({"conduct", "carry", "run", "field"})
# Verbs by which a poll word or a plan does not give figures: an index or the polls that close
# or open ("The Dow Jones industrial average closed down 24 points", "after polls closed in
# New Hampshire": realgold3, realgold20 golds), what a plan is ("his plan is to keep Trump from
# the 1,237 delegates": realgold19), with the verbs of change (CHANGE_VERBS).
NOT_DOCUMENT_VERBS = frozenset({"be", "close", "open", "end", "finish"})
# docs/gold-conventions.md "Documents 'by' an organisation": a count, analysis or review the text
# credits to a body is sourced by the whole phrase ("a count by The Associated Press", "An
# analysis by Politifact": realgold8, realgold10 golds), as polls and studies already are
# (AUTHORED_DOCUMENT_HEADS); records and data "from" a body too ("court records from the County
# Clerk", "the most recent data available from the FBI": realgold10, realgold12 golds).
CREDITED_DOCUMENT_HEADS = frozenset({
    "analysis", "tally", "count", "review", "audit", "average",
    # "A preliminary assessment by the home ministry found ..." (tests/wirea a_2 gold, whole)
    "assessment",
    # "about $12 an hour, according to calculations by <economist> of <university>" (PolNeAR,
    # session 69): a calculation is an estimate (ESTIMATE_FRAME_HEADS), credited as an analysis
    "calculation",
})  # fmt: skip
RECORDS_FROM_HEADS = frozenset({"record", "data", "datum"})
# The same ruling for a report or data that "by" credits to a body, released or not: "by" the
# body credits the whole phrase ("a report released by the Brookings Institution last year estimated ...", realgold35;
# "according to data released Friday by state gaming regulators", realgold6), not the body
# alone, which the fictional development gold wrote for statements and figures
# (``body_behind_document``). Not "reports" (README: unspecified reports are anonymous).
# Figures and results "by" a body likewise ("Figures released by the Malawi Electoral Commission
# ... gave Ngwira 52.4%": tests/wireb gold whole; "from" still gives the body alone).
RELEASED_DOCUMENT_HEADS = frozenset({"report", "data", "datum", "figure", "result"})
# docs/gold-conventions.md "Documents 'by' an organisation": the polls an average is "of" carry
# its author's credit ("the average of recent polls compiled by Real Clear Politics"; unannotated
# nyt, usa-today articles)
CREDITED_SUB_DOCUMENTS = frozenset({"poll", "survey", "polling"})
# a publishing participle that credits the document from a noun inside its phrase ("A report
# about the integration of immigrants issued over the summer by the OECD")
PUBLICATION_PARTICIPLES = frozenset({"issue", "release", "publish", "compile", "conduct"})
# "By one estimate, 14,000 attended", "..., by the group's count": a reckoning set off with
# "by" is the figure's source (estimate_frames.py; issue 11, "Nominal sources").
ESTIMATE_FRAME_HEADS = frozenset({"estimate", "count", "tally", "calculation", "reckoning"})
# docs/gold-conventions.md "Documents 'by' an organisation": a poll "from" a named pollster is
# credited to it as one "by" it is, and written whole ("A poll from Marquette Law School released
# Wednesday found ...": realgold gold; "a new poll from USA TODAY/Suffolk University", "a
# just-released poll from Florida Atlantic University": unannotated usa-today, breitbart). Only
# polls: a projection or memo "from" a publication or a body keeps its author alone (realgold20
# "a projection from the Cook Political Report" -> "the Cook Political Report").
POLLS_FROM_THEIR_POLLSTER = frozenset({"poll", "survey", "polling"})
# Verbs by which a document credited to a body gives a figure that are not reporting verbs
# ("Figures released by the commission gave Banda 52%", "results from the commission put him
# at 54 percent"; tests/wireb b_2, tests/corpus d2): credited_documents.py. Not a document
# that acts ("Solid results from Vantor helped lift the index 1.4 percent": realgold3
# gold, no source).
DOCUMENT_GIVING_VERBS = frozenset({"give", "put", "place", "have"})
# fmt: off
# Documents that speak for whoever issued them, named or not: "according to the bulletin",
# "the judgment found", "the provisional count shows", "the draft budget" (tests/wired d_3,
# tests/wiref f_3 and f_5, tests/corpus: named_org; conventions "Documents 'by' an
# organisation": a definite study or poll is named_org). Not "figure" or "estimate" (a number,
# not a paper), nor a "post" or "tweet" (a person's as often as a body's).
DEFINITE_DOCUMENT_HEADS = frozenset({
    "statement", "report", "data", "tally", "count", "analysis", "study", "survey", "poll",
    "assessment", "release", "bulletin", "update", "record", "document", "filing", "memo",
    "projection", "forecast", "complaint", "affidavit", "indictment", "transcript", "audit",
    "review", "census", "research", "judgment", "judgement", "ruling", "verdict", "manifest",
    "budget", "dossier", "ledger", "register", "communique",
})
# fmt: on
# Participles that state a counted noun as someone's fact: "the 14 deaths acknowledged by the
# junta", "the 2.8% ratio reported by the bank" (relative_reports.reported_noun_source); not
# acts done to it ("records posted by the seller").
REPORTED_NOUN_VERBS = frozenset(
    {
        "acknowledge",
        "admit",
        "report",
        "confirm",
        "record",
        "register",
        "estimate",
        "count",
        "claim",
        "announce",
        "cite",
        "give",
        "tally",
        "document",
        "put",
        "disclose",
        "declare",
    }
)  # fmt: skip
