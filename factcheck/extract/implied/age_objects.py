"""A bare age as the object of a casualty verb: "Stray bullet kills 9-year-old", "shooting that
killed 2-year-old", "Man shot 16-year-old". Pure.

Gold README "Implied counts"; the real gold annotates such an age alone as the implied count
("2-year-old", realgold19; "16-year-old", realgold20 headline). The parse reads "old" after an
active verb as its adjective complement ("kills" -> acomp "old"), so no object is found; the
age with its unit and number stands for one person, as "A 17-year-old was shot" does.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.lexicon import AGE_UNITS

# Active verbs whose adjective-read age is the person harmed, and the measure each implies.
_AGE_OBJECT_VERBS = {
    "kill": "killed",
    "murder": "killed",
    "shoot": "shot",
    "wound": "injured",
    "injure": "injured",
    "stab": "injured",
    "graze": "shot",  # "A bullet grazed a 19-year-old" (session 53)
}
# The oldest age read as a person's.
_MAX_AGE = 120


def age_object(verb: Token) -> tuple[str, list[Token], bool] | None:
    """(measure, [the age's "old"], False) when an active casualty ``verb`` has a bare age as
    the complement the parse gives it: "kills 9-year-old" (not "was killed", not "the 9-year-old
    brother", whose "old" modifies its noun)."""
    measure = _AGE_OBJECT_VERBS.get(verb.lemma_.lower())
    if measure is None or verb.pos_ != "VERB" or verb.tag_ == "VBN" and _passive(verb):
        return None
    for child in verb.children:
        age = child if _bare_age(child) else _timed_age(child)
        if child.dep_ in ("acomp", "oprd", "dobj", "npadvmod") and child.i > verb.i and age:
            if child.dep_ == "npadvmod" and age is child:
                continue  # an age alone the parse calls a modifier of the verb: no object
            if measure == "shot" and any(c.lower_ == "fatally" for c in verb.children):
                measure = "killed"
            return measure, [age], False
    return None


def age_read_as_modifier(verb: Token) -> list[Token]:
    """ "A 19-year-old died of multiple gunshot wounds": the parse may hang the subject age on
    the verb as its adjective modifier; the age before the verb is its subject (session 53)."""
    return [c for c in verb.children if c.dep_ == "amod" and c.i == verb.i - 1 and _bare_age(c)]


def _timed_age(time: Token) -> Token | None:
    """The age the parse hangs on the time after it: "killed a 19-year-old Saturday", "injured
    a 19-year-old early Sunday" ("Saturday" read as the object or the verb's time, "old" its
    modifier): the age is the person (session 53). None unless ``time`` is a date or time
    whose age modifier comes first, after an article."""
    if time.ent_type_ not in ("DATE", "TIME") or time.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in time.children:
        if child.dep_ == "amod" and child.i < time.i and _age_before_time(child):
            return child
    return None


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _bare_age(token: Token) -> bool:
    """ "9-year-old": "old" with its unit and a number, no noun after it."""
    if token.lower_ != "old":
        return False
    units = [c for c in token.children if c.lemma_.lower() in AGE_UNITS and c.dep_ == "npadvmod"]
    numbers = [n for u in units for n in u.children if n.dep_ == "nummod"]
    if not numbers:
        return False
    text = numbers[0].text.replace(",", "")
    if numbers[0].like_num and text.isdecimal() and not 0 < int(text) <= _MAX_AGE:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or following.pos_ not in ("NOUN", "PROPN")


def _age_before_time(token: Token) -> bool:
    """ "a 19-year-old" before a date or time: "old" with its unit, a number and an article
    before the number ("a 19-year-old Saturday", not "the 3-year-old Sunday school")."""
    if token.lower_ != "old":
        return False
    units = [c for c in token.children if c.lemma_.lower() in AGE_UNITS and c.dep_ == "npadvmod"]
    numbers = [n for u in units for n in u.children if n.dep_ == "nummod"]
    if not numbers or not numbers[0].like_num:
        return False
    text = numbers[0].text.replace(",", "")
    if text.isdecimal() and not 0 < int(text) <= _MAX_AGE:
        return False
    before = token.doc[numbers[0].i - 1] if numbers[0].i > 0 else None
    between = token.doc[token.i + 1 : token.head.i]
    return (
        before is not None
        and before.lower_ in ("a", "an")
        and all(t.ent_type_ in ("DATE", "TIME") for t in between)
    )
