"""Numbers that only place or label something in local news (issue 11). Pure.

"the 1500 block of Main Street", "at 4439 Elm", house numbers, phone and emergency numbers
("called 911"), gallery counters ("Image 2 of 8"), ranks, copyright years, roads ("the 55
Freeway", "Route 9"), calibres ("a 9 mm pistol"), case and badge numbers, dates written with
dashes ("9-26-16"), TV call signs ("KHOU 11") and distances that only place the scene ("about
50 miles south of the city", "two blocks away").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from factcheck.extract.doctext import doc_text
from factcheck.extract.lexicon import (
    ADDRESS_FOLLOWERS,
    APPROXIMATE_QUALIFIERS,
    ARGUED_DISTANCE_WORDS,
    CALIBRE_UNITS,
    CLOCK_PRECEDERS,
    COPYRIGHT_WORDS,
    COUNTER_NEXT,
    COUNTER_PRECEDERS,
    DIRECT_LABEL_NOUNS,
    DISTANCE_UNITS,
    EMERGENCY_CONTEXT,
    LABEL_NOUNS,
    PHONE_CONTEXT,
    PLACING_WORDS,
    PLATE_WORDS,
    RANK_PRECEDERS,
    ROAD_WORDS,
    STATE_CODES,
    STREET_DIRECTIONS,
    STREET_WORDS,
)
from factcheck.extract.not_claims.event_distances import places_an_event
from factcheck.extract.not_claims.top_shares import is_top_share

# "(305) 471-TIPS", "555-1234", "1-866-411-8477"; not a range "600-700"
_PHONE_RE = re.compile(r"(?:\(\d{3}\)\s?|\b1-)?\d{3}-(?:[\dA-Z]{4}\b|[\dA-Z]{3}-[\dA-Z]{4})")
_DASH_DATE_RE = re.compile(r"\b\d{1,2}([-/])\d{1,2}\1(?:\d{4}|\d{2})\b")
_CALL_SIGN_RE = re.compile(r"^[KW][A-Z]{2,3}$")
_SHORT_PHONE_RE = re.compile(r"\b\d{3}-\d{3}\b")
_SPELLED_911_RE = re.compile(r"\b9-1-1\b")
# "at approximately 0153 hours": a time on the 24-hour clock
_TEXT_VERBS = frozenset({"text", "texts", "texted", "texting"})
_KEY_VERBS = frozenset({"dial", "dials", "dialing", "dialling", "press", "presses", "pressing"})
_CLOCK_HOURS_RE = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d$")
# "only about 90 miles": one-word qualifiers that may stand between "only" and the distance
_ONE_WORD_APPROX = frozenset(q[0] for q in APPROXIMATE_QUALIFIERS if len(q) == 1)


def find_local_news_label(doc: Doc, start: int, end: int) -> str:
    """Return why the number at tokens ``start:end`` only places or labels something, or ''."""
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.lower_ in ADDRESS_FOLLOWERS and doc[start].lower_ not in ("a", "an"):
        return "address"  # "the 1600 block of Elm" (not "about a block apart")
    if _is_street_number(doc, start, end) or _is_house_number(doc, start, end):
        return "address"
    if _is_zip_code(doc, start, end):
        return "address"
    if _is_phone_number(doc, start, end) or _is_emergency_number(doc, start, end):
        return "phone number"
    if _is_counter(doc, start, end):
        return "counter"
    if _is_clock_hours(doc, start, end) or _is_video_mark(doc, start):
        return "time"
    if (
        prev is not None
        and prev.lower_ in RANK_PRECEDERS
        and prev.pos_ not in ("VERB", "AUX")
        and not is_top_share(doc, end)
    ):
        return "rank"  # "the top two"; not "cases top 400", not "the top 1 percent"
    if prev is not None and prev.text == "-" and start > 1 and doc[start - 2].lower_ == "top":
        return "rank"  # "her top-two primary"
    if prev is not None and prev.lower_ in COPYRIGHT_WORDS:
        return "date"
    if _in_dash_date(doc, start, end):
        return "date"
    if _is_label(doc, start, end) or _continues_a_label_list(doc, start, end):
        return "part of a name"
    if nxt is not None and (
        nxt.lower_ in CALIBRE_UNITS or re.fullmatch(r"\d+mm", doc[start].lower_)
    ):
        return "calibre"
    if _places_the_scene(doc, end) and not _argued_distance(doc, start):
        return "distance placing the scene"
    return ""


def _is_counter(doc: Doc, start: int, end: int) -> bool:
    """ "lohud 1 of 2 CLOSE", "Image 2 of 8", "1 / 9 Back to Gallery": a gallery counter,
    either number."""
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.lower_ in ("of", "/") and end + 2 < len(doc):
        total = end + 2 if doc[end + 1].text == "/" else end + 1  # "Image 1 of / 8"
        if prev is not None and prev.lower_ in COUNTER_PRECEDERS and doc[total].is_digit:
            return True
        if doc[end + 1].is_digit and (doc[end + 2].lower_ in COUNTER_NEXT or doc[end + 2].is_upper):
            return True
    if prev is None or prev.lower_ not in ("of", "/") or start < 2:
        return False
    first = next((t for t in reversed(doc[max(start - 3, 0) : start - 1]) if t.is_digit), None)
    if first is None:
        return False
    if nxt is not None and (nxt.lower_ in COUNTER_NEXT or nxt.is_upper):
        return True  # the "2" of "1 of 2 CLOSE"
    return first.i > 0 and doc[first.i - 1].lower_ in COUNTER_PRECEDERS


def _is_street_number(doc: Doc, start: int, end: int) -> bool:
    """ "at 4 N. Third Ave.", "at 210 Elm Street": a house number before a street name."""
    if not doc[start].is_digit:
        return False
    j = end
    if _abbreviated_direction(doc, end):
        return True  # "near 601 W. Broadway": a street named without a street word
    for _ in range(4):
        if j >= len(doc):
            return False
        token = doc[j]
        word = token.lower_.rstrip(".")
        if word in STREET_WORDS and j > end:
            return True
        ordinal = bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", word))  # "300 West 1st Street"
        if not (token.is_title or token.text == "." or word in STREET_DIRECTIONS or ordinal):
            return False
        j += 1
    return False


def _abbreviated_direction(doc: Doc, j: int) -> bool:
    """ "W. Broadway", "N. Main": a compass letter with its full stop, then a name."""
    if j + 1 >= len(doc):
        return False
    token, word = doc[j], doc[j].lower_.rstrip(".")
    if len(word) > 2 or word not in STREET_DIRECTIONS:
        return False  # most numbers stop here
    split = token.text.isalpha() and doc[j + 1].text == "."  # "W" "." "Broadway"
    if split and j + 2 >= len(doc):
        return False
    stop = token.text.endswith(".") or split
    name = doc[j + 2] if split else doc[j + 1]
    return (
        token.text[:1].isupper()
        and stop
        and name.is_title
        # not "3 N. Carolina counties": the number counts the noun after the name
        and not (name.i + 1 < len(doc) and doc[name.i + 1].pos_ == "NOUN")
    )


def _is_house_number(doc: Doc, start: int, end: int) -> bool:
    """ "at 4439 Pease": a bare number of three or more digits between "at" and a name."""
    if end - start != 1 or start == 0 or end >= len(doc):
        return False
    number, nxt = doc[start], doc[end]
    return (
        doc[start - 1].lower_ == "at"
        and number.is_digit
        and len(number) >= 3
        and nxt.is_title
        and nxt.tag_ in ("NN", "NNP", "JJ")  # "at 4439 Pease"; not "at 300 Marines"
        and nxt.ent_type_ not in ("DATE", "NORP")
    )


def _is_zip_code(doc: Doc, start: int, end: int) -> bool:
    """ "New York, NY, 10032", "Austin, TX 78701": five digits after a state's postal code
    (realgold7 gold: "postal code")."""
    number = doc[start]
    if end - start != 1 or not number.is_digit or len(number.text) != 5:
        return False
    state = start - 2 if start >= 2 and doc[start - 1].text == "," else start - 1
    return state >= 1 and doc[state].text in STATE_CODES and doc[state - 1].text == ","


def _is_phone_number(doc: Doc, start: int, end: int) -> bool:
    """ "(305) 471-TIPS", "1-866-411-TIPS (8477)", "text ... to CRIMES (274637)"."""
    first = doc[start]
    line_start = max(first.idx - 6, 0)
    window = doc_text(doc)[line_start : doc[end - 1].idx + len(doc[end - 1]) + 16]
    if any(m.start() <= first.idx - line_start < m.end() for m in _PHONE_RE.finditer(window)):
        return True
    if any(m.start() <= first.idx - line_start < m.end() for m in _SHORT_PHONE_RE.finditer(window)):
        # "text a tip to 847-411", "call 305-471- TIPS": three and three digits, a phone
        # number only where the sentence speaks of calling (else a range: "600-700 emails")
        return any(t.lemma_.lower() in PHONE_CONTEXT for t in first.sent)
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.lower_ == "to" and len(first) in (5, 6) and first.is_digit:
        # "Text NEWS to 72727": a short code for texts
        # "texting the letters TIPLA plus a tip to 274637" (realgold gold: "phone number"; the
        # lemmatizer gives "texting" the lemma "texte")
        words = doc[max(start - 10, first.sent.start) : start]
        if any(t.lemma_.lower() == "text" or t.lower_ in _TEXT_VERBS for t in words):
            return True
    if _is_phone_key(doc, start, end):
        return True  # "one must dial "1" for English"
    if prev is not None and prev.text == "(" and end < len(doc) and doc[end].text == ")":
        before = doc[start - 2] if start >= 2 else None
        return before is not None and before.is_upper and before.is_alpha and len(before) > 2
    return False


def _is_phone_key(doc: Doc, start: int, end: int) -> bool:
    """ "dial "1" for English", "press 2 for billing": a key of a phone menu, one digit after
    "dial" or "press" (quotes between them skipped; realgold24 gold: "part of a name (phone
    menu key)")."""
    number = doc[start]
    if end - start != 1 or not number.is_digit or len(number.text) != 1:
        return False
    if number.dep_ == "nummod" and number.head.i > start:
        return False  # "press 3 families into debt" counts them
    j = start - 1
    while j >= 0 and start - j <= 3 and not doc[j].is_alpha and not doc[j].is_digit:
        j -= 1  # the quotes of "dial ''1''"
    return j >= 0 and doc[j].lower_ in _KEY_VERBS


