"""What a span of time's doing was done to: "crossed paths over the past 15 years" -> "paths".

A span of time named by its unit and its verb ("years cross crossed", "years change changed")
says how long the doing went on; a verb with an object names the doing only with it: "he's
crossed paths with them over the past 15 years" is crossing paths, "changed its annual indexing
to once every three years" is changing the indexing, "proposing $275 billion in infrastructure
investment over five years" is proposing the investment (realgold36, realgold33, realgold24 golds
"crossed paths", "indexing", "infrastructure investment"). The object follows the verb in the
subject, so what the unit and verb named before is still named. A pronoun object ("brought
that down") names nothing; a sum as the object names what it is in ("$275 billion in ...").
An object the key reads as people or a population ("victimizing Americans over 14 months") is
left out: the span still measures time, and the README keeps durations out of the key.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import KEY_SUBJECT_WORDS
from factcheck.extract.subjects.noun_phrases import NOUNS, head_phrase


def doing_object(verb: Token, unit: Token) -> str:
    """The noun phrase of ``verb``'s direct object, or of what a sum as its object is in; ''
    for a verb with no object, the span's own ``unit`` as its object ("spent two years"), or a
    pronoun or a bare number as its object."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i == unit.i:
        return ""
    if obj.like_num or obj.pos_ in ("NUM", "SYM") or obj.tag_ == "$":
        # "$275 billion in federal infrastructure investment": the sum names no doing
        held = next(
            (g for p in obj.children if p.lower_ == "in" for g in p.children if g.dep_ == "pobj"),
            None,
        )
        if held is not None and held.pos_ in NOUNS:
            return _unkeyed(head_phrase(held, after=held.left_edge.i - 1))
        return ""
    if obj.pos_ in NOUNS:
        return _unkeyed(head_phrase(obj, after=obj.left_edge.i - 1))
    return ""


def _unkeyed(phrase: str) -> str:
    """The phrase, or '' when a word of it would make the span a key count ("Americans")."""
    words = {w.lower().rstrip("s") for w in phrase.split()}
    return "" if words & KEY_SUBJECT_WORDS else phrase
