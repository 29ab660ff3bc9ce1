"""An armed group counting the war's dead and wounded: partisan_source.

Gold README, partisan_source: "the text marks the source as a party ('Hamas-run', ...), or a
belligerent reports the results of its own military action". A ministry Hamas runs is partisan
on the dead of the strikes against Gaza, not only on what Hamas itself hit; Hamas, the Taliban,
the Houthis or "the rebels" counting the dead and wounded in their own name are the party
itself ("A Hamas spokesman said 30 people died in the strike", "Rebel commanders said 40
civilians were killed by shelling"). Other figures of theirs keep to the README's belligerent
reading, their own action only (``caveat_sources.reports_own_military_action``; "The rebels
said 200 civilians had fled the town": not partisan, session 54's test). A state's army or
defence ministry is held to its own action too: a state's health ministry or police are no
side by their name.

Audit (session 55, branch part55): no figure of the allowed articles has such a source (their
armed parties speak through a "Hamas-run" or "-affiliated" body, partisan already); an invented
battery of four such counts, all partisan after this rule, none before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.extract.lexicon import (
    ARMED_PARTY_NAMES,
    ARMED_PARTY_WORDS,
    NATURAL_HAZARD_WORDS,
    WAR_HARM_WORDS,
)

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

_WORD_RE = re.compile(r"[\w'’-]+")
# a source phrase that speaks about a group, not for it: "experts on the Taliban", "a report
# about Hamas finances", "the coalition fighting the rebels"
_ABOUT_RE = re.compile(r"\s(?:on|about|against|into|fighting|battling|opposing)\s", re.I)


def armed_party(source_text: str) -> str | None:
    """The word of the source phrase that names an armed group, or None: "A Hamas spokesman"
    -> "Hamas", "Rebel commanders" -> "Rebel"; not "the Hamas-run ministry" (read as a
    run-by pattern) nor "Israel's army" (a state's), nor a phrase about a group ("experts on the Taliban")."""
    source_text = _ABOUT_RE.split(source_text, maxsplit=1)[0]
    lower = source_text.lower()
    for name in ARMED_PARTY_NAMES:
        if re.search(rf"\b{name}\b", lower):
            return name
    for word in _WORD_RE.findall(source_text):
        key = word.lower().removesuffix("'s").removesuffix("’s")
        if key in ARMED_PARTY_WORDS:
            return word
    return None


def counts_war_harm(figure: CaveatTarget) -> bool:
    """The figure counts the dead or the wounded: by its subject ("people killed") or the
    words that govern it ("30 people died", "40 civilians were killed")."""
    words = {w.lower() for w in _WORD_RE.findall(figure.subject)}
    head = figure.number.head
    governors = [head, head.head] if head.pos_ in ("NOUN", "PROPN") else [head]
    words |= {t.lower_ for t in governors} | {t.lemma_.lower() for t in governors}
    return bool(words & WAR_HARM_WORDS)


def harm_of_a_hazard(figure: CaveatTarget) -> bool:
    """The figure's sentence names a natural hazard ("Herat quake kills at least 1,140, Taliban
    say"): the dead it counts are no war's, and the armed group that counts them no party to
    them (tests/wiren n_5, tests/wire2y y_1 gold: not partisan; wpart74)."""
    return any(t.lower_ in NATURAL_HAZARD_WORDS for t in figure.number.sent)
