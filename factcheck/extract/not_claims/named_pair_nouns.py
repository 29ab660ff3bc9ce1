"""A pair named again by any plural noun: "the two billionaires", "those two gentlemen", "the
two hometown winners", "the two cases" after both are named (issue 11). Pure.

``pair_re_mentions`` and ``named_pairs`` read "the two" before nouns from word lists (pair
nouns such as candidates, states and parties; people nouns such as men, rivals and governors).
The golds read the shape the same whatever the noun: after "Adelson said he met Trump", "the
two American billionaires broached the issue" picks out again the two just named, and counts
nothing a fact-checker could check (docs/gold-conventions.md "Re-mentions": people named one
by one and re-mentioned are not a claim; realgold7, realgold32, realgold35 golds: "pair
already named", "re-mention of a named pair"). In the tuning golds, no "the two" + noun after
two names is a claim outside casualty and crime reports.

So "two" after "the", "those", "these" or "our" is read as a re-mention before any plural
noun, with at most three describing words between, where the sentence and the three before it
name at least two people, places or bodies. It stays a count where:

- a word picks a new set out of a larger one ("the two other states", "the two previous
  winners", "the last two contests": ``MODIFIED_PAIR_SELECTORS``, superlatives);
- the noun is restricted after it, so the size is given first ("the two chief antagonists to
  Donald J. Trump", "one of the two people in a mass shooting", "the two daughters he doted
  on", realgold10 and realgold19 golds: claims);
- the noun is a span of time or a unit ("the two weeks since", "the two percent");
- the sentence tells of a casualty, a crime or police (``NAMED_PAIR_CASUALTY_WORDS``: "The
  two deaths Thursday raise the total", "The two wounded people were airlifted" count a
  casualty report's people and events, realgold golds: claims);
- an appositive follows a list ("Kansas and Utah, the two farm states": ``listed_sets``).

Tried and left out: any spelled size with as many names before ("the three governors", "the
four candidates"): the golds disagree (realgold19 "the four contenders largely agreed" a claim,
"pitting the four candidates against one another" not; realgold19, realgold32).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    NAMED_PAIR_CASUALTY_WORDS,
    PAIR_RE_MENTION_DETERMINERS,
    TIME_UNITS,
)
from factcheck.extract.not_claims.pair_re_mentions import describes_without_selecting, names_before

_MAX_MODIFIERS = 3
# what restricts a noun after it, so its size is given first ("the two people in a shooting")
_RESTRICTING_DEPS = frozenset({"relcl", "prep"})
_NOT_COUNTED_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY"})


def is_named_pair_by_any_noun(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are the "two" of "the two billionaires" after two names."""
    if end - start != 1 or start == 0 or end >= len(doc):
        return False
    token = doc[start]
    if token.lower_ != "two" or doc[start - 1].lower_ not in PAIR_RE_MENTION_DETERMINERS:
        return False
    if start >= 2 and doc[start - 2].text == ",":
        return False  # "Kansas and Utah, the two farm states": ``listed_sets`` counts
    noun = _pair_noun(doc, start)
    if noun is None or any(_restricts(c) for c in noun.children):
        return False
    sent = token.sent
    if any(_tells_of_a_casualty(t) for t in sent):
        return False
    return names_before(doc, sent.start, start) >= 2


def _pair_noun(doc: Doc, start: int) -> Token | None:
    """The plural noun "two" counts, with at most three describing words between; else None."""
    noun = doc[start].head
    if noun.i <= start or noun.tag_ not in ("NNS", "NNPS"):
        return None
    if noun.lemma_.lower() in TIME_UNITS or noun.ent_type_ in _NOT_COUNTED_ENTS:
        return None
    between = doc[start + 1 : noun.i]
    if len(between) > _MAX_MODIFIERS or not all(_describes(t, noun) for t in between):
        return None
    return noun


def _describes(token: Token, noun: Token) -> bool:
    """A modifier of the noun that does not pick a new set ("other", "last", "top"), as
    ``pair_re_mentions`` reads one, and is no ordinal or date."""
    return describes_without_selecting(token, noun) and token.ent_type_ not in ("ORDINAL", "DATE")


def _restricts(child: Token) -> bool:
    """True if ``child`` narrows the noun from after it ("the two people in a shooting", "the
    two daughters he doted on"); not "of", nor a clause set off by a comma."""
    if child.i < child.head.i or child.dep_ not in _RESTRICTING_DEPS or child.lower_ == "of":
        return False
    return not (child.dep_ == "relcl" and child.doc[child.left_edge.i - 1].text == ",")


def _tells_of_a_casualty(token: Token) -> bool:
    """A casualty or crime word, by its lemma or as written ("wanted", not "want")."""
    return (
        token.lemma_.lower() in NAMED_PAIR_CASUALTY_WORDS
        or token.lower_ in NAMED_PAIR_CASUALTY_WORDS
    )
