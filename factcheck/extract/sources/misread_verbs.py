"""A reporting verb the parse reads as a plural noun after a name (src39, issue 11).

"Trump estimates that he spent between $45 million and $50 million", "Wealth-X tallies 585 in
the United States", "which the Tax Foundation estimates would cost $170 billion": the parse
makes "estimates" / "tallies" a noun with the name compounded on it ("Trump estimates", a
source no one is), or hangs the figure on it as an apposition and gives it to the sentence's
first speaker. The word is the name's verb: the name is the source (realgold10 gold "Trump";
PolNeAR "Wealth-X", "the Tax Foundation").

It reads as a verb only where a noun cannot stand: with a clause of its own ("estimates that
he spent"), with a figure right after it ("tallies 585"), or as the subject of a relative
clause whose object is the relative pronoun ("which the Tax Foundation estimates would cost").
"G-III reports show ...", "FEC reports show that ..." and "Forbes estimates put his fortune at
..." stay nouns: another verb follows them.

The parse also reads "estimated" after its subject as an adjective of its object: "The
regional government estimated damage to homes at 450 billion rupiah", "Farmers' union COAG
estimated damage to crops at more than 400m", "the World Bank estimated damage across the
region at up to $8.5 billion" (tests/wire2q, wirem, wirev golds: the body; three writers). The
word is the subject's verb only where a phrase that names a source stands right before it
(not "the estimated damage", "the region's estimated cost") and the figure is what the
estimate is put at (an "at" after it).

A forecasting verb may also be read as a noun compounded on the noun after it: "The IMF
projects growth of 6.5%" (no main verb left, "growth" the root), "The central bank
forecasts inflation will fall to 21%" ("bank forecasts" compounded on the subject of "will
fall"). The golds give such figures the name before the verb (tests/wire2t, wire2v; the same
verbs read as verbs give it in wire2b, wire2k, wire2m, wire2p, wire2u, wire2x: none against).
Only where a noun reading cannot stand: the noun after it is the root of a sentence left with
no main verb, or the subject of a verb with a modal ("will fall"), a forecast's own clause.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.lexicon import (
    INSTITUTION_HEADS,
    MISREAD_COMPOUND_LEMMAS,
    MISREAD_VERB_LEMMAS,
    ORG_HEADS,
)
from factcheck.extract.sources.nominal import names_a_source
from factcheck.extract.sources.source_phrase import classify_name, classify_source
from factcheck.model import Source, SourceKind

_RELATIVE_OBJECTS = frozenset({"which", "that", "what"})
# Verbs that put a figure "at" an amount and that the parse may read as an adjective of their
# object ("estimated damage at $2m").
_AT_VERB_LEMMAS = frozenset({"estimate", "project", "calculate"})
_AT = "at"
_NOUNS = frozenset({"NOUN", "PROPN"})
# The words a subject's noun phrase is made of ("The Lumajang regional government", "Farmers'
# union COAG").
_SUBJECT_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "PART", "NUM"})
# How the parse hangs the name on the misread word: a compound ("Trump estimates" one noun) or,
# where it still sees a clause, the subject ("Trump" nsubj of the noun "estimates").
_NAME_DEPS = frozenset({"compound", "nsubj"})


def misread_verb_source(token: Token) -> Source | None:
    """The source whose verb ``token`` is, read by the parse as a plural noun; else ``None``.

    Args:
        token: a word the parse tags as a plural noun.

    Returns:
        The name with its determiner ("Trump", "the Tax Foundation"), without the verb.
    """
    name = _misread_name(token)
    if name is None:
        return None
    kind = classify_source(name)
    if kind in (SourceKind.ANONYMOUS, SourceKind.NONE):
        kind = classify_name(name)  # "Trump", tagged a common noun before the misread verb
    return Source(text=name.text, kind=kind)


def figure_after_misread_verb(ancestor: Token, number: Token) -> Source | None:
    """ "Wealth-X tallies 585": the figure hangs on the misread verb; its name is the source."""
    if number.i < ancestor.i or not _may_be_misread(ancestor) or number not in ancestor.subtree:
        return None  # the walk of the subtree last: it is asked of every word on a path
    return misread_verb_source(ancestor)


def figure_after_misread_compound(ancestor: Token, number: Token) -> Source | None:
    """ "The IMF projects growth of 6.5%", "The central bank forecasts inflation will fall to
    21%": the parse compounds the verb on the noun after it; the name before it is the source
    of a figure after it under ``ancestor`` (the verbless root noun, or the modal verb)."""
    noun = _noun_of_a_forecast(ancestor)
    if noun is None or noun.i == 0:
        return None
    verb = noun.doc[noun.i - 1]
    if verb.dep_ != "compound" or verb.head.i != noun.i or number.i <= verb.i:
        return None
    if verb.tag_ != "NNS" or verb.lemma_.lower() not in MISREAD_COMPOUND_LEMMAS:
        return None
    name = noun.doc[noun.left_edge.i : verb.i]
    if not len(name) or not (any(_a_name(word) for word in name) or _a_definite_body(name)):
        return None
    if any(word.dep_ == "poss" or word.pos_ not in _SUBJECT_POS for word in name):
        return None  # "Kenya's projects budget", "the new projects office": not a speaker
    kind = classify_source(name)
    if kind in (SourceKind.ANONYMOUS, SourceKind.NONE):
        kind = classify_name(name)
    return Source(text=name.text, kind=kind)


def _noun_of_a_forecast(ancestor: Token) -> Token | None:
    """The noun the verb is compounded on: ``ancestor`` itself when it is the root of a
    sentence with no main verb, or the subject of ``ancestor`` when it is a verb with a modal."""
    if ancestor.pos_ == "NOUN" and ancestor.dep_ == "ROOT":
        return ancestor  # the parse found no main verb: "The IMF projects growth of 6.5%"
    if ancestor.pos_ != "VERB" or not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in ancestor.children
    ):
        return None
    return next((c for c in ancestor.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def figure_after_misread_adjective(ancestor: Token, number: Token) -> Source | None:
    """ "The regional government estimated damage to homes at 450 billion rupiah": the parse
    reads "estimated" as an adjective of ``ancestor``, its object; the phrase before it,
    the estimate's subject, is the source of a figure the "at" after it holds."""
    if ancestor.pos_ not in _NOUNS:
        return None
    verb = next(
        (
            c
            for c in ancestor.lefts
            if c.dep_ == "amod" and c.pos_ == "VERB" and c.lemma_.lower() in _AT_VERB_LEMMAS
        ),
        None,
    )
    if verb is None or number.i < verb.i or not _put_at(ancestor, verb, number):
        return None
    name = _subject_before(verb, ancestor)
    if name is None:
        return None
    kind = classify_source(name)
    return None if kind == SourceKind.NONE else Source(text=name.text, kind=kind)


