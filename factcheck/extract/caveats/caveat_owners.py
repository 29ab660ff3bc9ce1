"""Whose figures a caveat names by their owner: "Reuters could not verify the party's tally",
"Wire could not confirm the coast guard's figures", "the prosecution's figures were inflated",
"Her figures could not be independently verified" (gold README, "Caveat scope": the figures it
refers to, by source, not by distance; issue 11). Pure.

Wire copy names an organisation in full once, with its initials ("the Democratic Progressive
Party (DPP)"), then as "the DPP" or "the party": the owner "party" names the DPP's figures and
those of its people ("DPP secretary general Austin Phiri"), however far back they are
(tests/wireb b_2 gold: the tally's 4,100 centres and vote shares and the secretary general's
result sheets, not only the nearest sentence's figures). A body and its people share a stem
("the prosecution's figures": the prosecutors'; tests/wireb b_3 gold). "Her figures" are the
last quoted person's and those of the body her title names ("Federation president Rahima
Akter": the federation's; tests/wireb b_5 gold). A disputer who states a figure again ("31 of
the 47 contracts") does not dispute it (b_3 gold).

Audits (session 64, 571 allowed articles): no claim changed by any of these.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from factcheck.extract.caveats.caveat_scope import owned_by, source_key
from factcheck.extract.doctext import doc_text
from factcheck.extract.lexicon import FIGURE_NOUNS, SOURCE_KEY_STOPS
from factcheck.model import Source, SourceKind

if TYPE_CHECKING:
    from factcheck.extract.caveats.caveats import CaveatTarget

# "the Democratic Progressive Party (DPP)", "Malawi Electoral Commission (MEC)": capitalised
# words, then the initials in brackets
_DEFINED_RE = re.compile(
    r"((?:[A-Z][\w'’&-]*\s+(?:of\s+|for\s+|and\s+|the\s+)?){1,7})\(([A-Z]{2,7})\)"
)
_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
# the endings of a body ("prosecution") and of its people ("prosecutors"), longest first
_PEOPLE_SUFFIXES = ("ions", "ion", "ors", "ers", "or", "er")
_MIN_STEM = 6
_PERSON_POSSESSIVES = frozenset({"his", "her"})
# a quoted person is named; the kind read at this stage may still be the organisation's
_NAMED = frozenset({SourceKind.NAMED_PERSON, SourceKind.NAMED_ORG})


def initials(doc: Doc) -> dict[str, frozenset[str]]:
    """Each set of initials the article defines, lower-cased, with the lower-cased words of
    its full name: "dpp" -> {"democratic", "progressive", "party"}."""
    found: dict[str, frozenset[str]] = {}
    for match in _DEFINED_RE.finditer(doc_text(doc)):
        words = [w.lower() for w in _WORD_RE.findall(match.group(1))]
        while words and words[0] == "the":
            words = words[1:]  # "The Malawi Electoral Commission (MEC)" at a sentence start
        letters = "".join(w[0] for w in words if w not in ("of", "for", "and", "the"))
        short = match.group(2)
        if short[0].lower() in letters and short.lower() not in found:
            found[short.lower()] = frozenset(words)
    return found


def owner_named(
    owner: str, source: Source, defined: dict[str, frozenset[str]], text: str = ""
) -> bool:
    """The source phrase names the owner, itself or through initials the article defined:
    "party" names "The DPP" and "DPP secretary general Austin Phiri", also where the source
    is the name alone and the title stands before it in the article ``text``."""
    if owned_by(owner, source):
        return True
    words = {w.lower() for w in _WORD_RE.findall(source.text)}
    if source.kind is SourceKind.NAMED_PERSON and text:
        words |= _title_words(source.text, text)
    if any(_stems(owner) & _stems(w) for w in words):
        return True  # "the prosecution's figures": the prosecutors'
    return any(owner in defined.get(w, frozenset()) for w in words)


def _stems(word: str) -> set[str]:
    """A body and its people share a stem: "prosecution" and "prosecutors" ("prosecut"),
    "commission" and "commissioner"; "government" and "governor" do not (no suffix of the
    list)."""
    stems = {word}
    for suffix in _PEOPLE_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            stems.add(word[: -len(suffix)])
            break
    return stems


def _title_words(name: str, text: str) -> set[str]:
    """The words of the title a name is written with: "NUF spokesman Tomas Berg" -> {"nuf",
    "spokesman"} (up to four words before the name, within its clause)."""
    found: set[str] = set()
    for match in re.finditer(r"((?:[\w'’.-]+ ){1,4})" + re.escape(name) + r"\b", text):
        found |= {w.lower() for w in _WORD_RE.findall(match.group(1))}
    return found


def owner_of(noun: Token) -> str:
    """The noun a figure noun is owned by: "party" in "the party's tally", "guard" in "the
    coast guard's figures"; "" for none or a pronoun ("his account")."""
    if noun.lemma_.lower() not in FIGURE_NOUNS:
        return ""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
            return child.lower_
    return ""


def owned_figures(doc: Doc, noun: Token, figures: Sequence[CaveatTarget]) -> list[int]:
    """The figures before ``noun`` whose source the noun's owner names."""
    owner = owner_of(noun)
    if not owner:
        return _persons_figures(doc, noun, figures)
    defined = initials(doc)
    text = doc_text(doc)
    return [
        i
        for i, f in enumerate(figures)
        if f.number.i < noun.i and owner_named(owner, f.source, defined, text)
    ]


def repeats_figure(cue: Token, figure: CaveatTarget) -> bool:
    """The disputer's own sentence states the figure again: "the prosecution's figures were
    inflated and ... 31 of the 47 contracts had been completed" takes the 47 contracts as given
    (tests/wireb b_3 gold: the 47 not disputed), so the dispute is not about it."""
    if figure.value is None:
        return False
    for token in cue.sent:
        if token.i == figure.number.i or not token.text[:1].isdigit():
            continue
        try:
            value = float(token.text.replace(",", ""))
        except ValueError:
            continue
        if value == figure.value:
            return True
    return False


def _persons_figures(doc: Doc, noun: Token, figures: Sequence[CaveatTarget]) -> list[int]:
    """ "Her figures could not be independently verified": the person last quoted, her figures
    and those of the body her title names ("Federation president Rahima Akter": the
    federation's count; tests/wireb b_5 gold: the federation's 55 and her members' 600)."""
    if not any(c.dep_ == "poss" and c.lower_ in _PERSON_POSSESSIVES for c in noun.children):
        return []
    before = [i for i, f in enumerate(figures) if f.number.i < noun.i]
    if not before or figures[before[-1]].source.kind not in _NAMED:
        return []  # "his account" of an unnamed man: the nearest sentence, as before
    person = figures[before[-1]].source
    key = source_key(person)
    bodies = {
        w.lower()
        for w in _capitalised_title(person.text, doc_text(doc))
        if w.lower() != key and w[0].isupper()
    }
    return [
        i
        for i in before
        if source_key(figures[i].source) == key or source_key(figures[i].source) in bodies
    ]


def _capitalised_title(name: str, text: str) -> set[str]:
    """The capitalised words of the title a name is written with, as written: "Federation"
    in "Federation president Rahima Akter"; not an article ("The")."""
    found: set[str] = set()
    for match in re.finditer(r"((?:[\w'’-]+ ){1,3})" + re.escape(name) + r"\b", text):
        found |= {
            w
            for w in _WORD_RE.findall(match.group(1))
            if w[0].isupper() and w.lower() not in SOURCE_KEY_STOPS
        }
    return found
