"""Rule data for numbers that label or place a local-news scene, not claims: gallery counters,
emergency and phone numbers, roads and stations, calibres, case and plate labels, clock times,
distances and travel (``extract/not_claims/``; moved out of ``lexicon.not_claims`` in session 54
to keep each module under 400 lines).
"""

# fmt: off
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
    # "via the 112 European emergency number", "the emergency service, 112 Andalucía" (tests/wirej,
    # wirem golds: part of a name; session 67)
    "emergency", "service",
})
# "the 55 Freeway", "Route 9", "Seven Mile" (title case only: "5 miles" is a distance).
ROAD_WORDS = frozenset({
    "freeway", "highway", "expressway", "interstate", "route", "turnpike", "mile", "loop", "i",
    "sr", "us", "fm",
})
# "Action News 4 reporter": the capitalised word a station's channel number follows
# (station_names.py; "told 69 News" is read from the "News" after it).
STATION_BRAND_WORDS = frozenset({"News"})
# "Shooting scene (Photo: Air 11 / KHOU 11)", "Sky 5 was over the scene": a station's helicopter
# named by its channel, the brand word before the number only (station_names.py; notclaim55,
# realgold6 gold: "part of a name (Air 11)").
STATION_CRAFT_WORDS = frozenset({"Air", "Sky", "Chopper", "SkyEye", "NewsChopper"})
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
# "a Nissan with Georgia tag PVW 8141", "license plate CTS 3225": words before a plate's letters.
PLATE_WORDS = frozenset({"tag", "tags", "plate", "plates"})
# "New York, NY, 10032", "Austin, TX 78701": US postal state codes before a ZIP code.
STATE_CODES = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VT", "VA", "WA", "WV", "WI", "WY",
})  # fmt: skip
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
# A distance past a conversion or in nautical miles placed by one of these words places an
# event ("sank about 15 nautical miles from Ambon", "gathered 40 nautical miles off the coast",
# "Jabalpur, about 90km (56 miles) away": tests/wired, wirej, wirel) unless a verb of these
# states it ("lies some 40 km (25 miles) from the border": tests/corpus gold, a claim)
# (``event_distances``).
EVENT_PLACING_WORDS = frozenset({"away", "from", "off", "outside"})
DISTANCE_STATING_VERBS = frozenset({"be", "lie", "sit", "stand", "remain", "stay"})
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
# fmt: on
