"""Rule data for source phrases and their kinds: roles, titles, bodies, anonymous people,
pronouns and speakers (``extract/sources/``; gold README, "Source kinds").
"""

# fmt: off
# Heads that name no institution when nothing qualifies them: "authorities said" is as
# unspecified as "officials said" (anonymous); "provincial authorities" are named_org.
UNSPECIFIED_ORG_HEADS = frozenset({"authorities"})
ORG_PRONOUNS = frozenset({"it", "they", "we", "i"})
# Pronouns that may stand for unnamed people named before ("Officials said ... They said").
PLURAL_PRONOUNS = frozenset({"they", "them"})
# Documents a colon-ending paragraph announces as the text that follows ("Partial transcript
# as follows:", "The statement reads:"): the document is the source of what follows (issue 11).
ANNOUNCED_DOCUMENT_HEADS = frozenset({
    "transcript", "text", "excerpt", "statement", "remark", "letter", "memo", "email", "release",
})
# Of those, the records of someone's speech: an unowned "Transcript as follows:" after "Gov. Lee
# said, ..." is Lee's words, not an anonymous document's (the speaker the paragraph before reports).
SPEECH_DOCUMENT_HEADS = frozenset({"transcript", "excerpt", "remark"})
# Quotation marks that open a quoted paragraph: a transcript turn or a speech record going on
# (``speakers.py``, ``announced_speakers.py``).
PARAGRAPH_QUOTE_OPENERS = ('"', "“", "''", "``")
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
# Spelled-out titles of public office written right before a name stay with it, as their
# abbreviations do ("Senator Mara Voss" like "Sen. Mara Voss"; "District Attorney Lena Ortiz"):
# docs/gold-conventions.md, "Titles and roles before names in source text" (realgold6,
# realgold20 golds). One word, or a pair of words written together as one office.
OFFICE_TITLES = frozenset({
    "senator", "governor", "representative", "congressman", "congresswoman", "councilman",
    "councilwoman", "commissioner",
})  # fmt: skip
# The head word of a government portfolio written capitalised before a name, with the capitalised
# words of its portfolio ("Energy Minister Ana Ruiz", "Agriculture Principal Secretary Tom Lee",
# the title stands before the name at the attribution and stays with it (docs/gold-conventions.md,
# "Titles and roles before names in source text"; the wire golds of tests/wire2g, wire2h, wire2o,
# wirev, wirex write it whole). Not "undersecretary": tests/corpus d1 writes the name alone after
# "Health Undersecretary", tests/wire2o keeps it (a split left to a ruling).
PORTFOLIO_TITLES = frozenset({"minister", "secretary"})
# The last word of a label that opens a live page's key-events line and names who gives its
# figure ("Air force: 118 drones downed", "- Interior ministry: 54 missing", "Governor: toll
# rises to three"; headline_tails.py): a body, a people or an office (tests/wirea, wirem,
# wire2a, wire2b, wire2k, wire2n, wire2o golds), beside the bodies of ORG_HEADS.
LABEL_SOURCE_HEADS = frozenset({
    "minister", "governor", "mayor", "president", "opposition", "observers", "monitors",
    "brigade", "rescuers", "medics", "officials", "guard",
})  # fmt: skip
# Bodies' words of ORG_HEADS that also head a topic's label ("Key data:", "State:", "Census:"):
# no source (headline_tails.py).
LABEL_TOPIC_HEADS = frozenset({
    "data", "statistics", "census", "study", "state", "city", "county", "town", "township",
    "village", "province", "community", "team", "media",
})  # fmt: skip
# Rank words that make a role noun the one at the top of its body: "the chief executive", "its
# chief medical officer" (office_roles.ranked_office; gold README: a unique role ->
# named_person).
OFFICE_RANK_WORDS = frozenset({"chief"})
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
    "constable", "coroner", "firefighter", "fire", "mayor", "judge", "prosecutor", "neighbor",
    "neighbour", "witness", "photojournalist", "photographer", "reporter",
})
# "FOX59 is told there were six children", "We were informed that 12 were hurt": a passive
# telling with no agent names no source (anonymous_source).
TOLD_VERBS = frozenset({"tell", "inform"})
NEWSROOM_NOUNS = frozenset({
    "reporter", "newsroom", "station", "newspaper", "outlet", "channel", "crew", "team",
})
# Right-hand parts of a source phrase that belong to its name: "the head of the rescue
# services", "Libya's ambassador to the UN".
NAME_PREPS = frozenset({"of", "to", "for", "at", "with", "from"})
# Unique roles that stay unique after "a": a county has one sheriff, so the wire's "..., a sheriff
# said" names him (gold README, "Source kinds": a unique role -> named_person;
# realgold6 gold "a sheriff", named_person, three claims), unlike "a spokesman" (gvasrc).
INDEFINITE_UNIQUE_ROLE_HEADS = frozenset({"sheriff"})
# Roles that open a sentence right before a name, capitalised only by their place there:
# "Spokesman Sayed Rahim Sharifi told reporters", "Economist Segun Adeleye-Brown said",
# "Assemblyman Yaw Darko said" (wiren, wire2m, wire2n, wire2p golds keep the role; no tuning
# gold drops one). Besides these, the spokesperson and expert nouns (source_extent.py).
OPENING_ROLE_NOUNS = frozenset({
    "analyst", "assemblyman", "assemblywoman", "councillor", "lawmaker", "legislator",
    "pastor", "priest", "imam", "rabbi", "bishop", "professor", "lawyer", "attorney",
})
# "a European diplomat in Tripoli", "a report in the Herald", "a survey by the group in March":
# an "in" phrase on the source's noun says which one (the gold keeps it); not the medium it
# speaks in ("Lee in a statement said", "the mayor in an interview").
SOURCE_PLACE_PREPS = frozenset({"in"})
# "a doctor there said", "a spokeswoman there said": "there" on the source's noun stands for
# the place an "in" phrase would name, and stays with it (tests/wireg, tests/wirek golds).
SOURCE_PLACE_ADVERBS = frozenset({"there"})
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
        # papers a body keeps or files, read as one document the text points to ("The cable",
        # "handwritten ledgers", "the autopsy", "the lawsuit"; realgold4, realgold31 golds:
        # named_org; docs/gold-conventions.md, "Documents 'by' an organisation": a definite
        # document keeps named_org); "a cable" alone stays unspecified (indefinite)
        "cable", "ledger", "email", "e-mail", "memo", "letter", "lawsuit", "suit", "warrant",
        "autopsy", "log", "declaration", "petition", "motion", "citation", "statement",
        # "Kantar Media's ad tracker" (realgold3 gold, named_org), "the tracker shows"
        "tracker",
    }
)
# Plural records the README keeps unspecified whatever describes them ("initial reports",
# "emergency radio reports", "news reports": anonymous; realgold6, realgold12, realgold14 golds;
# gold README, "Source kinds": unspecified "reports" -> anonymous), unless a name, an owner or
# "the" singles them out ("FEC reports", "its reports", "the reports") or a body's word before
# them says whose they are ("police reports": RECORD_KEEPER_WORDS).
UNSPECIFIED_RECORD_PLURALS = frozenset({"reports"})
# Nouns before such plurals that say only how the reports came ("radio reports", "news
# reports", "scanner reports"), unlike a kind of record ("campaign finance reports": named_org).
REPORT_MEDIUM_WORDS = frozenset({
    "news", "media", "radio", "press", "television", "tv", "scanner", "wire", "social",
})  # fmt: skip
# Bodies whose word before a document makes it theirs, also after "a": "a police report", "a
# sheriff's office release", "a court filing" (docs/gold-conventions.md, "Documents 'by' an
# organisation": the organisation before the noun, as "the X Institute survey", named_org).
# Not "media" or "news" ("a media report", "news reports": unspecified reports, anonymous).
RECORD_KEEPER_WORDS = frozenset({
    "police", "sheriff", "department", "court", "coroner", "prosecutor", "fbi", "agency",
    "office", "ministry", "hospital", "jail", "state", "city", "county", "government", "army",
    "military", "autopsy", "dispatch",
})  # fmt: skip
# Records only a body makes or files, which speak for it even after "a": "an arrest affidavit
# says", "A newly released email shows" (every such document source of the tuning golds is
# named_org: court documents and records, a cable, ledgers, the filing, the criminal complaint);
# not "a report", whose bare form the README keeps anonymous, nor "a release" (test_attribution
# keeps a bare one anonymous; no gold writes one).
OFFICIAL_RECORD_HEADS = frozenset({
    "complaint", "affidavit", "indictment", "warrant", "autopsy", "email", "e-mail", "cable",
    "memo", "ledger", "filing", "lawsuit", "declaration", "petition", "motion", "citation",
    "paperwork", "document", "transcript", "log",
})  # fmt: skip
# Titles of rank or office written right before a person's name ("Police Chief Ana Ruiz",
# "Mayor Jan Reyes", "Det. Sara Kim", "Speaker Paul Ryan"): the name after one is a person's,
# however the tagger labels it (gold README, "Source kinds": a person named -> named_person;
# person_name_cues.titled_name_end). Lower case, as written before the name.
NAME_TITLE_WORDS = frozenset({
    "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.", "rep.", "gov.", "sgt.", "lt.",
    "det.", "capt.", "cpl.", "insp.", "supt.", "rev.", "officer", "judge", "senator", "governor",
    "representative", "congressman", "congresswoman", "councilman", "councilwoman",
    "councilmember", "commissioner", "mayor", "chief", "sheriff", "undersheriff", "detective",
    "trooper", "deputy", "sergeant", "lieutenant", "captain", "corporal", "inspector",
    "marshal", "constable", "coroner", "superintendent", "speaker", "president", "secretary",
    "pastor", "reverend", "bishop", "professor", "coach", "principal", "treasurer", "auditor",
    "alderman", "alderwoman", "spokesman", "spokeswoman", "spokesperson",
})  # fmt: skip
# One-word names of news outlets and pollsters, which the tagger often reads as a person's
# surname ("according to Politico", "Breitbart reported"; realgold7 gold "Politico" named_org;
# gold README, "Source kinds": "Reuters" -> named_org). Lower case; no word that is also a common
# surname of a public figure ("Bloomberg", "Harris", "Drudge", "Zogby", "Nielsen").
OUTLET_NAMES = frozenset({
    "politico", "breitbart", "axios", "mediaite", "reuters", "gallup", "quinnipiac", "marist",
    "newsmax", "gawker", "tmz", "ipsos", "vox", "slate", "salon", "buzzfeed", "huffpost",
    "politifact", "univision", "telemundo", "yougov",
})  # fmt: skip
# Common nouns for a body the article has named, which speak for it when definite or owned:
# "The retailer said it would close 40 stores", "the school district said", "the jail said"
# (gold README, "Source kinds": an institution -> named_org, as "the health ministry"). Beyond
# ORG_HEADS, which other stages read too; "a local school" stays unspecified (indefinite).
INSTITUTION_HEADS = frozenset({
    "school", "district", "church", "league", "jail", "prison", "zoo", "clinic", "store",
    "restaurant", "chain", "utility", "tribe", "retailer", "airline", "automaker", "carrier",
    "insurer", "lender", "manufacturer", "maker", "nonprofit", "non-profit", "magazine", "panel",
    "club", "library", "museum", "shelter", "academy", "college", "regime", "corporation",
    "publisher", "website", "tabloid", "daily", "broadcaster", "consultancy", "pollster",
    "conglomerate", "startup", "think-tank", "thinktank", "operator", "provider",
    "legislature", "assembly", "caucus", "delegation", "cabinet", "judiciary", "jury",
    "facility", "plant", "factory", "port", "airport", "mall", "casino", "hotel",
    "business", "employer", "brand", "fund", "trust", "exchange",
    # a party's or a force's collective noun ("The opposition says", "the alliance said", "the
    # paramilitary said", "the corps said": tests/wire2o, wire2v, wire2l, wire2w, wire2d golds
    # write named_org, none anonymous)
    "opposition", "alliance", "paramilitary", "corps",
})  # fmt: skip
# Two-word names of a body whose head alone names no body ("a guard", "a tank", "the hall"):
# with its modifier it is one, determiner or none ("The coast guard said", "City hall said",
# "Rights body says", "think tank", "The army's media wing": tests/wireg, wire2f, wire2i,
# wire2v, wire2l, corpus for the coast or national guard; wire2p, wirem for a city or town
# hall; wirex, wire2u, wire2k, wirex, wire2d for the rest; every such source named_org).
BODY_COMPOUNDS = frozenset({
    ("coast", "guard"), ("national", "guard"), ("city", "hall"), ("town", "hall"),
    ("think", "tank"), ("rights", "body"), ("media", "wing"), ("armed", "wing"),
    ("military", "wing"),
})  # fmt: skip
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
# Lowercase adjectives that date or rate an office rather than name it ("former governor Ann
# Lee", "longtime director"): a role before a name stops at them (sources/office_adjectives.py).
STATUS_ADJECTIVES = frozenset({
    "former", "late", "then", "outgoing", "incoming", "longtime", "new", "current", "previous",
    "retired", "veteran", "embattled", "disgraced", "popular", "controversial", "powerful",
})
# Abbreviated titles of address kept before a name, beside ADDRESS_TITLES' police ranks (real
# gold: "Sen. Ted Cruz", "Sgt. Kevin Suthard"), written without their period; military ranks
# as the wire golds keep them ("Col. Alusine Bangura", tests/wiree; "Ministry spokesperson Col.
# Hsieh Wen-ching", tests/wirel), two of them as one rank ("Brig. Gen.", tests/wirea; "Lt.
# Cmdr. Shahidul Islam", tests/wire2a: a naval rank).
ABBREVIATED_TITLES = frozenset(
    {"sen", "sens", "rep", "reps", "gov", "sgt", "det", "lt", "capt", "cpl", "col", "maj", "gen", "brig", "adm", "cmdr", "cdr"}
)
# "Police arrested a man they say fired ...": the clauses in which "they" stands for the
# subject of the clause they hang on (the parse makes them relative clauses or asides).
THEY_CLAUSE_DEPS = frozenset({"relcl", "parataxis", "acl"})
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
# A headline label in capitals ending so is a police department's or sheriff's office's
# acronym ("HPD:", "LMPD:", "SAPD:", "JCSO:"; realgold3 and realgold10 golds: named_org).
POLICE_ACRONYM_ENDINGS = ("PD", "SO")
# Officers speaking as a body are the police ("Officers tell us ..."; realgold4 README and the
# realgold10 gold: named_org); one officer, or a number of them, stays anonymous.
POLICE_PLURAL_HEADS = frozenset({"officers"})
# Words before "officers" that make them some unnamed officers, not the force.
SOME_OFFICERS_WORDS = frozenset({"a", "an", "some", "several", "two", "three", "few", "many"})
# "We're told ...", "FOX59 is told ...": the newsroom reports what someone unnamed told it
# (realgold3/5/10 golds: the source is the phrase itself, anonymous).
NEWSROOM_PRONOUNS = frozenset({"we", "we're", "we’re"})
NEWSROOM_NAME_WORDS = frozenset({"news", "tv", "channel", "newsroom"})
# Head words a proper-name compound makes a named body's work ("A Real Clear Politics average of
# polls", "the Gallup tracker"): not a place's or a date's ("the Ohio average", "the May figure").
NAME_COMPOUND_SKIP_ENTS = frozenset({"GPE", "LOC", "DATE", "TIME", "NORP", "PERSON"})
# An office of a place written before a name is kept with it ("US Senator Jeff Sessions",
# "Missouri Secretary of State Jason Kander", "Georgia State Patrol Capt. Mark Perry": realgold8,
# realgold12 golds); the entity labels of the place or body the office opens with.
OFFICE_PLACE_ENTS = frozenset({"GPE", "NORP", "LOC", "ORG"})
# Offices of a place whose place the tagger often leaves unnamed or reads as a person's name
# ("Zonguldak Governor Ayse Karaca", "Enga Provincial Administrator Peter Kandu": tests/wire2g,
# tests/wire2u golds keep the place and office): with one of these last before the name, a
# capitalised proper noun opening the office is taken for its place.
PLACE_OFFICE_TITLES = frozenset({"governor", "administrator", "mayor", "prefect"})
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
    "mission",
})  # fmt: skip
PERSON_DESCRIPTOR_NOUNS = frozenset({
    "employee", "spokesman", "spokeswoman", "spokesperson", "witness", "resident", "neighbor",
    "neighbour", "economist", "lawyer", "attorney", "professor", "manager", "executive",
    "historian", "strategist", "adviser", "advisor", "consultant", "candidate", "senator",
    "lawmaker", "businessman", "businesswoman", "owner", "bartender", "worker", "officer",
    "detective", "deputy", "trooper", "teacher", "student", "pastor", "doctor", "nurse",
    "mother", "father", "son", "daughter", "brother", "sister", "wife", "husband", "friend",
    "cousin", "uncle", "aunt", "grandmother", "grandfather", "analyst", "researcher", "scientist",
    "representative",
})  # fmt: skip
# Offices only a person holds, written in apposition to a name ("Chinwe Ibe, the agency's chief
# of relief, said"; "The mayor of Kerrin, Ana Vole, said"): the name is a person's
# whatever the tagger reads it as (name_kinds.py; tests/wired, tests/wiref golds:
# named_person for a name the tagger left untagged or read as a place). Not words that also
# describe a body ("leader": "the market leader"; "head": "the head office").
OFFICE_DESCRIPTOR_NOUNS = frozenset({
    "chief", "director", "minister", "secretary", "chairman", "chairwoman", "chairperson",
    "governor", "mayor", "commander", "commissioner", "ambassador", "envoy", "prosecutor",
    "judge", "coordinator", "superintendent", "administrator", "inspector", "prefect",
})  # fmt: skip
# A definite description of a company or a newspaper speaks as the body it describes ("The
# online retail giant reported ..." after "Amazon"; "the paper notes ..."; realgold3, realgold14
# golds: named_org); "a paper" stays unspecified (indefinite).
ORG_EPITHET_HEADS = frozenset({"giant", "paper"})
# A page someone keeps online is a record one can look up ("The GoFundMe page set up for the
# teen said ...", "the school's Facebook page"; realgold10, realgold16 golds: named_org).
PUBLISHED_PAGE_HEADS = frozenset({"page"})
# a document or average a name written in one word with capitals inside heads is that body's
# work, however the tagger reads the name ("the RealClearPolitics average of recent national
# surveys": NNS; realgold8, realgold12, realgold16 golds write such averages named_org)
NAMED_WORK_HEADS = frozenset({"average", "poll", "survey", "analysis", "tally", "count"})
# The first person outside quotations is the writer (writer_pronouns.py): "We believe six
# debates ... is comparable", "I count 40": not an organisation named before it.
WRITER_PRONOUNS = frozenset({"we", "i"})
# An article before a page-furniture label leaves it furniture (speakers.py): "The Latest:".
LAYOUT_ARTICLES = frozenset({"the"})
# A colon-ending paragraph that announces a speaker's words by name (speakers.py, session 41):
# "Quotes from Sheriff Walton:", "Remarks by Mayor Lee:", "More comments from the chief:".
SPEECH_RECORD_HEADS = frozenset({
    "quote", "quotes", "remark", "remarks", "comment", "comments", "excerpt", "excerpts",
})  # fmt: skip
SPEECH_RECORD_LEADS = frozenset({"some", "more", "other", "key", "further", "additional"})
# Entity labels of an owner that is a body, outlet or place, whose possessive before a person's
# name is the name's title ("NBC's Ali Vitali", "The Post’s Chris Cillizza"); a person's
# possessive ("X's friend Y") is a relation, written as the name alone in the real golds
BODY_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC"})
# ... but a place's possessive right before a name is an epithet, not a title ("said Florida's
# Rick Wilson, a Republican consultant"): the name alone
PLACE_ENTS = frozenset({"GPE", "NORP", "LOC"})
# Words for people who speak for a body without being it, beyond PERSON_DESCRIPTOR_NOUNS,
# UNNAMED_PEOPLE_HEADS, SPOKESPERSON_HEADS and KIN_SOURCE_HEADS: "a Carrier executive", "one
# Trump confidant", "an ICE official": one of them, unnamed, is an anonymous source
MEMBER_PERSON_HEADS = frozenset({
    "official", "aide", "insider", "staffer", "diplomat", "confidant", "ally", "supporter",
    "donor", "volunteer", "representative", "member", "operative", "source",
})  # fmt: skip
# Determiners of one unnamed person ("a", "another New Hampshire Republican", "one aide")
ONE_UNNAMED_DETERMINERS = frozenset({"a", "an", "another", "one"})
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
# A body's own findings it passes on: bare ("initial assessments showed", "according to
# information it had received") they name no source of their own, so the body that reports
# them is the source (own_findings.py; tests/wireg, wirel golds).
OWN_FINDING_NOUNS = frozenset({"assessment", "information", "finding"})
# People who speak in wire copy by trade or field, beyond the casualty person nouns
# (placed_people.py): "Traders in the market said", "researchers in Lagos say".
SPEAKING_PEOPLE_NOUNS = frozenset({
    "trader", "researcher", "forecaster", "meteorologist", "economist",
})  # fmt: skip
# The entity labels that say where people are or come from, or how many, not whom they speak for.
PLACE_ENTITY_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC", "CARDINAL"})
# A news outlet's word: "a local radio station reported" is an unnamed report (gold README:
# "reports" -> anonymous; tests/corpus gold), where "a medical group said" is a body speaking
# (indefinite_bodies.py). Other bodies after "a" stay named_org.
MEDIA_BODY_HEADS = frozenset({
    "station", "radio", "television", "outlet", "newspaper", "media", "broadcaster", "network",
    "channel", "paper", "website", "tabloid", "magazine", "daily", "news",
})  # fmt: skip
# Last words of a firm's name, which the tagger reads as a person's surname ("Fitch Ratings
# said": tests/wiren, wirev golds named_org, the extractor named_person; firm_names.py).
FIRM_NAME_ENDINGS = frozenset({
    "ratings", "holdings", "partners", "capital", "associates", "securities", "analytics",
    "consulting", "consultants", "research", "insights", "investments", "advisors", "advisers",
})  # fmt: skip
# Words before "media" that name no outlet: "Local media reported" (kinds_of_bodies.py).
UNPLACED_MEDIA_WORDS = frozenset({"local", "foreign", "international"})
