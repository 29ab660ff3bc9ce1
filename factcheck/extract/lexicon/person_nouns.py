"""Rule data: the nouns that name one person who can be a casualty. Pure data, no parse.

Issue 9, gold README "Implied counts" ("a man was shot and killed" = 1 killed). The closed
``lexicon.PERSON_NOUNS`` was fitted to the tuning articles; held-out reports name victims by
words no tuning article used ("a jogger", "an inmate", "a deacon", "a retiree"). These lists are
written from general knowledge of how local news names people, grouped by kind; entries are
lower-case singular lemmas. Left out on purpose: words whose everyday sense is a thing or a
group ("general", "major", "private", "principal", "host", "agent", "model", "star", "fan",
"head", "chief", "trainer"), adjectives ("homeless", "correctional"), "survivor" (a
witness of the event, not its casualty), demonyms, and organisations.
"""

# fmt: off

# Occupations and trades: "a cab driver was killed", "a barber was shot to death".
OCCUPATION_PERSON_NOUNS = frozenset(
    "accountant actor actress announcer architect artist assistant attendant attorney "
    "baker banker barber barista bellhop bookkeeper bouncer bricklayer broker builder butcher "
    "cabbie caretaker carpenter carrier cashier caterer chauffeur chef chemist clerk "
    "comedian contractor cook counselor courier custodian dancer dealer dentist deliveryman "
    "designer detective dishwasher dispatcher dj doorman electrician engineer entertainer "
    "exterminator farmhand firefighter fireman fisherman florist foreman gardener groundskeeper "
    "hairdresser hairstylist handyman housekeeper inspector installer instructor janitor "
    "jeweler journalist judge laborer landlord landlady landscaper lawyer librarian lifeguard "
    "lineman locksmith longshoreman machinist maid mailman manager mason mechanic medic "
    "messenger midwife miner mover musician nanny painter paralegal paramedic pharmacist "
    "photographer physician pilot plumber porter postman producer professor programmer "
    "rapper realtor receptionist reporter roofer sailor salesman saleswoman salesperson "
    "scientist seamstress secretary server singer songwriter stylist supervisor surgeon "
    "surveyor tailor technician teller therapist trucker tutor valet vendor veterinarian "
    "waiter waitress welder writer "
    # rimpl71: trades of wire reports' victims ("a vaccinator was wounded", "a radio
    # commentator was shot dead"; wire2i, wire2k). Not "blogger", "poet", "novelist": often a
    # second trade of one person ("a teacher and blogger died"), which would count two
    "broadcaster commentator translator interpreter vaccinator trader".split()
)

# Ranks, service, law and civic roles: "a sergeant was shot", "a Marine was killed".
SERVICE_PERSON_NOUNS = frozenset(
    "airman captain colonel commander commissioner constable corporal councilman "
    "councilwoman councilmember congressman congresswoman cop corrections correctional "
    "dispatcher firefighter inmate investigator jailer juror lawmaker legislator lieutenant "
    "marine marshal mayor patrolman policeman policewoman prisoner prosecutor ranger "
    "recruit senator sergeant serviceman servicewoman sheriff soldier trooper veteran "
    "warden detainee parolee probationer informant witness".split()
)

# Religious roles: "a deacon was shot in the church parking lot".
RELIGIOUS_PERSON_NOUNS = frozenset(
    "bishop chaplain churchgoer clergyman deacon elder evangelist imam minister missionary "
    "monk nun parishioner preacher priest rabbi reverend worshiper worshipper "
    # rimpl71: "a pilgrim was also injured" (wiref), "a cleric was killed"
    "cleric pilgrim".split()
)

# Kinship and household: "a grandma was shot and killed", "a stepbrother was shot".
KIN_PERSON_NOUNS = frozenset(
    "grandma grandpa granny granddad grandad grandparent grandchild grandkid "
    "great-grandmother great-grandfather great-grandson great-granddaughter great-grandchild "
    "stepbrother stepsister stepchild half-brother half-sister brother-in-law sister-in-law "
    "son-in-law daughter-in-law father-in-law mother-in-law parent spouse twin widow widower "
    "ex-wife ex-husband ex-girlfriend ex-boyfriend ex-partner fiancé fiancée newlywed "
    "godson goddaughter godfather godmother mama papa "
    # rspan75: "my bride was 20," (realgold48 gold: an age)
    "bride bridegroom".split()
)

# Age and life stage: "a newborn was killed", "a preschooler was shot".
LIFE_STAGE_PERSON_NOUNS = frozenset(
    "newborn preschooler kindergartner kindergartener schoolboy schoolgirl tween adolescent "
    "minor retiree senior elder pensioner youngster".split()
)

