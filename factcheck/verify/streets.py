"""Streets: where a record puts its incident, where an article says it happened. Pure.

A record's note names an address ("shooting incident 1 at 500 block of W. Elm Street",
"Seventh and Liberty avenues"); an article states the scene the same ways ("in the 500 block
of West Elm Street", "at 4120 Oak Ave.", "at the intersection of Elm and Birch"). Other streets
an article names (a hospital's, a suspect's home, a detour) say nothing about the scene, so
only these statements of the scene can contradict a record.
"""

from __future__ import annotations

import difflib
import functools
import re

STREET_TYPES = (
    "street st avenue ave av road rd drive dr boulevard blvd lane ln court ct place pl parkway "
    "pkwy highway hwy circle cir terrace ter way pike trail expressway expy extension "
    "streets avenues roads drives"
).split()
DIRECTIONS = frozenset(
    "n s e w n. s. e. w. north south east west ne nw se sw northeast northwest southeast "
    "southwest".split()
)
ORDINALS = {
    "first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th",
    "sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th",
    "eleventh": "11th", "twelfth": "12th", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
}  # fmt: skip
ABBREVIATIONS = {"hwy": "highway", "mt": "mount", "ft": "fort", "av": "avenue"}
# Spelling variants of one street ("Douglass"/"Douglas", "Townsgate"/"Towngate") still agree.
SAME_NAME_RATIO = 0.8

_TYPE = "|".join(STREET_TYPES)
_NAME = r"(?:[A-Z][\w'.]*|\d+(?:st|nd|rd|th)?)(?:\s+(?:[A-Z][\w'.]*|\d+(?:st|nd|rd|th)))*"
_DIR = (
    r"(?:(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|[NS]\.?[EW]|[NSEW])"
    r"\.?\s+)?"
)
# Verbs that place the event itself: "it happened at A Avenue & B Street", "the shooting
# occurred just after 6 p.m. on Elm Drive" (not "was taken to a hospital on ...").
SCENE_VERBS = "happened|occurred|took place|unfolded|erupted|broke out|rang out"
# The scene stated: "500 block of West Elm Street", "at 4120 Oak Ave.", "intersection of A and
# B", "happened at A Avenue and B Street".
_SCENE = re.compile(
    rf"\b\d+\s+(?i:block)\s+of\s+{_DIR}(?P<block>{_NAME})"
    rf"|\b(?:at|on|in)\s+\d{{2,5}}\s+{_DIR}(?P<address>{_NAME})\s+(?i:{_TYPE})\b"
    rf"|\b(?i:intersection)\s+of\s+{_DIR}(?P<first>{_NAME})(?:\s+(?i:{_TYPE})\.?)?\s+(?:and|&)\s+"
    rf"{_DIR}(?P<second>{_NAME})"
    rf"|\b(?:{SCENE_VERBS})\b[^!?\n]{{0,30}}?\b(?:at|on|near|along)\s+{_DIR}(?P<verb1>{_NAME})"
    rf"\s+(?i:{_TYPE})\b\.?(?:\s+(?:and|&)\s+{_DIR}(?P<verb2>{_NAME})\s+(?i:{_TYPE})\b)?"
)
STREET_MATCH = 1.5


def score_street(note: str, text: str) -> float | None:
    """Score what the article says of the record's street: None when it contradicts it.

    The record's street named (or stated as the scene in another spelling) gives
    ``STREET_MATCH``; a scene stated on other streets only refuses the record; other streets
    named (hospitals, cross streets, homes) give nothing either way.
    """
    record = find_record_streets(note)
    if not record:
        return 0.0
    if any(names_street(text, street) for street in record):
        return STREET_MATCH
    if not find_scene_streets(text):
        return 0.0
    return STREET_MATCH if states_scene_on(note, text) else None


def states_scene_on(note: str, text: str) -> bool:
    """True when the article states the scene on a street of the record's address."""
    record = find_record_streets(note)
    scene = {name for _, name in find_scene_streets(text)}
    return any(same_street(name, street) for name in scene for street in record)


_NOTE_ADDRESS = re.compile(r"\bat\s+(.+)$")
_ADDRESS_LIKE = re.compile(r"^[\w .'/&;()-]{2,80}$")
_PARTS = re.compile(r"\s+(?:and|&)\s+|[/;()]", re.I)
_BLOCK = re.compile(r"^\d+\s+block\s+of\s+", re.I)
_NUMBER = re.compile(r"^\d+[a-z]?\s+(?=\S+\s+\S)", re.I)


def find_record_streets(note: str) -> frozenset[str]:
    """Return the street names of a record's address ("at 500 W. Elm St and 3rd Ave").

    "500 block of W. Elm Street" -> {"elm"}; "Seventh and Liberty avenues" -> {"7th",
    "liberty"}; an address without a street name ("N/A") -> empty.
    """
    found = _NOTE_ADDRESS.search(note)
    address = found.group(1) if found else note
    if not _ADDRESS_LIKE.search(address):
        return frozenset()  # a note that is not an address ("figures as reported by ...")
    names = {
        _core_name(_NUMBER.sub("", _BLOCK.sub("", part.strip()))) for part in _PARTS.split(address)
    }
    return frozenset(n for n in names if n)


@functools.lru_cache(maxsize=1024)
def find_scene_streets(text: str) -> tuple[tuple[int, str], ...]:
    """Return (offset, street name) for each place the text states as the scene, in order."""
    found = []
    for match in _SCENE.finditer(text):
        for group in ("block", "address", "first", "second", "verb1", "verb2"):
            if match.group(group):
                name = _core_name(_trim_name(match.group(group)))
                if name:
                    found.append((match.start(group), name))
    return tuple(found)


def names_street(text: str, street: str) -> bool:
    """True when the text names the street as a capitalised name ("Elm" for "elm")."""
    words = street.split()
    pattern = r"\.?\s+".join(_word_pattern(w) for w in words)
    return re.search(rf"(?<![\w-]){pattern}(?![\w-])", text) is not None


def same_street(first: str, second: str) -> bool:
    """True when two street names are one street, spelling variants included."""
    if first == second:
        return True
    if any(c.isdigit() for c in first + second):
        return False
    return difflib.SequenceMatcher(None, first, second).ratio() >= SAME_NAME_RATIO


def _word_pattern(word: str) -> str:
    digits = {v: k for k, v in ORDINALS.items()}
    options = [re.escape(word.capitalize()), re.escape(word.upper())]
    if word in digits:
        options.append(digits[word].capitalize())
    if word[0].isdigit():
        options = [re.escape(word)] + options[2:]
    return "(?:" + "|".join(options) + ")"


def _trim_name(name: str) -> str:
    """Cut a scene name at its street type ("Elm Street Friday" -> "Elm Street")."""
    words = name.split()
    for i, word in enumerate(words):
        if word.lower().rstrip(".") in STREET_TYPES:
            return " ".join(words[: i + 1])
    return " ".join(words[:2])


def _core_name(address: str) -> str:
    """Lowercase core of a street name: "W. 84th Street" -> "84th", "Seventh" -> "7th"."""
    words = [w.lower().rstrip(",").replace(".", "") for w in address.split()]
    while words and words[0] in DIRECTIONS:
        words = words[1:]
    while words and (words[-1].rstrip(".") in STREET_TYPES or words[-1] in DIRECTIONS):
        words = words[:-1]
    words = [w.rstrip(".") for w in words]
    words = [ORDINALS.get(w, ABBREVIATIONS.get(w, w)) for w in words]
    name = " ".join(words)
    return "" if name in ("n/a", "") or len(name) < 2 else name
