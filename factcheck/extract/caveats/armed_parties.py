"""An armed group speaking of its war: partisan_source on any figure it gives.

Gold README, partisan_source: "the text marks the source as a party ('Hamas-run', ...), or a
belligerent reports the results of its own military action". A ministry Hamas runs is partisan
on the dead of the strikes against Gaza, not only on what Hamas itself hit; Hamas, the Taliban,
the Houthis or "the rebels" speaking in their own name are the party itself ("A Hamas
spokesman said 30 people died in the strike", "Rebel commanders said 40 civilians were killed
by shelling"). ``caveat_sources._reports_own_military_action`` keeps a state's army or defence
ministry to its own action: a state's health ministry or police are no side by their name.

Audit (session 55, branch part55): no figure of the allowed articles has such a source (their
armed parties speak through a "Hamas-run" or "-affiliated" body, partisan already); an invented
battery of six such sources, all partisan after this rule, none before.
"""

from __future__ import annotations

import re

from factcheck.extract.lexicon import ARMED_PARTY_NAMES, ARMED_PARTY_WORDS

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