def _is_clock_hours(doc: Doc, start: int, end: int) -> bool:
    """ "at approximately 0153 hours", "at 2215 hours": police reports' 24-hour clock."""
    number = doc[start]
    return (
        end - start == 1
        and end < len(doc)
        and doc[end].lower_ == "hours"
        and bool(_CLOCK_HOURS_RE.match(number.text))
        and start > 0
        and doc[start - 1].lower_ in CLOCK_PRECEDERS
    )


def _is_video_mark(doc: Doc, start: int) -> bool:
    """ "heard on the video beginning at the :44 mark": seconds into a clip, written with the
    colon of a clock and no minutes (realgold5 gold: "time (video timestamp)")."""
    colon = doc[start - 1] if start > 0 else None
    return (
        colon is not None
        and colon.text == ":"
        and not colon.whitespace_
        and doc[start].is_digit
        and len(doc[start].text) == 2
        and (start < 2 or bool(doc[start - 2].whitespace_))
    )


def _is_emergency_number(doc: Doc, start: int, end: int) -> bool:
    """ "called 911", "a 911 call", "the 911 dispatcher", "calls to 9-1-1"."""
    first = doc[start]
    line_start = max(first.idx - 4, 0)
    window = doc_text(doc)[line_start : first.idx + len(first) + 4]
    if any(m.start() <= first.idx - line_start < m.end() for m in _SPELLED_911_RE.finditer(window)):
        return True
    if end - start != 1 or doc[start].text not in ("911", "999", "112"):
        return False
    near = [t.lemma_.lower() for t in doc[max(start - 2, 0) : min(end + 2, len(doc))]]
    return any(word in EMERGENCY_CONTEXT for word in near)