# School and sport roles: "a sophomore was shot at a house party", "a coach was wounded".
SCHOOL_SPORT_PERSON_NOUNS = frozenset(
    "athlete classmate coach freshman sophomore junior graduate pupil schoolmate teammate "
    "quarterback player referee umpire boxer wrestler golfer swimmer footballer "
    "cheerleader "
    # impl56c: a pupil by school year, "a sixth-grader", "a fifth grader" (the tokenizer splits
    # the hyphen, so the head is "grader"; the year word stays a modifier, never the value)
    "grader schooler".split()
)

# impl56c: the school-year nouns whose ordinal is part of the noun, not an ordinal of people
# ("the sixth-grader", "a fifth grader": the gold keeps the whole noun; "A fourth person" keeps
# "person").
SCHOOL_YEAR_NOUNS = frozenset({"grader"})

# People by what they were doing or where they were: "a hiker was shot", "a partygoer was killed".
ROLE_PERSON_NOUNS = frozenset(
    "jogger hiker runner walker skateboarder motorcyclist biker rider shopper visitor tourist "
    "traveler traveller commuter partygoer concertgoer moviegoer clubgoer reveler reveller "
    "onlooker spectator attendee participant protester protestor demonstrator volunteer "
    "caregiver babysitter citizen civilian member acquaintance stranger passerby "
    "occupant homeowner renter houseguest hitchhiker drifter transient camper hunter "
    "client patient pedestrian hostage captive fugitive gangster gangbanger "
    "teenager "
    # impl54c: "a good Samaritan was shot", "a caller was found shot to death"
    "samaritan caller".split()
)

# impl56: the people a crime report names by what they did, where they lived or who they were
# to someone ("a carjacker was shot by the driver", "a lodger was killed", "his buddy was
# wounded", "an immigrant was shot outside a store"), written from general knowledge of local
# news, not from the corpus. Left out on purpose: words of political news that are rarely a
# casualty and often a subject of "hurt" or "killed" in a figurative sense ("official",
# "candidate", "voter", "president", "executive", "director", "opponent").
STREET_PERSON_NOUNS = frozenset(
    "carjacker kidnapper abductor mugger thief looter prowler trespasser felon convict vandal "
    "rioter squatter panhandler vagrant addict pimp prostitute lodger boarder housemate "
    "flatmate colleague buddy pal dude gal boss businessman businesswoman storekeeper "
    "merchant rancher boater surfer skier snowboarder bicyclist scooterist congregant "
    "cadet reservist sentry emt immigrant migrant defendant claimant servant applicant "
    "stepparent stepgrandfather stepgrandmother godchild".split()
)
# impl56: people on "-ee", listed (the ending is also a place's: "Milwaukee").
EE_PERSON_NOUNS = frozenset(
    "attendee trainee detainee escapee retiree amputee nominee appointee evacuee refugee "
    "devotee divorcee internee absentee parolee honoree enrollee inductee invitee returnee "
    "abductee mentee licensee franchisee transferee employee referee".split()
)

# Every one-person noun above, for the casualty gates (``lexicon.CASUALTY_PERSON_NOUNS``).
BROAD_PERSON_NOUNS = (
    OCCUPATION_PERSON_NOUNS | SERVICE_PERSON_NOUNS | RELIGIOUS_PERSON_NOUNS | KIN_PERSON_NOUNS
    | LIFE_STAGE_PERSON_NOUNS | SCHOOL_SPORT_PERSON_NOUNS | ROLE_PERSON_NOUNS
    | STREET_PERSON_NOUNS | EE_PERSON_NOUNS
)

# impl56: endings that make a noun a person whatever its stem, so an unseen article's
# "a motorcyclist", "a pediatrician", "an octogenarian" is one without a list entry (held-out
# local news names victims by words no list foresaw). The shortest word each ending is read on
# (shorter words are "wrist", "twist", "fist") and the words on these endings that are no person,
# or a surname ("Lindquist", read lower-case by the gates). Not "-ee": place names end so
# ("Milwaukee", "Tennessee"); its person words are listed instead (EE_PERSON_NOUNS).
PERSON_ENDINGS = {"ist": 7, "ician": 7, "arian": 8}
NOT_PERSON_ENDING_WORDS = frozenset(
    "checklist playlist wishlist blacklist whitelist shortlist waitlist tracklist setlist "
    "booklist persist subsist consist insist exist "
    "agrarian sectarian totalitarian authoritarian egalitarian utilitarian libertarian".split()
)
NOT_PERSON_ENDING_TAILS = ("quist", "qvist")