def _put_at(noun: Token, verb: Token, number: Token) -> bool:
    """The figure hangs on an "at" after the verb within the object's phrase."""
    head = number
    while head.i != noun.i:
        if head.dep_ == "prep" and head.lower_ == _AT and head.i > verb.i:
            return True
        if head.head.i == head.i:
            return False
        head = head.head
    return False


def _subject_before(verb: Token, noun: Token) -> Span | None:
    """The phrase that ends right before the misread ``verb``, when it names a source: the
    words of the verb's noun phrase before it (the parse hangs them on the verb or on the
    noun, "The" of the noun included), back to a comma, a preposition or a verb."""
    if verb.i == 0 or verb.doc[verb.i - 1].pos_ not in _NOUNS:
        return None  # "the estimated damage", "the region's estimated cost"
    inside = {t.i for t in noun.subtree}
    start = verb.i
    while start > 0:
        word = verb.doc[start - 1]
        if word.i not in inside or word.pos_ not in _SUBJECT_POS:
            break
        start -= 1
    name = verb.doc[start : verb.i]
    heads = [t for t in name if t.pos_ in _NOUNS and not start <= t.head.i < verb.i]
    return name if any(names_a_source(t) for t in heads) else None


def _may_be_misread(token: Token) -> bool:
    """A plural noun of a verb's lemma ("tallies", "estimates")."""
    return token.tag_ == "NNS" and token.lemma_.lower() in MISREAD_VERB_LEMMAS


def _misread_name(token: Token) -> Span | None:
    """The name before ``token`` when ``token`` is that name's verb read as a plural noun."""
    if not _may_be_misread(token):
        return None
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is None or before.head.i != token.i or before.dep_ not in _NAME_DEPS:
        return None
    if any(c.dep_ == "poss" for c in token.lefts):
        return None  # "Mr. Trump's claims": a noun
    if not (_has_a_clause(token) or _a_figure_follows(token) or _relative_subject(token)):
        return None
    start = token.left_edge.i
    while start < token.i and token.doc[start].lower_ in _RELATIVE_OBJECTS:
        start += 1  # "which the Tax Foundation estimates": the parse may hang "which" on it
    name = token.doc[start : token.i]
    if any(_a_name(word) for word in name) or _a_definite_body(name):
        return name
    return None


def _a_definite_body(name: Span) -> bool:
    """ "The budget office projects that ...", "the utility predicts ...": a body the article
    names by its common noun, with "the", speaks as a name does (gold README "Source kinds":
    "the health ministry" -> named_org)."""
    if len(name) < 2 or name[0].lower_ != "the":
        return False
    head = name[-1].lower_
    return head in ORG_HEADS or head in INSTITUTION_HEADS


def _a_name(word: Token) -> bool:
    """A proper noun, or a capitalised word the article uses as one elsewhere ("Trump
    estimates": the parse tags "Trump" a common noun there)."""
    if word.pos_ == "PROPN":
        return True
    if not word.text[:1].isupper():
        return False
    return any(t.text == word.text and t.pos_ == "PROPN" for t in word.doc)


def _has_a_clause(token: Token) -> bool:
    """ "Trump estimates that he spent ...": a clause on the word, as on a verb."""
    return any(
        c.pos_ in ("VERB", "AUX") and (c.dep_ in ("ccomp", "acl") or _complement_read_relative(c))
        for c in token.rights
    )


def _complement_read_relative(clause: Token) -> bool:
    """ "projects that the deficit will reach ...": the parse reads the verb's "that" clause as
    a relative clause on the noun, yet "that" is its mark and it has a subject of its own, which
    a relative clause whose pronoun is "that" cannot have."""
    if clause.dep_ != "relcl":
        return False
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(marks) and bool(subjects) and marks[0].i < subjects[0].i


def _a_figure_follows(token: Token) -> bool:
    """ "Wealth-X tallies 585 in the United States": a figure right after it, as an object."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.like_num and after.head.i == token.i


def _relative_subject(token: Token) -> bool:
    """ "which the Tax Foundation estimates would cost": the subject of a relative clause
    whose object is the relative pronoun before it."""
    if token.dep_ != "nsubj" or token.head.dep_ != "relcl":
        return False
    return any(
        c.dep_ == "dobj" and c.lower_ in _RELATIVE_OBJECTS and c.i < token.i
        for c in token.head.children
    )
