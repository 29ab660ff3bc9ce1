"""Place names as articles write them: aliases, state abbreviations, counties. Pure.

A reference figure names its place ("Orange (county)", "Saint Louis") and region
("California"); articles write "Orange County", "St. Louis", "Calif." or "CA". These functions
turn both into lowercase keys that are looked up in article text.
"""

from __future__ import annotations

import functools
import re

# AP style and postal abbreviations of US states, as datelines write them ("Alturas, Calif.").
US_STATES: dict[str, tuple[str, ...]] = {
    "alabama": ("ala.", "al"),
    "alaska": ("ak",),
    "arizona": ("ariz.", "az"),
    "arkansas": ("ark.", "ar"),
    "california": ("calif.", "cal.", "ca"),
    "colorado": ("colo.", "co"),
    "connecticut": ("conn.", "ct"),
    "delaware": ("del.", "de"),
    "district of columbia": ("d.c.", "dc", "washington, d.c."),
    "florida": ("fla.", "fl"),
    "georgia": ("ga.", "ga"),
    "hawaii": ("hi",),
    "idaho": ("id",),
    "illinois": ("ill.", "il"),
    "indiana": ("ind.", "in"),
    "iowa": ("ia",),
    "kansas": ("kan.", "kans.", "ks"),
    "kentucky": ("ky.", "ky"),
    "louisiana": ("la.", "la"),
    "maine": ("me",),
    "maryland": ("md.", "md"),
    "massachusetts": ("mass.", "ma"),
    "michigan": ("mich.", "mi"),
    "minnesota": ("minn.", "mn"),
    "mississippi": ("miss.", "ms"),
    "missouri": ("mo.", "mo"),
    "montana": ("mont.", "mt"),
    "nebraska": ("neb.", "nebr.", "ne"),
    "nevada": ("nev.", "nv"),
    "new hampshire": ("n.h.", "nh"),
    "new jersey": ("n.j.", "nj"),
    "new mexico": ("n.m.", "n.mex.", "nm"),
    "new york": ("n.y.", "ny"),
    "north carolina": ("n.c.", "nc"),
    "north dakota": ("n.d.", "nd"),
    "ohio": ("oh",),
    "oklahoma": ("okla.", "ok"),
    "oregon": ("ore.", "oreg.", "or"),
    "pennsylvania": ("pa.", "penn.", "pa"),
    "rhode island": ("r.i.", "ri"),
    "south carolina": ("s.c.", "sc"),
    "south dakota": ("s.d.", "sd"),
    "tennessee": ("tenn.", "tn"),
    "texas": ("tex.", "tx"),
    "utah": ("ut",),
    "vermont": ("vt.", "vt"),
    "virginia": ("va.", "va"),
    "washington": ("wash.", "wa"),
    "west virginia": ("w.va.", "w. va.", "wv"),
    "wisconsin": ("wis.", "wisc.", "wi"),
    "wyoming": ("wyo.", "wy"),
}
# Two-letter postal codes clash with words ("in", "or", "me"): they only count in upper case
# right after a comma ("Dover, DE"), which ``find_place_mentions`` checks on the original text.
_POSTAL = re.compile(r"^[a-z]{2}$")
_WORD_SWAPS = (("saint ", "st. "), ("fort ", "ft. "), ("mount ", "mt. "))
_BRACKETED = re.compile(r"\s*\(([^)]*)\)\s*")
_SPACES = re.compile(r"\s+")


def normalize_name(text: str) -> str:
    """Lowercase, single-spaced, curly apostrophes straightened."""
    return _SPACES.sub(" ", text.replace("\u2019", "'")).strip().lower()


def find_place_keys(place: str) -> list[str]:
    """Return the lowercase names an article may use for a reference place.

    "Orange (county)" -> ["orange county"]; "New York (Manhattan)" -> ["new york",
    "manhattan"]; "Saint Louis" -> ["saint louis", "st. louis", "st louis"].
    """
    name = normalize_name(place)
    if not name:
        return []
    keys: list[str] = []
    bracket = _BRACKETED.search(name)
    if bracket:
        inner = bracket.group(1).strip()
        base = _BRACKETED.sub(" ", name).strip()
        if inner == "county":
            keys.append(f"{base} county")
        else:
            keys += [base, inner]
    else:
        keys.append(name)
    for key in list(keys):
        for long, short in _WORD_SWAPS:
            if key.startswith(long):
                rest = key[len(long) :]
                keys += [short + rest, f"{short.strip().rstrip('.')} {rest}"]
    if name.endswith(" township"):
        keys.append(name.removesuffix(" township"))
    return list(dict.fromkeys(k for k in keys if len(k) > 2))


def find_region_keys(region: str) -> list[str]:
    """Return the names of a region (state): its full name and its abbreviations."""
    name = normalize_name(region)
    if not name:
        return []
    return [name, *US_STATES.get(name, ())]


@functools.lru_cache(maxsize=50_000)
def find_place_mentions(text: str, key: str) -> tuple[int, ...]:
    """Return the offsets where ``key`` occurs in ``text`` as whole words.

    Two-letter postal codes count only in capitals after a comma ("Dover, DE"). A key inside
    a longer name ("York" in "New York", "Orleans" in "New Orleans") does not count.
    """
    first = key.split()[0]
    found = []
    for match in _pattern(key).finditer(text):
        before = text[max(0, match.start() - 12) : match.start()].split()
        if before and before[-1].lower() in NAME_PREFIXES and first not in NAME_PREFIXES:
            continue
        found.append(match.start())
    return tuple(found)


# Words that start a longer place name: "York" after "New" is another place.
NAME_PREFIXES = frozenset(
    "new west east north south fort ft. port mount mt. lake palm saint st. san santa los las "
    "el la le upper lower little great grand old glen cedar park long round".split()
)


@functools.lru_cache(maxsize=20_000)
def _pattern(key: str) -> re.Pattern[str]:
    if _POSTAL.match(key):
        return re.compile(rf",\s+{key.upper()}\b")
    # "Wilkes Barre" is written "Wilkes-Barre" too
    name = r"[\s-]+".join(re.escape(word) for word in key.split())
    return re.compile(rf"(?<![\w.]){name}(?!\w)", re.IGNORECASE)
