"""A labour union giving a figure: a side's own count, partisan_source.

Gold README, partisan_source: "the text marks the source as a party (... a campaign's or march
organisers' own count)". A union bargains, strikes and campaigns for its members: what it
counts of their contract, their walkout or its own work in a race is one side's count, as a
march's organisers' is (realgold4 gold: the Communications Workers of America's "about 100"
workers and "six" and "one" stores of the contract it won in a strike, partisan).
``caveat_sources._own_people`` reads a body counting "its members"; a union is a party however
the figure is phrased.

The text marks the source as a union in its own words ("the union said", "the Teamsters", "the
Communications Workers of America", "Service Employees International Union") or beside the name
where the article names it: "the CWA, one of the unions representing the employees", "the Dock
Staff Association, the union that represents the crews". Not a union of states or a bank ("the
European Union", "a credit union") nor a rights group named a union ("American Civil Liberties
Union"): a capitalised "Union" counts only after a word of labour.

Audit (session 53, branch part53): over the allowed articles, union sources give figures in two
articles, four figures, all partisan in the tuning golds (the CWA's three, read here; the NEA's
"close to 19,000", not read: the article calls the NEA a union only sentences away). The
development corpus (tests/corpus/README.md: "a union's own count is `partisan_source`") gains
one right and one wrong (a nurses' association the gold leaves without the caveat).

Session 64 (wcav64b): a union reporting the victims of an event ("A photographer was also hurt,
according to the journalists' union"; "The garment workers' federation says at least 55
workers have not been accounted for") is no side's count: the dead, the hurt and the missing
are no tally of its contract or its walkout (tests/wireb b_1 and b_5 golds: not partisan). Its
members counted as its own ("40 of its members were injured") stay partisan by
``caveat_sources._own_people``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.armed_parties import counts_war_harm
from factcheck.extract.doctext import doc_text
from factcheck.extract.lexicon import (
    LABOUR_WORDS,
    NOT_LABOUR_UNION_WORDS,
    UNION_ACRONYMS,
    UNION_NAME_WORDS,
    UNION_NOUNS,
    VICTIM_STATE_WORDS,
)
from factcheck.model import Source, SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

_WORD_RE = re.compile(r"[\w'’-]+")
_DETERMINERS = ("the ", "a ", "an ")


def union_source(doc: Doc, source: Source) -> str | None:
    """The words that mark an organisation source as a labour union, or None."""
    if source.kind is not SourceKind.NAMED_ORG:
        return None
    named = _union_in_name(_WORD_RE.findall(source.text))
    if named is not None:
        return named
    return _called_a_union(doc, source.text)


def _union_in_name(words: list[str]) -> str | None:
    """ "the union", "the teachers union", "Communications Workers of America", "Service
    Employees International Union"; not "the European Union", "a credit union"."""
    for index, word in enumerate(words):
        lower = word.lower()
        before = words[index - 1].lower() if index else ""
        if lower in UNION_NOUNS and before not in NOT_LABOUR_UNION_WORDS:
            if word[0].islower() or before in LABOUR_WORDS:
                return word
        if lower in UNION_NAME_WORDS and (lower != "workers" or _in_a_name(words, index)):
            return word  # a union's name: "United Auto Workers", "the Teamsters"
        if word in UNION_ACRONYMS:
            return word  # "The NEA estimates", "the AFT said"
    return None


def _in_a_name(words: list[str], index: int) -> bool:
    """ "Workers" inside a capitalised name ("Communications Workers"), not a sentence's first
    word ("Workers said")."""
    return index > 0 and words[index][0].isupper() and words[index - 1][0].isupper()


def _called_a_union(doc: Doc, name: str) -> str | None:
    """The article calls the named body a union beside its name: an appositive "one of the
    unions representing ...", "the union that represents ..."."""
    bare = name.strip()
    for determiner in _DETERMINERS:
        if bare.lower().startswith(determiner):
            bare = bare[len(determiner) :]
    if len(bare) < 2:
        return None
    text = doc_text(doc)
    start = text.find(bare)
    while start != -1:
        span = doc.char_span(start, start + len(bare), alignment_mode="expand")
        if span is not None:
            for appositive in (c for c in span.root.children if c.dep_ == "appos"):
                if _a_union_noun(appositive):
                    return f"{bare}, {appositive.text}"
        start = text.find(bare, start + len(bare))
    return None


def _a_union_noun(noun: Token) -> bool:
    """ "the union", "one of the unions": the noun, or the whole it is one of."""
    if noun.lower_ in UNION_NOUNS:
        return not any(c.lower_ in NOT_LABOUR_UNION_WORDS for c in noun.children)
    if noun.lower_ == "one":
        return any(
            obj.dep_ == "pobj" and obj.lower_ in UNION_NOUNS
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children
        )
    return False


def counts_victims(figure: CaveatTarget) -> bool:
    """The figure counts the dead, the hurt or the missing: "A photographer was also hurt",
    "55 workers are missing", "55 workers have not been accounted for"."""
    if counts_war_harm(figure):
        return True
    for verb in [figure.number, *figure.number.ancestors][:4]:
        words = {verb.lower_, *(c.lower_ for c in verb.children)}
        if words & VICTIM_STATE_WORDS:
            return True
        if verb.lemma_.lower() == "account" and any(c.dep_ == "neg" for c in verb.children):
            return True  # "have not been accounted for"
    return False
