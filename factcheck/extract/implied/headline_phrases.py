"""A headline's words for a casualty after its people, where the headline rules do not know the
first: "Man stabbed", "Teen slain", "Boy grazed", "Woman succumbs to injuries", "Man loses life"
(the measure of each), "Shooting claims life of teen" (the people after it killed), "Man
treated, released after shooting" (injured). Pure.

Gathered from the vocabulary rounds (vocab36 ``casualty_vocab.py``, vocab37
``casualty_vocab2.py``) for ``headline_casualties.py``. Not a casualty: "Senator stabbed in the
back by party" (the idiom), "Man stabbed his wife" (active: its object is the casualty),
"succumbs to pressure", "Workers treated unfairly", "Students treated to concert".
"""

from __future__ import annotations

import re

from factcheck.extract.lexicon import (
    HEADLINE_CARE_AFTER,
    HEADLINE_CARE_HARMS,
    HEADLINE_DEATH_PHRASES,
    HEADLINE_OBJECT_OPENERS,
    HEADLINE_VOCAB_CASUALTY,
)


def headline_casualty(words: list[str]) -> str | None:
    """The measure a headline's words after its people say, where HEADLINE_PASSIVE_CASUALTY
    does not know the first: "stabbed" (injured), "slain" (killed), "grazed" (shot), "succumbs
    to injuries", "loses life" (killed)."""
    first = words[0].lower().rstrip(",;:")
    if first in HEADLINE_VOCAB_CASUALTY:
        if [w.lower() for w in words[1:4]] == ["in", "the", "back"]:
            return None  # "Senator stabbed in the back by party": the idiom
        if len(words) > 1 and words[1].lower() in HEADLINE_OBJECT_OPENERS:
            # "Man stabbed his wife", "Gunman assassinated the mayor": active, its object the
            # casualty (implvoc), not the people before it
            return None
        return HEADLINE_VOCAB_CASUALTY[first]
    if len(words) < 2 or (first, words[1].lower().rstrip(",;:")) not in HEADLINE_DEATH_PHRASES:
        return None
    if words[1].lower() == "to":
        # "succumbs to injuries", "to gunshot wounds"; not "succumbs to pressure"
        rest = [w.lower().rstrip(",;:") for w in words[2:4]]
        if not any(w.startswith(("injur", "wound")) for w in rest):
            return None
    return "killed"


# a headline's "claims life of", "took the lives of": the people after it were killed; and
# "shooting death of", "fatal stabbing of", "killing of", "slaying of", "murder of" (session
# 53: "Suspect arrested in shooting death of 17-year-old", as the body's "in the shooting death
# of a teenager")
LIFE_CLAIMED = re.compile(
    r"\b(?:(?:claims?|claimed|takes?|took)\s+(?:the\s+)?(?:life|lives)"
    r"|(?:shooting|stabbing|beating)\s+deaths?"
    r"|(?:fatal|deadly)\s+(?:shooting|stabbing|beating)"
    r"|killing|slaying|murder)\s+of\s+",
    re.IGNORECASE,
)


def headline_care(words: list[str]) -> str | None:
    """ "Man treated, released after shooting", "Woman treated and released", "Teen treated for
    gunshot wound": a headline's care after its people (injured); not "Workers treated
    unfairly", "Students treated to concert"."""
    if words[0].lower().rstrip(",;:") != "treated" or len(words) < 2:
        return None
    after = [w.lower().rstrip(",;:") for w in words[1:3]]
    if after[0] == "released" and words[0].endswith(","):
        return "injured"  # "treated, released"
    if after[:2] in (["and", "released"], ["&", "released"]):
        return "injured"
    if after[0] == "for":  # "treated for gunshot wound", not "treated for depression"
        harm = after[1:2]
        return "injured" if harm and harm[0].startswith(HEADLINE_CARE_HARMS) else None
    return "injured" if after[0] in HEADLINE_CARE_AFTER else None
