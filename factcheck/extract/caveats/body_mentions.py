"""Whether two mentions with one head noun are one body (a source's continuity).

Gold README, partisan_source and "Caveat scope": a body marked as a party once is one at every
mention (``caveat_scope.share_by_source``), but two bodies with the same head noun are not one
body when their own descriptive words differ: "Kyrgyzstan's defence ministry" is no mention of
"Kyrgyzstan's health ministry" or "the emergencies ministry", nor "Russia's defence ministry"
of "the UAE foreign ministry" (tests/wirep p_2 and tests/wirek k_4 gold, two writers: the
health, emergencies and foreign ministries' figures are not partisan where the defence
ministry's are). Only lower-case descriptors decide (a ministry's portfolio, an office's kind):
a capitalised word ("Gaza's Health Ministry", "Israel's", "the Israeli") names or places the
same body as often as another one, so it never tells two mentions apart; "the ministry" with
no descriptor is any of them.

A marked body is also named by the proper name inside its phrase: "the official Xinhua news
agency" and then "Xinhua said" are one body (``name_keys``; tests/wirep p_4 and tests/wirez z_2
gold, two writers: every later "Xinhua" figure partisan).
"""

from __future__ import annotations

import re

from factcheck.extract.lexicon import MARKED_PARTY_PATTERNS, SOURCE_KEY_STOPS

_WORD_RE = re.compile(r"[A-Za-z][\w'’.-]*")
_MARKED_RES = tuple(re.compile(p, re.I) for p in MARKED_PARTY_PATTERNS)


def descriptors(text: str) -> frozenset[str]:
    """The lower-case words before a source phrase's head that say which body of its kind it is:
    "Kyrgyzstan's health ministry" -> {"health"}; "Gaza's Health Ministry" -> {} (capitalised);
    a word that marks the body as a party ("the Hamas-run ministry") is no descriptor."""
    text = re.split(r"[,(]| who | which | that | whose ", text)[0]
    words = [w for w in _WORD_RE.findall(text) if w.lower() not in SOURCE_KEY_STOPS]
    lowered = [w.lower() for w in words]
    if "of" in lowered and lowered.index("of") > 0:
        words = words[: lowered.index("of")]
    return frozenset(
        w.removesuffix("'s").removesuffix("’s")
        for w in words[:-1]
        if w.islower() and "-" not in w and not any(p.search(w) for p in _MARKED_RES)
    )


def same_body(first: str, second: str) -> bool:
    """Two source phrases with one key are one body unless each has a descriptor the other
    lacks ("the health ministry" and "the defence ministry"); "the ministry" is either."""
    mine, theirs = descriptors(first), descriptors(second)
    return not (mine - theirs and theirs - mine)


def name_keys(text: str) -> frozenset[str]:
    """The proper names inside a source phrase before its head, lower-cased, as keys a later
    mention by the name alone has: "The official Xinhua news agency" -> {"xinhua"}; "Russia's
    state news agency RIA Novosti" -> {"ria"} (the last word is the phrase's own key). The
    first word is left out (a capital there only starts the sentence or names the owner)."""
    text = re.split(r"[,(]| who | which | that | whose ", text)[0]
    words = [w for w in _WORD_RE.findall(text) if w.lower() not in SOURCE_KEY_STOPS]
    lowered = [w.lower() for w in words]
    if "of" in lowered and lowered.index("of") > 0:
        words = words[: lowered.index("of")]
    return frozenset(
        w.lower().rstrip(".")
        for w in words[1:-1]
        if w[0].isupper() and not w.endswith(("'s", "’s")) and w.lower() not in SOURCE_KEY_STOPS
    )
