"""The "up to" of "the rate edged up to 7.2%": a verb's particle and the level reached, not a
cap. Pure.

"up to" reads as a cap before a figure (gold README, approx: "up to" -> upper_bound); after a
verb of moving up ("edged up", "jacked up", "ticked up", "working our way up") "up" is the
verb's and "to" names the level the figure reached, so the figure is bare and exact (realgold10,
realgold50, tests/wire2e, tests/wire2f golds, "up to" outside the span). "can be fined up to
$500", "killed up to 340", "waited up to three days" keep their cap.
"""

from __future__ import annotations

from spacy.tokens import Doc

from factcheck.extract.lexicon import RISING_UP_VERBS, WAY_UP_VERBS


def is_risen_up_to(doc: Doc, qualifier_start: int, fig_start: int) -> bool:
    """True if the qualifier at ``qualifier_start:fig_start`` is the "up to" of a verb of moving
    up ("edged up to 7.2%", "was jacked up to $2 million", "working our way up to $15")."""
    if fig_start - qualifier_start != 2 or qualifier_start == 0:
        return False
    if (doc[qualifier_start].lower_, doc[qualifier_start + 1].lower_) != ("up", "to"):
        return False
    before = doc[qualifier_start - 1]
    if before.lower_ == "way":  # "working our way up to": the verb before "our way"
        verb = before.head
        return verb.pos_ == "VERB" and verb.lemma_.lower() in WAY_UP_VERBS
    return before.pos_ in ("VERB", "AUX") and before.lemma_.lower() in RISING_UP_VERBS