def _in_dash_date(doc: Doc, start: int, end: int) -> bool:
    """ "9-26-16", "09/26/2016": a date the tokenizer splits into numbers."""
    first = doc[start]
    line_start = max(first.idx - 6, 0)
    window = doc_text(doc)[line_start : first.idx + len(first) + 6]
    offset = first.idx - line_start
    return any(m.start() <= offset < m.end() for m in _DASH_DATE_RE.finditer(window))


def _is_label(doc: Doc, start: int, end: int) -> bool:
    """ "Route 9", "the 55 Freeway", "Seven Mile", "case #1234", "badge number 512",
    "KHOU 11": a number that names a road, a case or a station."""
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.lower_ in ROAD_WORDS and nxt.is_title:
        return True
    if nxt is not None and _CALL_SIGN_RE.match(nxt.text) and doc[start].is_digit:
        return True  # "told 1010 WINS"
    if prev is None:
        return False
    if prev.text == "#" or (prev.lower_ in ROAD_WORDS and prev.is_title):
        return True
    if _dotted_road_word(doc, start):
        return True  # "near U.S. 27", "north on U.S. 41"
    if _CALL_SIGN_RE.match(prev.text):
        return True
    before = doc[start - 2] if start >= 2 else None
    if before is not None and before.lower_ in PLATE_WORDS and _plate_letters(prev):
        return True  # "with Georgia tag PVW 8141": a licence plate
    if prev.lower_.rstrip(".") in ("number", "no", "#") and before is not None:
        return _is_label_noun(before)
    if prev.text == "." and before is not None and before.lower_ in DIRECT_LABEL_NOUNS:
        return True  # "ext. 539" split as "ext" "."
    # "badge 512", "Inc. 1226": never a count; "the report 300 people ..." may be one
    return prev.lower_.rstrip(".") in DIRECT_LABEL_NOUNS


