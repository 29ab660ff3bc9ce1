"""A headline's person recovering from a shooting: "Toddler recovering after shooting", "Teen
recovers from gunshot wound", "Clerk recovering after stabbing" = 1 injured. Pure.

Session 54 (impl54), vocabulary of the session-29 ruling (docs/gold-conventions.md,
"Vocabulary of casualty shapes"): the headline form of the body's "A 17-year-old is recovering
after being shot", which the extractor reads as 1 injured (the tuning golds count a person
"recovering" from a wound: realgold12, realgold14, realgold16). Read by
``headline_casualties.py`` after the people; the harm must be told in the headline ("Economy
recovering after recession", "Man recovers from surgery" count no one).
"""

from __future__ import annotations

import re

from factcheck.extract.lexicon import HEADLINE_RECOVERY_LINKS, HEADLINE_RECOVERY_WORDS

_HARM = re.compile(r"shoot|shot|gunfire|bullet|gunshot|stab|wound", re.IGNORECASE)


def headline_recovery(headline: str, lowered: list[str]) -> str | None:
    """ "injured" when the words after a headline's people say they are recovering after or
    from a shooting or stabbing the headline tells, else None."""
    if len(lowered) < 3 or lowered[0] not in HEADLINE_RECOVERY_WORDS:
        return None
    if lowered[1] not in HEADLINE_RECOVERY_LINKS:
        return None
    return "injured" if _HARM.search(" ".join(lowered[2:])) else None
