"""People counted before, named again by a plain noun that says nothing of what happened to them:
"the four children from the home came to her house", "the photo shows the two children holding
a gun" (session 51, branch fp51). Pure.

docs/gold-conventions.md, "Re-mentions": a definite number that re-mentions a counted group is a
claim when it states the counted role or status, in its own noun ("all six victims", "the three
people dead") or in its predicate ("the two were shot", "the three men are still at large"); it
is not one when it is bare and says something else about the group ("both men lived on the
street"). The tuning golds write the plain-noun shape so: realgold12 "anaphoric count (the four
children), not a casualty clause", realgold14 "anaphoric count (the three teenage girls)" and
"(the two children)". A bare "the two" is ``bare_re_mentions.is_the_few_as_a_pronoun``'s; this
is the same reading with a noun.

Only "the" + a small spelled number (as "the two" is) + a noun that names people and no role
(``PLAIN_PEOPLE_NOUNS``: "children", "men", "girls"; not "victims", "suspects"), where an
earlier sentence gives the same number; and nothing in the phrase or its clause says a
casualty, care or custody ("the two women were taken to a hospital", "the three men involved
in the shooting", "the four people who were killed", "the two men were still at large" stay
claims). Not the whole of a part ("none of the four people shot") and not a set a word picks
out of a larger one ("shot him and the three other women"): both count (realgold5, realgold14
golds: claims). On the allowed articles: 4 changes on 4 articles, all right; 3 the first draft
made without those checks were wrong and are kept.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    BARE_RE_MENTION_NUMBERS,
    ONE_KEPT_STATES,
    PLAIN_PEOPLE_NOUNS,
    RE_MENTION_CASUALTY_VERBS,
    RE_MENTION_ROLE_WORDS,
)
from factcheck.extract.mentions.quantities import is_numeral, numeral_value

_WORD_VALUES = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}  # fmt: skip
# how far back the earlier count may be, in tokens (a local news story's first paragraphs)
_LOOK_BACK = 600
# words that pick a new set out of a larger one: "the three other women", "the two remaining"
_SELECTORS = frozenset({"other", "others", "remaining", "surviving", "last", "first"})
# how many words before "the" a verb of casualty may govern the phrase ("shot him and the ...")
_VERB_REACH = 4


def is_plain_re_mention(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are the "four" of "the four children came to her house"
    after four children were counted."""
    if end - start != 1 or start == 0 or doc[start - 1].lower_ != "the":
        return False
    number = doc[start]
    if number.lower_ not in BARE_RE_MENTION_NUMBERS or number.dep_ != "nummod":
        return False
    if start >= 2 and doc[start - 2].lower_ == "of":
        return False  # "none of the four people", "two of the three men": the whole of a part
    noun = number.head
    if noun.i < start or noun.lemma_.lower() not in PLAIN_PEOPLE_NOUNS:
        return False
    if any(t.lower_ in _SELECTORS for t in doc[start + 1 : noun.i]):
        return False  # "the three other women": a new set, picked out of a larger one
    if not _counted_before(doc, number):
        return False
    return not (_says_what_happened(noun) or _clause_says_what_happened(doc, start))


def _counted_before(doc: Doc, number: Token) -> bool:
    """An earlier sentence gives the same number ("his two children, ages two and four")."""
    value = _WORD_VALUES[number.lower_]
    first = number.sent.start
    for token in doc[max(first - _LOOK_BACK, 0) : first]:
        if token.lower_ == number.lower_:
            return True
        if token.is_digit and is_numeral(token) and numeral_value(token) == value:
            return True
    return False


def _says_what_happened(noun: Token) -> bool:
    """The phrase or its clause states a casualty, care or custody: "the two wounded men", "the
    four people who were killed", "the two women were taken to County General", "the three
    men are still at large", "police shot at the three men"."""
    if any(_states(word) or _casualty_verb(word) for word in noun.subtree):
        return True
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head  # "shot at the three men"
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("conj", "xcomp"))]
    return any(
        _casualty_verb(v)
        or _states(v)
        or any(
            _states(c) or c.dep_ == "prep" and any(_states(o) for o in c.children)
            for c in v.children
        )
        for v in verbs
    )


def _clause_says_what_happened(doc: Doc, start: int) -> bool:
    """The words from the number to the end of its sentence, or a verb of casualty just before
    it, state a role or status (the parse of a long local news sentence often hangs the
    predicate elsewhere: "The two men were still at large Sunday", "who shot him and the ...")."""
    sent = doc[start].sent
    after = doc[start : sent.end]
    before = doc[max(sent.start, start - 1 - _VERB_REACH) : start - 1]
    return any(_states(w) or _casualty_verb(w) for w in after) or any(
        _casualty_verb(w) for w in before
    )


def _states(word: Token) -> bool:
    """ "wounded", "custody", "hospital", "victims": a role or status of the people counted."""
    return word.lower_ in ONE_KEPT_STATES or word.lemma_.lower() in RE_MENTION_ROLE_WORDS


def _casualty_verb(word: Token) -> bool:
    return word.pos_ in ("VERB", "AUX") and word.lemma_.lower() in RE_MENTION_CASUALTY_VERBS