def _continues_a_label_list(doc: Doc, start: int, end: int) -> bool:
    """ "markers numbered 1, 2 and 3", "Routes 9 and 10": a later number of a list whose first
    number is a label (``_is_label``) labels too (realgold6 gold: "label (evidence marker
    number)" for the "2" and the "3")."""
    if end - start != 1 or not doc[start].is_digit:
        return False
    first, j = start, start - 1
    while j >= 0 and start - j <= 8 and (doc[j].is_digit or doc[j].lower_ in (",", "and", "or")):
        if doc[j].is_digit:
            first = j
        j -= 1
    counts = doc[start].dep_ == "nummod" and doc[start].head.i > start  # "Route 9 and 10 miles"
    return first < start and not counts and _is_label(doc, first, first + 1)


def _plate_letters(token: Token) -> bool:
    """ "PVW", "CTS": the letters of a licence plate before its digits."""
    return token.is_alpha and token.is_upper and 2 <= len(token) <= 4


def _dotted_road_word(doc: Doc, start: int) -> bool:
    """ "near U.S. 27": a road word written with full stops (``ROAD_WORDS`` has "us"), the
    number hung on it by the parse and no article before it; not "in the U.S. 20 years ago",
    where the number counts the years (realgold19 gold: "part of a name (U.S. 27)")."""
    road = doc[start - 1]
    if "." not in road.text or road.text.replace(".", "").lower() not in ROAD_WORDS:
        return False
    if not doc[start].is_digit or doc[start].head.i != road.i:
        return False
    return start < 2 or doc[start - 2].lower_ != "the"


def _is_label_noun(token: Token) -> bool:
    return token.lower_.rstrip(".") in LABEL_NOUNS


def _places_the_scene(doc: Doc, end: int) -> bool:
    """ "about 50 miles south of here", "two blocks away": the distance only says where. Wire
    copy gives the distance in two units and may say "to the west": "about 140 kilometers (87
    miles) west of the capital", "some 60 km (37 miles) to the west", "40 nautical miles
    south-west of the island" place the town both ways (docs/gold-conventions.md "Distances";
    tests/wirea, wireb, session 64)."""
    unit = end + int(end < len(doc) and doc[end].lower_ == "nautical")
    if unit + 1 >= len(doc) or doc[unit].lemma_.lower() not in DISTANCE_UNITS:
        return False
    at = after_conversion(doc, unit + 1)
    if at + 2 < len(doc) and doc[at].lower_ == "to" and doc[at + 1].lower_ == "the":
        return doc[at + 2].lower_ in STREET_DIRECTIONS  # "some 60 km to the west"
    after = doc[at] if at < len(doc) else None
    if after is None:
        return False
    if at > unit + 1 or unit > end:
        # past a conversion or "nautical", a compass point places, and "from", "away", "off"
        # place an event's distance but not one a verb of being or lying states: the
        # development golds keep "lies some 40 km (25 miles) from the border", "had been
        # about 60 nautical miles from the site" as claims (event_distances)
        return after.lower_ in STREET_DIRECTIONS or places_an_event(doc, end - 1, at)
    return (
        after.lower_ in PLACING_WORDS
        or after.lower_ in STREET_DIRECTIONS
        and (at + 1 < len(doc) and doc[at + 1].lower_ == "of")
    )


def after_conversion(doc: Doc, i: int) -> int:
    """The index past a bracketed conversion of a distance at ``i`` ("(87 miles)"), or past
    the closing bracket when the distance is itself the conversion; else ``i``."""
    if i < len(doc) and doc[i].text == ")":
        return i + 1  # "140 kilometers (87 miles) west": the 87 closes its bracket
    if i < len(doc) and doc[i].text == "(":
        for j in range(i + 1, min(i + 6, len(doc))):
            if doc[j].text == ")":
                return j + 1
    return i


def _argued_distance(doc: Doc, start: int) -> bool:
    """ "bases only 700 miles from the capital", "Only about 90 miles from the coast, the island
    ...", "a mere 50 yards away": "only" makes the distance the point argued, a claim."""
    j = start - 1
    if j >= 0 and doc[j].lower_ in _ONE_WORD_APPROX:
        j -= 1  # "only about 90 miles"
    return j >= 0 and doc[j].lower_ in ARGUED_DISTANCE_WORDS
