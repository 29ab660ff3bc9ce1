"""A set the article has just named one by one, counted again: "those five states", "of the
three states", "all three state polls", "the two companies" (issue 11). Pure.

After "the poll of Ohio ... voters in Florida and in Pennsylvania", "The margin of error for all
three state polls" counts nothing a fact-checker could check: the reader has the three by name
(docs/gold-conventions.md "Re-mentions": "not where it re-mentions a set already listed").
Read where a determiner ("the", "those", "these", "all") and a spelled size stand before a noun
of a kind whose members carry one entity label (states and countries GPE, companies ORG), and
the sentence and the four before it name at least that many different members of that kind.
Places and bodies only: people are named in passing (speakers, pollsters), so "all three
leading candidates" after a paragraph of names is the size given (realgold8 gold), and PolNeAR
counts "the two American billionaires" a figure with its source. PolNeAR counts the places and
bodies too ("those three states"); the gold README, which defines correct output, wins there
(session 46's ruling, docs/extraction.md). Not where a word picks a new set out of a larger
one ("the two other states", "the three remaining candidates"), where the noun is restricted
after it ("the four states that vote Tuesday", "the three states with open seats": the size
given first), nor in a sentence of a casualty or crime ("the two men were charged": a counted
status). ``listed_sets``, ``pair_re_mentions`` and ``named_pairs`` read the shapes right after
a list and of pairs.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from factcheck.extract.lexicon import (
    LISTED_SET_NUMBERS,
    MODIFIED_PAIR_SELECTORS,
    NAMED_PAIR_CRIME_WORDS,
    SET_RE_MENTION_DETERMINERS,
    SET_RE_MENTION_KINDS,
)

_SENTENCES_BACK = 4
_MAX_MODIFIERS = 2
# what restricts a noun after it, so its size is given first ("the states that vote")
_RESTRICTING_DEPS = frozenset({"relcl", "acl", "prep"})


def is_set_re_mention(doc: Doc, start: int, end: int) -> bool:
    """True if tokens ``start:end`` are the "five" of "those five states" after five named."""
    if end - start != 1 or start == 0 or end >= len(doc):
        return False
    token = doc[start]
    size = LISTED_SET_NUMBERS.get(token.lower_)
    if size is None or doc[start - 1].lower_ not in SET_RE_MENTION_DETERMINERS:
        return False
    if start >= 2 and doc[start - 2].text == ",":
        return False  # "Kansas, Iowa and Utah, the two farm states": ``listed_sets`` counts
    counted = _counted_noun(doc, start)
    if counted is None:
        return False
    noun, kind = counted
    labels = SET_RE_MENTION_KINDS[kind]
    if any(_restricts(c) for c in noun.children):
        return False
    sent = token.sent
    if any(t.lemma_.lower() in NAMED_PAIR_CRIME_WORDS for t in sent):
        return False
    return _members_named_before(doc, sent.start, start, labels) >= size


def _restricts(child: Token) -> bool:
    """True if ``child`` narrows its noun from after it ("the states that vote Tuesday", "the
    states with open seats"); not "of" ("all three of the states") nor a clause set off by a
    comma ("those five states and Indiana, which votes May 3")."""
    if child.dep_ not in _RESTRICTING_DEPS or child.lower_ == "of":
        return False
    return not (child.dep_ == "relcl" and child.doc[child.left_edge.i - 1].text == ",")


def _counted_noun(doc: Doc, start: int) -> tuple[Token, str] | None:
    """The plural noun the number counts, with at most two describing words between, that
    names a kind of ``SET_RE_MENTION_KINDS`` itself or by a compound before it ("state
    polls"), and that kind ("state"); else None."""
    noun = doc[start].head
    between = doc[start + 1 : noun.i]
    if not (
        noun.i > start
        and len(between) <= _MAX_MODIFIERS
        and noun.tag_ in ("NNS", "NNPS")
        and all(
            t.lower_ not in MODIFIED_PAIR_SELECTORS
            and t.tag_ not in ("JJS", "RBS", "CD")
            and t.ent_type_ not in ("ORDINAL", "DATE")
            for t in between
        )
    ):
        return None
    kind = _kind_word(doc, start, noun).lemma_.lower()
    if kind not in SET_RE_MENTION_KINDS:
        return None
    return noun, kind


def _kind_word(doc: Doc, start: int, noun: Token) -> Token:
    """The word that says the members' kind: the noun, or in "state polls" the compound first."""
    if noun.lemma_.lower() in SET_RE_MENTION_KINDS:
        return noun
    for t in doc[start + 1 : noun.i]:
        if t.dep_ == "compound" and t.lemma_.lower() in SET_RE_MENTION_KINDS:
            return t
    return noun


def _members_named_before(doc: Doc, sent_start: int, end: int, labels: frozenset[str]) -> int:
    """How many different entities with one of ``labels`` the sentences before ``sent_start``
    (four) and the sentence up to token ``end`` name, each by its last word."""
    first = sent_start
    for _ in range(_SENTENCES_BACK):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    return len({e[-1].lower_ for e in doc.ents if e.label_ in labels and first <= e.start < end})
